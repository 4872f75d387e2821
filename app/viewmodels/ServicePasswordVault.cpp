#include "ServicePasswordVault.h"

#include "secrets/ProfileStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SecretStore.h"

#include <QMetaObject>

namespace chcloud {

ServicePasswordVault::ServicePasswordVault(ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
{
}

QString ServicePasswordVault::accountFor(const QString &serviceId)
{
    return ProfileStore::servicePasswordAccount(serviceId);
}

bool ServicePasswordVault::isAvailable() const
{
    return m_profiles && m_profiles->contains(m_profileId);
}

QString ServicePasswordVault::storeName() const
{
    if (!isAvailable())
        return {};
    return m_profiles->secretStore(m_profiles->profile(m_profileId)->storage).displayName();
}

void ServicePasswordVault::store(const QString &serviceId, const Secret &password)
{
    SecretJob *job = isAvailable()
        ? m_profiles->writeServicePassword(m_profileId, serviceId, SecretBytes(password.revealUtf8()))
        : nullptr;
    if (!job) {
        QMetaObject::invokeMethod(
            this, [this] { Q_EMIT stored(false, tr("No keychain is available: the password was not stored.")); },
            Qt::QueuedConnection);
        return;
    }
    m_busy = true;
    const QString where = storeName();
    connect(job, &SecretJob::finished, this, [this, job, where] {
        m_busy = false;
        const SecretResult &result = job->result();
        if (result.isOk())
            Q_EMIT stored(true, tr("The password is stored in: %1.").arg(where));
        else
            Q_EMIT stored(false, tr("The password was not stored: %1").arg(result.message));
    });
}

} // namespace chcloud
