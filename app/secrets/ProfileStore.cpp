#include "ProfileStore.h"

#include "AppInfo.h"
#include "SecretJob.h"
#include "SecretStore.h"
#include "SecretsLogging.h"

#include <QSettings>

#include <memory>
#include <utility>

namespace chcloud {

namespace {

constexpr int kFormatVersion = 1;

const QString kFormatVersionKey = QStringLiteral("formatVersion");
const QString kProfilesKey = QStringLiteral("profiles");
const QString kDefaultKey = QStringLiteral("defaultProfile");
const QString kEntryNamesKey = QStringLiteral("keychain/entryNames");

const QString kIdKey = QStringLiteral("id");
const QString kLabelKey = QStringLiteral("label");
const QString kBaseUrlKey = QStringLiteral("baseUrl");
const QString kOrganizationIdKey = QStringLiteral("organizationId");
const QString kOrganizationNameKey = QStringLiteral("organizationName");
const QString kKeyIdKey = QStringLiteral("keyId");

} // namespace

ProfileStore::ProfileStore(SecretStore &keychainStore, SecretStore &sessionStore, QObject *parent)
    : QObject(parent)
    , m_keychain(keychainStore)
    , m_session(sessionStore)
    , m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, AppInfo::organizationName(),
                                             QStringLiteral("profiles")))
{
    load();
    connect(&m_keychain, &SecretStore::lateWriteLanded, this, [this](const QString &account) {
        // The keychain is still ending the stalled job: act from the event loop.
        QMetaObject::invokeMethod(
            this, [this, account] { settleLateWrite(account); }, Qt::QueuedConnection);
    });
}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::settingsFileName() const
{
    return m_settings->fileName();
}

SecretStore &ProfileStore::secretStore(ProfileStorage storage) const
{
    return storage == ProfileStorage::Keychain ? m_keychain : m_session;
}

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> ordered;
    ordered.reserve(m_profiles.size());
    for (const Profile &profile : m_profiles) {
        if (profile.isPersistent())
            ordered.append(profile);
    }
    for (const Profile &profile : m_profiles) {
        if (!profile.isPersistent())
            ordered.append(profile);
    }
    return ordered;
}

std::optional<Profile> ProfileStore::profile(const QUuid &id) const
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

bool ProfileStore::contains(const QUuid &id) const
{
    return indexOf(id) >= 0;
}

