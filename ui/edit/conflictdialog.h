#pragma once

#include "core/edit/editmanager.h"

#include <QDialog>

namespace ems {

// Shows what changed on the server since the user read an object, next to what the user
// wants, and lets them choose: Overwrite, Keep theirs, or Cancel. Nothing is written
// without that choice.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(const Edit &edit, QWidget *parent = nullptr);

    EditManager::Resolution resolution() const { return m_resolution; }

private:
    EditManager::Resolution m_resolution = EditManager::Resolution::Cancel;
};

} // namespace ems
