#include "ServiceQueryEndpointViewModel.h"

#include "QueryEndpointKeysModel.h"
#include "api/CloudApi.h"

using namespace Qt::StringLiterals;

namespace chcloud {

ServiceQueryEndpointViewModel::ServiceQueryEndpointViewModel(QObject *parent)
    : ServicePartViewModel(parent)
    , m_keys(new QueryEndpointKeysModel(this))
{
}

void ServiceQueryEndpointViewModel::clearData()
{
    m_endpoint.reset();
    m_keyList.reset();
    m_endpointRead = false;
    m_keys->clear();
}

void ServiceQueryEndpointViewModel::load(CloudApi *api, quint64 generation)
{
    m_endpoint.reset();
    m_keyList.reset();
    m_endpointRead = false;
    trackLoad(api->instanceQueryEndpointGet(
        organizationId(), serviceId(), RequestPriority::Visible, this,
        [this, generation](ApiResult<ServiceQueryEndpoint> result) {
            if (!isCurrent(generation) || state() != State::Loading)
                return;
            if (result) {
                m_endpoint = std::move(result).value();
            } else if (result.error().kind != ApiErrorKind::NotFound) { // NotFound: not enabled
                return setFailed(result.error(), tr("The query endpoint could not be loaded: %1"));
            }
            m_endpointRead = true;
            settle();
        }));
    trackLoad(api->openapiKeyGetList(
        organizationId(), RequestPriority::Visible, this, [this, generation](ApiResult<json::RowList<ApiKey>> result) {
            if (!isCurrent(generation) || state() != State::Loading)
                return;
            if (!result)
                return setFailed(result.error(), tr("The API keys could not be loaded: %1"));
            m_keyList = std::move(result).value().rows;
            settle();
        }));
}

void ServiceQueryEndpointViewModel::settle()
{
    if (!m_endpointRead || !m_keyList)
        return;
    m_keys->setKeys(*m_keyList, m_endpoint ? m_endpoint->openApiKeys : QStringList());
    setLoaded();
}

QString ServiceQueryEndpointViewModel::validate(const QueryEndpointRequest &request)
{
    if (request.roles.isEmpty())
        return tr("Pick at least one role for the query endpoint.");
    const QStringList known = queryEndpointRoles();
    for (const QString &role : request.roles) {
        if (!known.contains(role))
            return tr("Unknown role %1.").arg(role);
    }
    const QStringList origins = request.allowedOrigins.split(u',', Qt::SkipEmptyParts);
    for (const QString &origin : origins) {
        const QString trimmed = origin.trimmed();
        if (trimmed.contains(u' ') || trimmed.contains(u'\t'))
            return tr("Separate the allowed origins with commas: “%1” has a space in it.").arg(trimmed);
    }
    return {};
}

ServiceOperation *ServiceQueryEndpointViewModel::save(const QStringList &roles, const QString &allowedOrigins)
{
    ServiceOperation *operation = newOperation();
    if (operation->isFinished())
        return operation;
    QueryEndpointRequest request;
    request.roles = roles;
    request.openApiKeys = m_keys->checkedIds();
    QStringList origins;
    for (const QString &origin : allowedOrigins.split(u',', Qt::SkipEmptyParts)) {
        if (!origin.trimmed().isEmpty())
            origins.append(origin.trimmed());
    }
    request.allowedOrigins = origins.join(u',');
    if (const QString problem = validate(request); !problem.isEmpty()) {
        operation->finishWithValidationError(problem);
        return operation;
    }
    trackCommand(api()->instanceQueryEndpointUpsert(
        organizationId(), serviceId(), request, RequestPriority::Interactive, this,
        answerTo<ServiceQueryEndpoint>(operation, [this](ServiceQueryEndpoint value) {
            m_endpoint = std::move(value);
            if (m_keyList)
                m_keys->setKeys(*m_keyList, m_endpoint->openApiKeys);
            Q_EMIT changed();
        })));
    return operation;
}

ServiceOperation *ServiceQueryEndpointViewModel::disable()
{
    ServiceOperation *operation = newOperation();
    if (operation->isFinished())
        return operation;
    trackCommand(api()->instanceQueryEndpointDelete(organizationId(), serviceId(), RequestPriority::Interactive, this,
                                                    answerTo<Nothing>(operation, [this](Nothing) {
                                                        m_endpoint.reset();
                                                        if (m_keyList)
                                                            m_keys->setKeys(*m_keyList, {});
                                                        Q_EMIT changed();
                                                    })));
    return operation;
}

} // namespace chcloud
