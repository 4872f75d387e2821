#pragma once

#include "domain/ApiKey.h"
#include "domain/Secret.h"

#include <QObject>
#include <QPointer>
#include <QString>

namespace chcloud {

class ClipboardGuard;
class KeyReveal;
class KeyRotation;
class SessionManager;

/// What the API Keys page does with secrets, without seeing the session or the
/// profile store: the guided rotation of the key the signed-in profile uses, and
/// the one-time reveal of a new key with "save as a profile" for the signed-in
/// organization. After a rotation moved the profile to its new key, the verified
/// session goes to the SessionManager, which hands it to every page.
class ProfileKeyActions : public QObject
{
    Q_OBJECT

public:
    /// sessions is not owned; it may go first (the actions are then unavailable).
    explicit ProfileKeyActions(SessionManager *sessions, QObject *parent = nullptr);

    /// Whether the signed-in profile's key can be rotated (signed in).
    bool canRotate() const;
    /// A rotation of `key`, which must be the key the profile signs in with; null
    /// when not signed in. The caller owns it and calls start().
    KeyRotation *rotate(const ApiKey &key, QObject *parent = nullptr);
    /// The one-time reveal of a new key; saving it as a profile uses the signed-in
    /// profile's base URL and organization. The caller owns it.
    KeyReveal *reveal(const QString &keyName, const QString &keyId, const Secret &secret, ClipboardGuard *clipboard,
                      QObject *parent = nullptr);

private:
    QPointer<SessionManager> m_sessions;
};

} // namespace chcloud
