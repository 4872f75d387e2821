#pragma once

#include "RemoteViewModel.h"
#include "domain/KeyPermissions.h"

#include <QList>

#include <optional>

namespace chcloud {

/// What the signed-in key may do, loaded once per session at background
/// priority: the key list (the signed-in key is the one whose keySuffix ends its
/// authentication key ID; there is no "whoami") and the organization's roles,
/// whose policies its assigned roles carry. Until both answered, when either
/// failed, or when the key cannot be told apart from another with the same
/// suffix, the permissions are unknown and nothing is disabled.
class KeyPermissionsViewModel : public RemoteViewModel
{
    Q_OBJECT

public:
    explicit KeyPermissionsViewModel(QObject *parent = nullptr);

    /// The key the session authenticates with; set before setContext() binds a session.
    void setAuthKeyId(const QString &authKeyId) { m_authKeyId = authKeyId; }
    /// Unknown (isKnown() false) until loaded.
    const KeyPermissions &permissions() const { return m_permissions; }
    /// Loads once per context; later calls do nothing until the context changes.
    void ensureLoaded();

public Q_SLOTS:
    /// Loads again, at background priority.
    void refresh() override;

Q_SIGNALS:
    void permissionsChanged(const chcloud::KeyPermissions &permissions);

protected:
    void clearData() override;

private:
    void finishIfComplete(quint64 generation);

    QString m_authKeyId;
    KeyPermissions m_permissions;
    bool m_requested = false;
    std::optional<std::optional<ApiKey>> m_key; ///< outer: answered; inner: the one matching key
    std::optional<QList<Role>> m_roles;
};

} // namespace chcloud
