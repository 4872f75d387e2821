#include "ServicePartViewModel.h"

#include "api/ApiSession.h"
#include "api/CloudApi.h"

namespace chcloud {

ServicePartViewModel::ServicePartViewModel(QObject *parent)
    : QObject(parent)
{
}

ServicePartViewModel::~ServicePartViewModel() = default;

void ServicePartViewModel::setContext(ApiSession *session, const QString &organizationId)
{
    m_commandCalls.cancelAll();
    m_session = session;
    m_organizationId = organizationId;
    m_serviceId.clear();
    setServiceId({});
}

void ServicePartViewModel::setServiceId(const QString &serviceId)
{
    if (serviceId == m_serviceId && !serviceId.isEmpty())
        return;
    // The previous service's loads are no longer wanted: they leave the queue.
    m_selectionCalls.cancelAll();
    m_serviceId = serviceId;
    m_state = State::NotLoaded;
    m_errorText.clear();
    clearData();
    Q_EMIT changed();
}

CloudApi *ServicePartViewModel::api() const
{
    return m_session ? m_session->api() : nullptr;
}

void ServicePartViewModel::ensureLoaded()
{
    if (m_state == State::NotLoaded)
        refresh();
}

void ServicePartViewModel::refresh()
{
    CloudApi *cloud = api();
    if (!cloud || m_serviceId.isEmpty())
        return;
    // A refresh supersedes the loads still running: new generation, old answers dropped.
    m_selectionCalls.cancelAll();
    m_state = State::Loading;
    m_errorText.clear();
    Q_EMIT changed();
    load(cloud, m_selectionCalls.generation());
}

void ServicePartViewModel::setLoaded()
{
    m_state = State::Loaded;
    m_errorText.clear();
    Q_EMIT changed();
}

void ServicePartViewModel::setFailed(const ApiError &error, const QString &what)
{
    if (error.kind == ApiErrorKind::Cancelled) {
        m_state = State::NotLoaded;
    } else {
        m_state = State::Failed;
        m_errorText = what.arg(error.displayText());
    }
    Q_EMIT changed();
}

ServiceOperation *ServicePartViewModel::newOperation()
{
    auto *operation = new ServiceOperation(ServiceOperation::Kind::UpdateConfiguration, m_serviceId, this);
    if (!api() || m_serviceId.isEmpty())
        operation->finishWithValidationError(tr("No service is selected."));
    return operation;
}

} // namespace chcloud
