#include "SessionSecretStore.h"

#include <utility>

namespace chcloud {

SessionSecretStore::SessionSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

SessionSecretStore::~SessionSecretStore()
{
    clear();
}

SecretJob *SessionSecretStore::read(const QString &account)
{
    auto *job = new SecretJob(SecretJob::Operation::Read, account, this);
    const auto found = m_secrets.find(account);
    if (found == m_secrets.end()) {
        job->finishLater(SecretResult::notFound());
    } else {
        // A deep copy, so wiping the caller's copy never touches the one kept here.
        const QByteArray &kept = found->second.bytes();
        job->finishLater(SecretResult::ok(), SecretBytes(QByteArray(kept.constData(), kept.size())));
    }
    return job;
}

SecretJob *SessionSecretStore::write(const QString &account, SecretBytes secret)
{
    auto *job = new SecretJob(SecretJob::Operation::Write, account, this);
    m_secrets.insert_or_assign(account, std::move(secret));
    job->finishLater(SecretResult::ok());
    return job;
}

SecretJob *SessionSecretStore::remove(const QString &account)
{
    auto *job = new SecretJob(SecretJob::Operation::Remove, account, this);
    const auto found = m_secrets.find(account);
    if (found == m_secrets.end()) {
        job->finishLater(SecretResult::notFound());
    } else {
        m_secrets.erase(found); // the destructor wipes it
        job->finishLater(SecretResult::ok());
    }
    return job;
}

QString SessionSecretStore::displayName() const
{
    return tr("This session only");
}

bool SessionSecretStore::contains(const QString &account) const
{
    return m_secrets.find(account) != m_secrets.end();
}

void SessionSecretStore::clear()
{
    m_secrets.clear(); // each SecretBytes wipes itself
}

} // namespace chcloud
