#include "ui/connect/advancedsettings.h"

#include "core/profiles/connectionsettings.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLineEdit>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace ems {

AdvancedSettings::AdvancedSettings(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_group(new QGroupBox(this))
    , m_timeout(new QSpinBox(m_group))
    , m_retries(new QSpinBox(m_group))
    , m_backoff(new QDoubleSpinBox(m_group))
    , m_connectCheck(new QCheckBox(tr("Check the connection (GET /api/cloud)"), m_group))
    , m_permissions(new QCheckBox(tr("Load the key's permissions"), m_group))
    , m_plainHttp(new QCheckBox(tr("Allow plain HTTP (the key travels unencrypted)"), m_group))
    , m_caBundle(new QLineEdit(m_group))
{
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setAccessibleName(tr("Timeout in seconds"));
    m_retries->setRange(0, ConnectionSettings::maxRetries);
    m_retries->setAccessibleName(tr("Total retries"));
    m_backoff->setRange(0, 60);
    m_backoff->setSingleStep(0.5);
    m_backoff->setAccessibleName(tr("Backoff factor"));
    m_caBundle->setAccessibleName(tr("Extra CA certificates (PEM file)"));
    m_caBundle->setPlaceholderText(tr("none: the system's certificates only"));
    auto *form = new QFormLayout(m_group);
    form->addRow(tr("T&imeout:"), m_timeout);
    form->addRow(tr("&Retries:"), m_retries);
    form->addRow(tr("&Backoff factor:"), m_backoff);
    form->addRow(m_connectCheck);
    form->addRow(m_permissions);
    form->addRow(m_plainHttp);
    form->addRow(tr("CA bund&le:"), m_caBundle);

    m_toggle->setText(tr("&Advanced: timeout, retries, checks, certificates"));
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setAutoRaise(true);
    m_toggle->setCheckable(true);
    m_toggle->setArrowType(Qt::RightArrow);
    m_toggle->setAccessibleName(tr("Show advanced settings"));
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_toggle->setArrowType(on ? Qt::DownArrow : Qt::RightArrow);
        m_group->setVisible(on);
    });
    m_group->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_toggle, 0, Qt::AlignLeft);
    layout->addWidget(m_group);
}

void AdvancedSettings::load(const ConnectionSettings &s)
{
    m_timeout->setValue(s.timeoutSeconds);
    m_retries->setValue(s.totalRetries);
    m_backoff->setValue(s.backoffFactor);
    m_connectCheck->setChecked(s.connectCheck);
    m_permissions->setChecked(s.loadPermissions);
    m_plainHttp->setChecked(s.allowPlainHttp);
    m_caBundle->setText(s.caBundleFile);
}

void AdvancedSettings::apply(ConnectionSettings *s) const
{
    s->timeoutSeconds = m_timeout->value();
    s->totalRetries = m_retries->value();
    s->backoffFactor = m_backoff->value();
    s->connectCheck = m_connectCheck->isChecked();
    s->loadPermissions = m_permissions->isChecked();
    s->allowPlainHttp = m_plainHttp->isChecked();
    s->caBundleFile = m_caBundle->text().trimmed();
}

bool AdvancedSettings::allowsPlainHttp() const
{
    return m_plainHttp->isChecked();
}

} // namespace ems