qsizetype ProfileStore::indexOf(const QUuid &id) const
{
    if (id.isNull())
        return -1;
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

QUuid ProfileStore::add(Profile profile)
{
    if (profile.id.isNull())
        profile.id = QUuid::createUuid();
    if (!profile.validationError().isEmpty() || contains(profile.id))
        return {};
    m_profiles.append(profile);
    const bool becomesDefault = m_defaultId.isNull();
    if (becomesDefault)
        m_defaultId = profile.id;
    save();
    Q_EMIT profilesChanged();
    if (becomesDefault)
        Q_EMIT defaultChanged(m_defaultId);
    return profile.id;
}

bool ProfileStore::update(const Profile &profile)
{
    const qsizetype index = indexOf(profile.id);
    if (index < 0 || !profile.validationError().isEmpty() || m_profiles.at(index).storage != profile.storage)
        return false;
    if (m_profiles.at(index) == profile)
        return true;
    m_profiles[index] = profile;
    save();
    Q_EMIT profilesChanged();
    return true;
}

SecretJob *ProfileStore::remove(const QUuid &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return nullptr;
    const Profile removed = m_profiles.takeAt(index);
    const bool wasDefault = m_defaultId == id;
    if (wasDefault)
        m_defaultId = m_profiles.isEmpty() ? QUuid() : profiles().constFirst().id;
    save();
    Q_EMIT profilesChanged();
    if (wasDefault)
        Q_EMIT defaultChanged(m_defaultId);
    return removeSecret(removed);
}

SecretJob *ProfileStore::removeSecret(const Profile &profile)
{
    const QString account = profile.secretAccount();
    SecretJob *job = secretStore(profile.storage).remove(account);
    if (profile.isPersistent()) {
        connect(job, &SecretJob::finished, this, [this, job, account] {
            const SecretStatus status = job->result().status;
            if (status == SecretStatus::Ok || status == SecretStatus::NotFound)
                forgetEntryName(account);
            else
                qCWarning(lcSecrets) << "Could not remove keychain entry" << account << job->result().detail;
        });
    }
    return job;
}

bool ProfileStore::setDefault(const QUuid &id)
{
    if (!contains(id))
        return false;
    if (m_defaultId != id) {
        m_defaultId = id;
        save();
        Q_EMIT defaultChanged(id);
    }
    return true;
}

SecretJob *ProfileStore::writeSecret(const QUuid &id, SecretBytes secret)
{
    const std::optional<Profile> found = profile(id);
    if (!found)
        return nullptr;
    // Recorded first: a write that fails half-way must still be cleaned up later.
    if (found->isPersistent())
        recordEntryName(found->secretAccount());
    return secretStore(found->storage).write(found->secretAccount(), std::move(secret));
}

SecretJob *ProfileStore::commit(const Profile &profile, SecretBytes secret)
{
    if (profile.id.isNull() || !profile.validationError().isEmpty())
        return nullptr;
    const std::optional<Profile> before = this->profile(profile.id);
    if (before && before->storage != profile.storage)
        return nullptr;
    const QString account = profile.secretAccount();
    auto *all = new SecretJob(SecretJob::Operation::Write, account, this);
    if (secret.isEmpty()) {
        if (!before) {
            all->finishLater(SecretResult::other(QStringLiteral("a new profile needs its secret")));
            return all;
        }
        update(profile);
        all->finishLater(SecretResult::ok());
        return all;
    }
    // Recorded first: a write that fails half-way must still be cleaned up later.
    if (profile.isPersistent())
        recordEntryName(account);
    m_abandonedCommits.remove(account);
    SecretJob *write = secretStore(profile.storage).write(account, std::move(secret));
    connect(write, &SecretJob::finished, all, [this, write, all, profile, before, account] {
        const SecretResult result = write->result();
        if (result.isOk()) {
            if (contains(profile.id))
                update(profile);
            else
                add(profile);
        } else if (result.status == SecretStatus::TimedOut) {
            // It may still land: settleLateWrite() decides then.
            if (before)
                m_abandonedCommits.insert(account, { *before, profile });
        } else if (!before) {
            forgetEntryName(account); // nothing was written under the new profile's name
        }
        all->finish(result);
    });
    return all;
}

void ProfileStore::settleLateWrite(const QString &account)
{
    const AbandonedCommit abandoned = m_abandonedCommits.take(account);
    for (const Profile &profile : std::as_const(m_profiles)) {
        if (!profile.isPersistent() || profile.secretAccount() != account)
            continue;
        if (!abandoned.wanted.id.isNull() && profile == abandoned.before) {
            // The secret of the failed save is in the keychain now: finish that save.
            qCWarning(lcSecrets) << "A timed-out save of profile" << account << "completed late; applying it";
            update(abandoned.wanted);
        } else {
            qCWarning(lcSecrets) << "A timed-out write for profile" << account << "completed late";
        }
        return;
    }
    if (account.startsWith(servicePasswordAccount(QString())) && m_entryNames.contains(account))
        return; // a service password the user asked to keep; forgetEverything() finds it
    qCWarning(lcSecrets) << "Removing keychain entry" << account << "written late for a profile that no longer exists";
    SecretJob *job = m_keychain.remove(account);
    connect(job, &SecretJob::finished, this, [this, job, account] {
        const SecretStatus status = job->result().status;
        if (status == SecretStatus::Ok || status == SecretStatus::NotFound)
            forgetEntryName(account);
    });
}

QString ProfileStore::servicePasswordAccount(const QString &serviceId)
{
    return QStringLiteral("service-password:") + serviceId;
}

SecretJob *ProfileStore::writeServicePassword(const QUuid &profileId, const QString &serviceId, SecretBytes password)
{
    const std::optional<Profile> owner = profile(profileId);
    if (!owner || serviceId.isEmpty())
        return nullptr;
    const QString account = servicePasswordAccount(serviceId);
    if (owner->isPersistent())
        recordEntryName(account);
    else if (!m_sessionEntryNames.contains(account))
        m_sessionEntryNames.append(account);
    return secretStore(owner->storage).write(account, std::move(password));
}

qsizetype ProfileStore::servicePasswordCount() const
{
    const QString prefix = servicePasswordAccount(QString());
    qsizetype count = 0;
    for (const QStringList *names : { &m_entryNames, &m_sessionEntryNames }) {
        for (const QString &name : *names) {
            if (name.startsWith(prefix))
                ++count;
        }
    }
    return count;
}

SecretJob *ProfileStore::readSecret(const QUuid &id)
{
    const std::optional<Profile> found = profile(id);
    if (!found)
        return nullptr;
    return secretStore(found->storage).read(found->secretAccount());
}

SecretJob *ProfileStore::forgetEverything()
{
    QStringList names = m_entryNames;
    QList<QString> sessionAccounts;
    for (const Profile &profile : std::as_const(m_profiles)) {
        if (profile.isPersistent()) {
            if (!names.contains(profile.secretAccount()))
                names.append(profile.secretAccount());
        } else {
            sessionAccounts.append(profile.secretAccount());
        }
    }
    const bool hadProfiles = !m_profiles.isEmpty();
    const bool hadDefault = !m_defaultId.isNull();
    m_profiles.clear();
    m_defaultId = QUuid();
    save();
    if (hadProfiles)
        Q_EMIT profilesChanged();
    if (hadDefault)
        Q_EMIT defaultChanged(m_defaultId);

    sessionAccounts.append(std::exchange(m_sessionEntryNames, {}));
    for (const QString &account : std::as_const(sessionAccounts))
        m_session.remove(account);
    m_abandonedCommits.clear();

    auto *all = new SecretJob(SecretJob::Operation::RemoveMany, QString(), this);
    if (names.isEmpty()) {
        all->finishLater(SecretResult::ok());
        return all;
    }
    struct Progress
    {
        qsizetype pending = 0;
        SecretResult firstFailure;
    };
    auto progress = std::make_shared<Progress>();
    progress->pending = names.size();
    for (const QString &name : std::as_const(names)) {
        SecretJob *job = m_keychain.remove(name);
        connect(job, &SecretJob::finished, all, [this, job, name, all, progress] {
            const SecretResult &result = job->result();
            if (result.isOk() || result.status == SecretStatus::NotFound) {
                forgetEntryName(name);
            } else if (progress->firstFailure.isOk()) {
                progress->firstFailure = result;
            }
            if (--progress->pending == 0)
                all->finish(progress->firstFailure);
        });
    }
    return all;
}

void ProfileStore::recordEntryName(const QString &name)
{
    if (m_entryNames.contains(name))
        return;
    m_entryNames.append(name);
    save();
}

void ProfileStore::forgetEntryName(const QString &name)
{
    if (m_entryNames.removeAll(name) > 0)
        save();
}

void ProfileStore::load()
{
    QSettings &settings = *m_settings;
    const int version = settings.value(kFormatVersionKey, kFormatVersion).toInt();
    if (version > kFormatVersion)
        qCWarning(lcSecrets) << "Profiles were saved by a newer version (format" << version
                             << "); reading what is known";

    const int count = settings.beginReadArray(kProfilesKey);
    for (int i = 0; i < count; ++i) {
        settings.setArrayIndex(i);
        Profile profile;
        profile.id = QUuid::fromString(settings.value(kIdKey).toString());
        profile.label = settings.value(kLabelKey).toString();
        profile.baseUrl = QUrl(settings.value(kBaseUrlKey).toString(), QUrl::StrictMode);
        profile.organizationId = settings.value(kOrganizationIdKey).toString();
        profile.organizationName = settings.value(kOrganizationNameKey).toString();
        profile.keyId = settings.value(kKeyIdKey).toString();
        profile.storage = ProfileStorage::Keychain;
        if (profile.id.isNull() || contains(profile.id) || !profile.validationError().isEmpty()) {
            qCWarning(lcSecrets) << "Skipping an unreadable saved profile at index" << i;
            continue;
        }
        m_profiles.append(profile);
    }
    settings.endArray();

    const QUuid savedDefault = QUuid::fromString(settings.value(kDefaultKey).toString());
    if (contains(savedDefault))
        m_defaultId = savedDefault;
    else if (!m_profiles.isEmpty())
        m_defaultId = m_profiles.constFirst().id;

    m_entryNames = settings.value(kEntryNamesKey).toStringList();
}

void ProfileStore::save()
{
    QSettings &settings = *m_settings;
    settings.setValue(kFormatVersionKey, kFormatVersion);

    settings.remove(kProfilesKey);
    settings.beginWriteArray(kProfilesKey);
    int row = 0;
    for (const Profile &profile : std::as_const(m_profiles)) {
        if (!profile.isPersistent())
            continue; // session-only profiles are never written anywhere
        settings.setArrayIndex(row++);
        settings.setValue(kIdKey, profile.id.toString(QUuid::WithoutBraces));
        settings.setValue(kLabelKey, profile.label);
        settings.setValue(kBaseUrlKey, profile.baseUrl.toString());
        settings.setValue(kOrganizationIdKey, profile.organizationId);
        settings.setValue(kOrganizationNameKey, profile.organizationName);
        settings.setValue(kKeyIdKey, profile.keyId);
    }
    settings.endArray();

    const std::optional<Profile> defaultProfile = profile(m_defaultId);
    if (defaultProfile && defaultProfile->isPersistent())
        settings.setValue(kDefaultKey, m_defaultId.toString(QUuid::WithoutBraces));
    else
        settings.remove(kDefaultKey);

    if (m_entryNames.isEmpty())
        settings.remove(kEntryNamesKey);
    else
        settings.setValue(kEntryNamesKey, m_entryNames);

    settings.sync();
    if (settings.status() != QSettings::NoError)
        qCWarning(lcSecrets) << "Could not save profiles to" << settings.fileName();
}

} // namespace chcloud
