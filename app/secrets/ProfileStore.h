#pragma once

#include "SecretBytes.h"
#include "domain/Profile.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QStringList>
#include <QUuid>

#include <memory>
#include <optional>

class QSettings;

namespace chcloud {

class SecretJob;
class SecretStore;

/// The user's profiles and which one opens by default.
///
/// Keychain profiles are saved in QSettings (INI, user scope, organization
/// "chcloud-desktop", application "profiles"); session-only profiles live in
/// memory and are never written anywhere. Secrets never go to QSettings: they go
/// to the keychain store or the session store, according to the profile.
///
/// The names of the keychain entries the application wrote (never their values)
/// are kept in the settings too, recorded *before* each write, so that removing
/// a profile or "forget everything" can remove each of them even after a crash
/// or a failed removal.
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    /// Neither store is owned; both must outlive this object.
    ProfileStore(SecretStore &keychainStore, SecretStore &sessionStore, QObject *parent = nullptr);
    ~ProfileStore() override;

    /// Saved profiles first (in the order they were added), then session-only ones.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QUuid &id) const;
    bool contains(const QUuid &id) const;
    /// Null when there are no profiles.
    QUuid defaultProfileId() const { return m_defaultId; }

    /// Adds a profile; a null id is replaced by a new one. Returns the id, or a null
    /// QUuid when the profile is invalid (Profile::validationError()) or the id is taken.
    /// The first profile becomes the default.
    QUuid add(Profile profile);
    /// Replaces the metadata of an existing profile. The storage kind cannot change
    /// (the secret would have to move): returns false then, or when invalid/unknown.
    bool update(const Profile &profile);
    /// Forgets the profile at once and removes its secret. Returns the secret's removal
    /// job (NotFound means it was already gone), or nullptr when there is no such profile.
    /// If the removal fails, the entry name stays recorded for forgetEverything().
    SecretJob *remove(const QUuid &id);
    /// Returns false for an unknown id. A session-only default is not remembered.
    bool setDefault(const QUuid &id);

    /// Saves a profile and its secret all or nothing. The secret is written first, to
    /// the entry of profile.id (which must not be null), in the store its storage kind
    /// names; only when that succeeded is the profile added, or its metadata replaced.
    /// When the write fails nothing changes: a new profile is not added, an existing
    /// one keeps its metadata (and its secret: the write did not happen). An empty
    /// secret replaces the metadata of an existing profile alone. The job ends once the
    /// metadata is in place. Returns nullptr when the profile is invalid, its id is
    /// null, or it would change an existing profile's storage kind.
    ///
    /// A keychain write that timed out may still complete later (lateWriteLanded()):
    /// its entry is then removed when no profile owns it (the user moved on, e.g. to a
    /// session-only profile), and for an existing profile whose metadata has not
    /// changed since, the save is completed, so key id and secret always match.
    SecretJob *commit(const Profile &profile, SecretBytes secret);
    /// Stores the profile's secret in the store its storage kind names.
    /// Returns nullptr when there is no such profile.
    SecretJob *writeSecret(const QUuid &id, SecretBytes secret);

    /// The entry name of a service's password: "service-password:<serviceId>".
    static QString servicePasswordAccount(const QString &serviceId);
    /// Keeps a service's password where the profile keeps its own secret: the
    /// keychain, or memory for a session-only profile (the demo and environment
    /// sign-ins promise to touch nothing). The entry name is recorded, so that
    /// forgetEverything() removes it too. Returns nullptr when there is no such profile.
    SecretJob *writeServicePassword(const QUuid &profileId, const QString &serviceId, SecretBytes password);
    /// How many service passwords are stored (keychain and this session).
    qsizetype servicePasswordCount() const;
    /// Loads the profile's secret (async) for whoever builds the network transport.
    /// Returns nullptr when there is no such profile.
    SecretJob *readSecret(const QUuid &id);

    /// Names of keychain entries the application wrote and has not removed yet.
    QStringList keychainEntryNames() const { return m_entryNames; }
    /// Removes every profile, every recorded keychain entry (profile secrets and
    /// service passwords) and every secret this session holds. Ends Ok when all
    /// entries are gone (NotFound counts as gone), otherwise with the first failure;
    /// names that could not be removed stay recorded.
    SecretJob *forgetEverything();

    /// The settings file (for diagnostics and tests).
    QString settingsFileName() const;
    /// The store that holds secrets of the given storage kind.
    SecretStore &secretStore(ProfileStorage storage) const;

Q_SIGNALS:
    void profilesChanged();
    void defaultChanged(const QUuid &id);

private:
    void load();
    void save();
    qsizetype indexOf(const QUuid &id) const;
    void recordEntryName(const QString &name);
    void forgetEntryName(const QString &name);
    SecretJob *removeSecret(const Profile &profile);
    void settleLateWrite(const QString &account);

    /// A save whose keychain write timed out: the metadata before and the one wanted.
    struct AbandonedCommit
    {
        Profile before;
        Profile wanted;
    };

    SecretStore &m_keychain;
    SecretStore &m_session;
    std::unique_ptr<QSettings> m_settings;
    QList<Profile> m_profiles;
    QUuid m_defaultId;
    QStringList m_entryNames;
    QStringList m_sessionEntryNames; ///< service passwords held in the session store
    QHash<QString, AbandonedCommit> m_abandonedCommits; ///< by entry name
};

} // namespace chcloud
