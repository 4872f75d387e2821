#pragma once

#include "domain/Secret.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>

namespace chcloud {

class ProfileStore;

/// Keeps a service's one-time password, if the user asks, where the signed-in
/// profile keeps its own secret: the system keychain, or this session's memory for
/// a session-only profile (the demo and environment sign-ins touch no keychain).
/// It goes through the ProfileStore, which records the entry name, so "Forget
/// everything" removes it too. There is no fallback to a file. When the store
/// fails, stored() says so in a sentence the dialog shows as it is.
class ServicePasswordVault : public QObject
{
    Q_OBJECT

public:
    /// profiles is not owned; may be null (the option is then off).
    explicit ServicePasswordVault(ProfileStore *profiles, QObject *parent = nullptr);

    /// The entry name: "service-password:<serviceId>".
    static QString accountFor(const QString &serviceId);

    /// The profile whose store keeps the passwords (the signed-in one).
    void setProfileId(const QUuid &profileId) { m_profileId = profileId; }
    QUuid profileId() const { return m_profileId; }

    /// False when there is no store to keep it in (no profile store or no profile).
    bool isAvailable() const;
    /// "System keychain", "This session only", or empty without a store.
    QString storeName() const;
    bool isBusy() const { return m_busy; }

    /// Writes a copy of password under the service's account; ends with stored().
    void store(const QString &serviceId, const Secret &password);

Q_SIGNALS:
    /// The write ended: ok, or message says why not (translated, never the password).
    void stored(bool ok, const QString &message);

private:
    QPointer<ProfileStore> m_profiles;
    QUuid m_profileId;
    bool m_busy = false;
};

} // namespace chcloud
