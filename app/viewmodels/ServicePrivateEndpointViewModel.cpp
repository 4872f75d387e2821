#include "ServicePrivateEndpointViewModel.h"

#include "api/CloudApi.h"

#include <QPointer>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace chcloud {

ServicePrivateEndpointViewModel::ServicePrivateEndpointViewModel(QObject *parent)
    : ServicePartViewModel(parent)
{
}

void ServicePrivateEndpointViewModel::clearData()
{
    m_config.reset();
    m_added.clear();
}

void ServicePrivateEndpointViewModel::load(CloudApi *api, quint64 generation)
{
    trackLoad(api->instancePrivateEndpointConfigGet(
        organizationId(), serviceId(), RequestPriority::Visible, this,
        [this, generation](ApiResult<PrivateEndpointConfig> result) {
            if (!isCurrent(generation) || state() != State::Loading)
                return;
            if (!result)
                return setFailed(result.error(), tr("The private endpoint configuration could not be loaded: %1"));
            m_config = result.value();
            setLoaded();
        }));
}

QString ServicePrivateEndpointViewModel::validate(const QString &endpointId, const QString &description)
{
    const QString id = endpointId.trimmed();
    if (id.isEmpty())
        return tr("Enter the endpoint ID from your cloud account (for example vpce-0123456789abcdef0).");
    static const QRegularExpression pattern(u"^[A-Za-z0-9][A-Za-z0-9._:/-]{0,254}$"_s);
    if (!pattern.match(id).hasMatch())
        return tr("An endpoint ID is up to 255 letters, digits and . _ : / - characters.");
    if (description.size() > 255)
        return tr("The description is longer than 255 characters.");
    return {};
}

ServiceOperation *ServicePrivateEndpointViewModel::addEndpoint(const QString &endpointId, const QString &description)
{
    ServiceOperation *operation = newOperation();
    if (operation->isFinished())
        return operation;
    if (const QString problem = validate(endpointId, description); !problem.isEmpty()) {
        operation->finishWithValidationError(problem);
        return operation;
    }
    ServicePrivateEndpointRequest request;
    request.id = endpointId.trimmed();
    request.description = description.trimmed();
    QPointer<ServiceOperation> guard(operation);
    trackCommand(api()->instancePrivateEndpointCreate(
        organizationId(), serviceId(), request, RequestPriority::Interactive, this,
        [this, guard, forService = serviceId()](ApiResult<ServicePrivateEndpoint> result) {
            if (!guard)
                return;
            if (!result) {
                guard->finishWithError(result.error());
                return;
            }
            if (forService == serviceId()) {
                m_added.append(result.value());
                Q_EMIT changed();
            }
            Q_EMIT endpointAdded(forService);
            guard->finishWithSuccess();
        }));
    return operation;
}

} // namespace chcloud
