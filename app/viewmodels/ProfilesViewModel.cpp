#include "ProfilesViewModel.h"

#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "secrets/ProfileStore.h"
#include "secrets/SecretJob.h"

namespace chcloud {

ProfilesViewModel::ProfilesViewModel(ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
{
}

ProfilesViewModel::~ProfilesViewModel() = default;

QUrl ProfilesViewModel::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.clickhouse.cloud"));
}

void ProfilesViewModel::endTest()
{
    if (!m_testSession)
        return;
    // Callbacks may still be on the stack: let the session go from the event loop.
    m_testSession->cancelAll();
    m_testSession.release()->deleteLater();
    Q_EMIT testingChanged(false);
}

void ProfilesViewModel::testConnection(const QUrl &baseUrl, const QString &keyId, const Secret &secret)
{
    endTest();
    m_organizationId.clear();
    m_organizationName.clear();
    if (keyId.trimmed().isEmpty() || secret.isEmpty()) {
        Q_EMIT connectionFailed(tr("Enter the key ID and the key secret first."));
        return;
    }
    auto opened = ApiSession::open(baseUrl, keyId.trimmed(), secret);
    if (!opened) {
        Q_EMIT connectionFailed(opened.error().displayText());
        return;
    }
    m_testSession = std::move(opened).value();
    Q_EMIT testingChanged(true);
    ApiSession *session = m_testSession.get();
    session->api()->organizationGetList(
        RequestPriority::Interactive, this, [this, session](ApiResult<QList<Organization>> result) {
            if (m_testSession.get() != session)
                return;
            endTest();
            if (!result) {
                Q_EMIT connectionFailed(result.error().displayText());
                return;
            }
            if (result.value().isEmpty()) {
                Q_EMIT connectionFailed(tr("The key works but belongs to no organization."));
                return;
            }
            const Organization &organization = result.value().constFirst();
            m_organizationId = organization.id;
            m_organizationName = organization.name;
            Q_EMIT connectionSucceeded(m_organizationId, m_organizationName);
        });
}

void ProfilesViewModel::save(Profile profile, const Secret &secret)
{
    const bool isNew = profile.id.isNull() || !m_profiles->contains(profile.id);
    if (const QString problem = profile.validationError(); !problem.isEmpty()) {
        Q_EMIT saveFailed(problem, false);
        return;
    }
    if (isNew && secret.isEmpty()) {
        Q_EMIT saveFailed(tr("Enter the key secret."), false);
        return;
    }
    QUuid id;
    if (isNew) {
        id = m_profiles->add(profile);
        if (id.isNull()) {
            Q_EMIT saveFailed(tr("The profile could not be added."), false);
            return;
        }
    } else {
        if (!m_profiles->update(profile)) {
            Q_EMIT saveFailed(tr("The profile could not be updated."), false);
            return;
        }
        id = profile.id;
    }
    if (secret.isEmpty()) {
        Q_EMIT saved(id);
        return;
    }
    SecretJob *job = m_profiles->writeSecret(id, SecretBytes(secret.revealUtf8()));
    connect(job, &SecretJob::finished, this, [this, job, id, isNew] {
        const SecretResult &result = job->result();
        if (result.isOk()) {
            Q_EMIT saved(id);
            return;
        }
        const bool keychainUnavailable = result.status == SecretStatus::NoKeychain
            || result.status == SecretStatus::AccessDenied || result.status == SecretStatus::TimedOut;
        if (isNew)
            m_profiles->remove(id); // no profile without its secret
        Q_EMIT saveFailed(tr("The key secret could not be stored: %1").arg(result.message), keychainUnavailable);
    });
}

void ProfilesViewModel::remove(const QUuid &id)
{
    SecretJob *job = m_profiles->remove(id);
    if (!job) {
        Q_EMIT removeFailed(tr("There is no such profile."));
        return;
    }
    connect(job, &SecretJob::finished, this, [this, job, id] {
        const SecretResult &result = job->result();
        if (result.isOk() || result.status == SecretStatus::NotFound)
            Q_EMIT removed(id);
        else
            Q_EMIT removeFailed(
                tr("The profile is gone, but its keychain entry could not be removed: %1").arg(result.message));
    });
}

bool ProfilesViewModel::setDefault(const QUuid &id)
{
    return m_profiles->setDefault(id);
}

} // namespace chcloud
