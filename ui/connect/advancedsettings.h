#pragma once

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QGroupBox;
class QLineEdit;
class QSpinBox;
class QToolButton;

namespace ems {

struct ConnectionSettings;

// The connect dialog's folded "Advanced" part: timeout, retries, backoff factor, the connect
// check, loading permissions, plain HTTP and an extra CA bundle.
class AdvancedSettings : public QWidget
{
    Q_OBJECT

public:
    explicit AdvancedSettings(QWidget *parent = nullptr);

    void load(const ConnectionSettings &settings);
    void apply(ConnectionSettings *settings) const;
    bool allowsPlainHttp() const;

private:
    QToolButton *m_toggle;
    QGroupBox *m_group;
    QSpinBox *m_timeout;
    QSpinBox *m_retries;
    QDoubleSpinBox *m_backoff;
    QCheckBox *m_connectCheck;
    QCheckBox *m_permissions;
    QCheckBox *m_plainHttp;
    QLineEdit *m_caBundle;
};

} // namespace ems
