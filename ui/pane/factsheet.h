#pragma once

#include <QWidget>

class QFormLayout;

namespace ems {

// A few facts as label and value rows ("Location: Studio › Finance"), at the top of the
// property pane. Values may hold links; activating one emits linkActivated.
class FactSheet : public QWidget
{
    Q_OBJECT

public:
    struct Fact
    {
        QString label;
        QString value; // rich text
        bool error = false; // in the error colour
    };

    explicit FactSheet(QWidget *parent = nullptr);

    void setFacts(const QList<Fact> &facts);
    // "Label: value" lines, as a screen reader or a test reads them.
    QString plainText() const;

Q_SIGNALS:
    void linkActivated(const QString &link);

private:
    QFormLayout *m_form;
};

} // namespace ems
