#include "ServiceOperation.h"

#include <utility>

namespace chcloud {

ServiceOperation::ServiceOperation(Kind kind, QString serviceId, QObject *parent)
    : MutationCommand(parent)
    , m_kind(kind)
    , m_serviceId(std::move(serviceId))
{
}

Secret ServiceOperation::takePassword()
{
    Secret password = std::move(m_password);
    m_password = Secret();
    return password;
}

void ServiceOperation::finishWithSuccess(QString serviceId, Secret password)
{
    if (isFinished())
        return;
    if (!serviceId.isEmpty())
        m_serviceId = std::move(serviceId);
    m_password = std::move(password);
    endWithSuccess();
}

void ServiceOperation::discardPayload()
{
    m_password.wipe();
}

} // namespace chcloud
