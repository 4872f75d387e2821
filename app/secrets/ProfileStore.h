#pragma once

#include "Profile.h"
#include "SecretBytes.h"

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

    /// Stores the profile's secret in the store its storage kind names.
    /// Returns nullptr when there is no such profile.
    SecretJob *writeSecret(const QUuid &id, SecretBytes secret);
    /// Loads the profile's secret (async) for whoever builds the network transport.
    /// Returns nullptr when there is no such profile.
    SecretJob *readSecret(const QUuid &id);

    /// Names of keychain entries the application wrote and has not removed yet.
    QStringList keychainEntryNames() const { return m_entryNames; }
    /// Removes every profile and every recorded keychain entry. Ends Ok when all
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

    SecretStore &m_keychain;
    SecretStore &m_session;
    std::unique_ptr<QSettings> m_settings;
    QList<Profile> m_profiles;
    QUuid m_defaultId;
    QStringList m_entryNames;
};

} // namespace chcloud
