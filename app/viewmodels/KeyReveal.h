#pragma once

#include "domain/Profile.h"
#include "domain/Secret.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>

namespace chcloud {

class ClipboardGuard;
class ProfileStore;

/// The one time a new key's secret can be seen. Holds the key ID and the
/// secret until the user has copied or saved them, then wipe() overwrites the
/// secret; nothing else in the application keeps it. Saving goes through the
/// ProfileStore into the keychain only: when the keychain fails, the failure is
/// reported and nothing is written anywhere else.
class KeyReveal : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool saving READ isSaving NOTIFY savingChanged)

public:
    /// `clipboard` must outlive the copied secret's countdown (not owned);
    /// `profiles` may be null (saving is then unavailable). `profileTemplate`
    /// gives the base URL and organization for a saved profile.
    KeyReveal(QString keyName, QString keyId, Secret secret, ClipboardGuard *clipboard, ProfileStore *profiles,
              Profile profileTemplate, QObject *parent = nullptr);
    ~KeyReveal() override;

    QString keyName() const { return m_keyName; }
    QString keyId() const { return m_keyId; }
    /// The secret as text for the read-only field; empty once wiped.
    const Secret &secret() const { return m_secret; }
    bool isWiped() const { return m_secret.isEmpty(); }

    bool canSaveProfile() const { return !m_profiles.isNull(); }
    bool isSaving() const { return m_saving; }
    bool keyIdCopied() const { return m_keyIdCopied; }
    bool secretCopied() const { return m_secretCopied; }
    bool savedAsProfile() const { return !m_savedProfile.isNull(); }
    QUuid savedProfileId() const { return m_savedProfile; }
    /// Nothing kept the secret yet: closing now loses it.
    bool secretWouldBeLost() const { return !m_secretCopied && !savedAsProfile(); }
    /// A label for the new profile: "<organization> — <key name>".
    QString suggestedProfileLabel() const;

public Q_SLOTS:
    void copyKeyId();
    void copySecret();
    /// Adds a keychain profile for this key and stores the secret there.
    void saveAsProfile(const QString &label);
    /// Overwrites the secret; the key ID stays for display.
    void wipe();

Q_SIGNALS:
    void savingChanged(bool saving);
    /// Saved: the profile exists and its secret is in the keychain.
    void profileSaved(const QUuid &profileId);
    /// Not saved; message says why in a full sentence. No profile was kept.
    void profileSaveFailed(const QString &message);
    void copied();

private:
    void setSaving(bool saving);

    QString m_keyName;
    QString m_keyId;
    Secret m_secret;
    QPointer<ClipboardGuard> m_clipboard;
    QPointer<ProfileStore> m_profiles;
    Profile m_template;
    QUuid m_savedProfile;
    bool m_saving = false;
    bool m_keyIdCopied = false;
    bool m_secretCopied = false;
};

} // namespace chcloud
