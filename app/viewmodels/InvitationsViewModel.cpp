#include "InvitationsViewModel.h"

#include "api/CloudApi.h"
#include "domain/Validation.h"

namespace chcloud {

InvitationsViewModel::InvitationsViewModel(QObject *parent)
    : RemoteViewModel(parent)
    , m_model(new InvitationsModel(this))
{
}

void InvitationsViewModel::clearData()
{
    m_model->clear();
}

QString InvitationsViewModel::validate(const QString &email, const RoleAssignment &roles)
{
    const QString problem = validation::email(email.trimmed());
    if (!problem.isEmpty())
        return problem;
    if (roles.isEmpty())
        return tr("Choose at least one role.");
    return {};
}

void InvitationsViewModel::refresh()
{
    CloudApi *cloud = api();
    beginLoad();
    if (!cloud)
        return endLoad(tr("Not signed in."));
    const quint64 generation = this->generation();
    track(cloud->invitationGetList(organizationId(), RequestPriority::Visible, this,
                                   [this, generation](ApiResult<json::RowList<Invitation>> result) {
                                       if (!isCurrent(generation))
                                           return;
                                       if (!result)
                                           return endLoad(result.error());
                                       json::RowList<Invitation> invitations = std::move(result).value();
                                       setUnreadable(invitations.unreadable,
                                                     tr("%1 of %n invitations could not be read.", nullptr,
                                                        int(invitations.total()))
                                                         .arg(invitations.unreadable.size()));
                                       m_model->setInvitations(std::move(invitations.rows));
                                       endLoad();
                                   }));
}

bool InvitationsViewModel::invite(const QString &email, const RoleAssignment &roles)
{
    const QString problem = validate(email, roles);
    if (!problem.isEmpty()) {
        Q_EMIT commandFailed(problem);
        return false;
    }
    CloudApi *cloud = api();
    if (!cloud) {
        Q_EMIT commandFailed(tr("Not signed in."));
        return false;
    }
    InvitationCreateRequest body;
    body.email = email.trimmed();
    if (!roles.roleIds.isEmpty())
        body.assignedRoleIds = roles.roleIds;
    else
        body.role = roles.legacyRole;
    const quint64 generation = this->generation();
    track(cloud->invitationCreate(organizationId(), body, RequestPriority::Interactive, this,
                                  [this, generation](ApiResult<Invitation> result) {
                                      if (!isCurrent(generation))
                                          return;
                                      if (!result)
                                          return reportCommandError(result.error());
                                      const Invitation invitation = std::move(result).value();
                                      m_model->addInvitation(invitation);
                                      Q_EMIT invitationCreated(invitation.id, invitation.email);
                                  }));
    return true;
}

void InvitationsViewModel::revoke(const QString &invitationId)
{
    CloudApi *cloud = api();
    if (!cloud) {
        Q_EMIT commandFailed(tr("Not signed in."));
        return;
    }
    const quint64 generation = this->generation();
    track(cloud->invitationDelete(organizationId(), invitationId, RequestPriority::Interactive, this,
                                  [this, generation, invitationId](ApiResult<Nothing> result) {
                                      if (!isCurrent(generation))
                                          return;
                                      if (!result)
                                          return reportCommandError(result.error());
                                      m_model->removeInvitation(invitationId);
                                      Q_EMIT invitationRevoked(invitationId);
                                  }));
}

} // namespace chcloud
