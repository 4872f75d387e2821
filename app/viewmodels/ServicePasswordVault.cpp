#include "ServicePasswordVault.h"

#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QMetaObject>

using namespace Qt::StringLiterals;

namespace chcloud {

ServicePasswordVault::ServicePasswordVault(SecretStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{
}

QString ServicePasswordVault::accountFor(const QString &serviceId)
{
    return u"service-password:"_s + serviceId;
}

QString ServicePasswordVault::storeName() const
{
    return m_store ? m_store->displayName() : QString();
}

void ServicePasswordVault::store(const QString &serviceId, const Secret &password)
{
    if (!m_store) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT stored(false, tr("No keychain is available: the password was not stored.")); },
            Qt::QueuedConnection);
        return;
    }
    m_busy = true;
    SecretJob *job = m_store->write(accountFor(serviceId), SecretBytes(password.revealUtf8()));
    connect(job, &SecretJob::finished, this, [this, job] {
        m_busy = false;
        const SecretResult &result = job->result();
        if (result.isOk())
            Q_EMIT stored(true, tr("The password is stored in: %1.").arg(storeName()));
        else
            Q_EMIT stored(false, tr("The password was not stored: %1").arg(result.message));
    });
}

} // namespace chcloud
