#include "ProfilesViewModel.h"

#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "secrets/ProfileStore.h"
#include "secrets/SecretJob.h"

#include <QSettings>

namespace chcloud {

ProfilesViewModel::ProfilesViewModel(ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
{
    connect(m_profiles, &ProfileStore::profilesChanged, this, &ProfilesViewModel::profilesChanged);
    connect(m_profiles, &ProfileStore::defaultChanged, this, &ProfilesViewModel::profilesChanged);
}

ProfilesViewModel::~ProfilesViewModel() = default;

QUrl ProfilesViewModel::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.clickhouse.cloud"));
}

QList<Profile> ProfilesViewModel::profiles() const
{
    return m_profiles->profiles();
}

std::optional<Profile> ProfilesViewModel::profile(const QUuid &id) const
{
    return m_profiles->profile(id);
}

QUuid ProfilesViewModel::defaultProfileId() const
{
    return m_profiles->defaultProfileId();
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
    if (profile.id.isNull())
        profile.id = QUuid::createUuid();
    // All or nothing: the secret first, the metadata only once the secret is stored.
    SecretJob *job = m_profiles->commit(profile, SecretBytes(secret.revealUtf8()));
    if (!job) {
        Q_EMIT saveFailed(isNew ? tr("The profile could not be added.") : tr("The profile could not be updated."),
                          false);
        return;
    }
    const QUuid id = profile.id;
    connect(job, &SecretJob::finished, this, [this, job, id] {
        const SecretResult &result = job->result();
        if (result.isOk()) {
            Q_EMIT saved(id);
            return;
        }
        const bool keychainUnavailable = result.status == SecretStatus::NoKeychain
            || result.status == SecretStatus::AccessDenied || result.status == SecretStatus::TimedOut;
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

QStringList ProfilesViewModel::forgetEverythingSummary() const
{
    QStringList lines;
    const QList<Profile> profiles = m_profiles->profiles();
    if (!profiles.isEmpty()) {
        QStringList labels;
        for (const Profile &profile : profiles)
            labels.append(profile.label);
        lines.append(tr("%n profile(s) with their key secrets: %1", nullptr, int(profiles.size()))
                         .arg(labels.join(QStringLiteral(", "))));
    }
    if (const qsizetype passwords = m_profiles->servicePasswordCount(); passwords > 0)
        lines.append(tr("%n stored service password(s)", nullptr, int(passwords)));
    const qsizetype entries = m_profiles->keychainEntryNames().size();
    if (entries > 0)
        lines.append(tr("%n entry(s) of this application in the system keychain", nullptr, int(entries)));
    lines.append(tr("the application's settings (window layout, last page)"));
    return lines;
}

void ProfilesViewModel::forgetEverything()
{
    endTest();
    SecretJob *job = m_profiles->forgetEverything();
    QSettings().clear();
    connect(job, &SecretJob::finished, this, [this, job] {
        const SecretResult &result = job->result();
        if (result.isOk())
            Q_EMIT forgotten(true,
                             tr("Everything is forgotten: no profile, secret or setting of this application is "
                                "left."));
        else
            Q_EMIT forgotten(false,
                             tr("Profiles and settings are gone, but some keychain entries could not be "
                                "removed: %1")
                                 .arg(result.message));
    });
}

bool ProfilesViewModel::setDefault(const QUuid &id)
{
    return m_profiles->setDefault(id);
}

} // namespace chcloud
