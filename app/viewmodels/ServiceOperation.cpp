#include "ServiceOperation.h"

#include <QMetaObject>

namespace chcloud {

ServiceOperation::ServiceOperation(Kind kind, QString serviceId, QObject *parent)
    : QObject(parent)
    , m_kind(kind)
    , m_serviceId(std::move(serviceId))
{
}

QString ServiceOperation::errorText() const
{
    if (!m_validationError.isEmpty())
        return m_validationError;
    return m_error && !isCancelled() ? m_error->displayText() : QString();
}

Secret ServiceOperation::takePassword()
{
    Secret password = std::move(m_password);
    m_password = Secret();
    return password;
}

void ServiceOperation::finishWithSuccess(QString serviceId, Secret password)
{
    if (m_finished)
        return;
    if (!serviceId.isEmpty())
        m_serviceId = std::move(serviceId);
    m_password = std::move(password);
    end();
}

void ServiceOperation::finishWithError(ApiError error)
{
    if (m_finished)
        return;
    m_error = std::move(error);
    end();
}

void ServiceOperation::finishWithValidationError(QString message)
{
    if (m_finished)
        return;
    m_validationError = std::move(message);
    end();
}

void ServiceOperation::end()
{
    m_finished = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            Q_EMIT finished();
            m_password.wipe();
            deleteLater();
        },
        Qt::QueuedConnection);
}

} // namespace chcloud
