#include "QueryEndpointTab.h"

#include "domain/QueryEndpoint.h"
#include "viewmodels/QueryEndpointKeysModel.h"
#include "viewmodels/ServiceQueryEndpointViewModel.h"
#include "widgets/IsolatingItemDelegate.h"
#include "widgets/Prompter.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

QString roleText(const QString &role)
{
    if (role == u"sql_console_read_only"_s)
        return QueryEndpointTab::tr("Read only");
    if (role == u"sql_console_admin"_s)
        return QueryEndpointTab::tr("Admin");
    return role;
}

} // namespace

QueryEndpointTab::QueryEndpointTab(ServicesViewModel *services, ServiceDetailsViewModel *details, QWidget *parent)
    : ServiceDetailsTab(services, details, parent)
    , m_endpoint(details->queryEndpoint())
    , m_status(new QLabel(this))
    , m_keys(new QListView(this))
    , m_origins(new QLineEdit(this))
    , m_error(errorLabel(this, u"queryEndpointError"_s))
    , m_save(new QPushButton(this))
    , m_disable(new QPushButton(tr("Disable"), this))
{
    m_status->setObjectName(u"queryEndpointStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_keys->setObjectName(u"queryEndpointKeys"_s);
    m_keys->setModel(m_endpoint->keys());
    IsolatingItemDelegate::install(m_keys);
    m_keys->setAccessibleName(tr("API keys that may use the query endpoint"));
    auto *roles = new QHBoxLayout;
    for (const QString &role : queryEndpointRoles()) {
        auto *box = new QCheckBox(roleText(role), this);
        box->setObjectName(u"queryEndpointRole_"_s + role);
        box->setProperty("role", role);
        box->setToolTip(role);
        m_roles.append(box);
        roles->addWidget(box);
    }
    roles->addStretch();
    m_origins->setObjectName(u"queryEndpointOriginsEdit"_s);
    m_origins->setPlaceholderText(tr("https://app.example.com, https://grafana.example.com"));
    m_save->setObjectName(u"queryEndpointSaveButton"_s);
    guardChange(m_save);
    m_disable->setObjectName(u"queryEndpointDisableButton"_s);
    guardChange(m_disable);

    auto *form = new QFormLayout;
    form->addRow(tr("API keys:"), m_keys);
    form->addRow(tr("Roles:"), roles);
    form->addRow(tr("Allowed origins:"), m_origins);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_disable);
    buttons->addWidget(m_save);
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("The query endpoint runs SQL over HTTP for the API keys checked below, "
                                "with the console role given, from the browser origins listed."),
                             this);
    about->setWordWrap(true);
    layout->addWidget(about);
    layout->addWidget(m_status);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addLayout(buttons);

    connect(m_endpoint, &ServicePartViewModel::changed, this, &QueryEndpointTab::showEndpoint);
    connect(m_save, &QPushButton::clicked, this, &QueryEndpointTab::save);
    connect(m_disable, &QPushButton::clicked, this, &QueryEndpointTab::disable);
    showEndpoint();
}

void QueryEndpointTab::clearErrors()
{
    setError(m_error, {});
}

void QueryEndpointTab::activate()
{
    m_endpoint->ensureLoaded();
}

bool QueryEndpointTab::isLoaded() const
{
    using State = ServicePartViewModel::State;
    return m_endpoint->state() == State::Loaded || m_endpoint->state() == State::Failed;
}

void QueryEndpointTab::showEndpoint()
{
    using State = ServicePartViewModel::State;
    const bool loaded = m_endpoint->state() == State::Loaded;
    switch (m_endpoint->state()) {
    case State::NotLoaded:
        m_status->clear();
        break;
    case State::Loading:
        m_status->setText(tr("Loading…"));
        break;
    case State::Failed:
        m_status->setText(m_endpoint->errorText());
        break;
    case State::Loaded:
        m_status->setText(m_endpoint->isEnabled() ? tr("The query endpoint is enabled.")
                                                  : tr("The query endpoint is not enabled."));
        break;
    }
    const auto &endpoint = m_endpoint->endpoint();
    for (QCheckBox *box : std::as_const(m_roles)) {
        // A new endpoint starts read-only: the safer of the two roles.
        const QString role = box->property("role").toString();
        box->setChecked(endpoint ? endpoint->roles.contains(role) : role == u"sql_console_read_only"_s);
        box->setEnabled(loaded && !m_running);
    }
    m_origins->setText(endpoint ? endpoint->allowedOriginList().join(u", "_s) : QString());
    m_origins->setEnabled(loaded && !m_running);
    m_keys->setEnabled(loaded && !m_running);
    m_save->setText(m_endpoint->isEnabled() ? tr("Save") : tr("Enable"));
    m_save->setEnabled(loaded && !m_running);
    m_disable->setEnabled(loaded && !m_running && m_endpoint->isEnabled());
}

QStringList QueryEndpointTab::checkedRoles() const
{
    QStringList roles;
    for (const QCheckBox *box : m_roles) {
        if (box->isChecked())
            roles.append(box->property("role").toString());
    }
    return roles;
}

void QueryEndpointTab::save()
{
    const bool enabling = !m_endpoint->isEnabled();
    runOperation(m_endpoint->save(checkedRoles(), m_origins->text()),
                 enabling ? tr("Query endpoint enabled.") : tr("Query endpoint saved."));
}

void QueryEndpointTab::disable()
{
    if (!Prompter::instance()->confirm(this, tr("Disable the query endpoint"),
                                       tr("Programs that query this service over the endpoint stop working. "
                                          "Disable it?"),
                                       tr("Disable"), u"confirmDisableQueryEndpoint"_s))
        return;
    runOperation(m_endpoint->disable(), tr("Query endpoint disabled."));
}

void QueryEndpointTab::runOperation(ServiceOperation *operation, const QString &successText)
{
    setError(m_error, {});
    m_running = true;
    m_save->setEnabled(false);
    m_disable->setEnabled(false);
    connect(operation, &ServiceOperation::finished, this, [this, operation, successText] {
        m_running = false;
        if (operation->isSuccess())
            Q_EMIT statusMessage(successText);
        else
            setError(m_error, operation->errorText()); // empty when it was cancelled
        if (operation->isSuccess())
            showEndpoint();
        else {
            // Keep what was typed; only the buttons come back.
            m_save->setEnabled(m_endpoint->state() == ServicePartViewModel::State::Loaded);
            m_disable->setEnabled(m_endpoint->isEnabled());
        }
    });
}

} // namespace chcloud
