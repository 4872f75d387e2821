#pragma once

#include "InvitationsModel.h"
#include "RemoteViewModel.h"
#include "RoleChoice.h"

namespace chcloud {

/// Pending invitations with the commands to invite someone and to revoke an
/// invitation. The e-mail address is checked before anything is sent: an
/// address that cannot be one never becomes a request.
class InvitationsViewModel : public RemoteViewModel
{
    Q_OBJECT

public:
    explicit InvitationsViewModel(QObject *parent = nullptr);

    InvitationsModel *model() const { return m_model; }

    /// Why this input cannot be sent (translated), or an empty string when it can.
    static QString validate(const QString &email, const RoleAssignment &roles);

public Q_SLOTS:
    void refresh() override;
    /// Invites email with roles. Returns false (and sends nothing) when
    /// validate() objects; otherwise invitationCreated or commandFailed follows.
    bool invite(const QString &email, const chcloud::RoleAssignment &roles);
    /// Revokes the invitation. Emits invitationRevoked or commandFailed.
    void revoke(const QString &invitationId);

Q_SIGNALS:
    void invitationCreated(const QString &invitationId, const QString &email);
    void invitationRevoked(const QString &invitationId);

protected:
    void clearData() override;

private:
    InvitationsModel *m_model;
};

} // namespace chcloud
