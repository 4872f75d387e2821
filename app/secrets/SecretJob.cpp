#include "SecretJob.h"

#include <QMetaObject>

#include <utility>

namespace chcloud {

SecretJob::SecretJob(Operation operation, QString account, QObject *parent)
    : QObject(parent)
    , m_operation(operation)
    , m_account(std::move(account))
{
}

SecretJob::~SecretJob() = default;

SecretBytes SecretJob::takeSecret()
{
    return std::exchange(m_secret, SecretBytes());
}

void SecretJob::finish(SecretResult result, SecretBytes secret)
{
    if (m_finished || m_endScheduled)
        return;
    m_result = std::move(result);
    m_secret = std::move(secret);
    end();
}

void SecretJob::end()
{
    m_finished = true;
    Q_EMIT finished();
    // Whatever the slots did not take is wiped with the job.
    deleteLater();
}

void SecretJob::finishLater(SecretResult result, SecretBytes secret)
{
    if (m_finished || m_endScheduled)
        return;
    m_endScheduled = true;
    // Keep the answer now; the queued call only emits. A move-only secret does not
    // travel through the event queue that way.
    m_result = std::move(result);
    m_secret = std::move(secret);
    QMetaObject::invokeMethod(this, &SecretJob::end, Qt::QueuedConnection);
}

} // namespace chcloud
