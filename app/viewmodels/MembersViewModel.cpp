#include "MembersViewModel.h"

#include "api/CloudApi.h"

namespace chcloud {

MembersViewModel::MembersViewModel(QObject *parent)
    : RemoteViewModel(parent)
    , m_model(new MembersModel(this))
{
}

QList<RoleChoice> MembersViewModel::roleChoices() const
{
    return m_roles.isEmpty() ? RoleChoice::legacyRoles() : m_roles;
}

void MembersViewModel::clearData()
{
    m_model->clear();
    if (!m_roles.isEmpty()) {
        m_roles.clear();
        Q_EMIT roleChoicesChanged();
    }
}

void MembersViewModel::refresh()
{
    CloudApi *cloud = api();
    if (!cloud) {
        beginLoad();
        endLoad(tr("Not signed in."));
        return;
    }
    const quint64 generation = this->generation();
    beginLoad();
    beginLoad();
    track(cloud->memberGetList(
        organizationId(), RequestPriority::Visible, this, [this, generation](ApiResult<json::RowList<Member>> result) {
            if (!isCurrent(generation))
                return;
            if (!result)
                return endLoad(result.error());
            json::RowList<Member> members = std::move(result).value();
            setUnreadable(members.unreadable,
                          tr("%1 of %n members could not be read.", nullptr, int(members.total()))
                              .arg(members.unreadable.size()));
            m_model->setMembers(std::move(members.rows));
            endLoad();
        }));
    track(cloud->organizationRolesGetList(
        organizationId(), RequestPriority::Visible, this, [this, generation](ApiResult<json::RowList<Role>> result) {
            if (!isCurrent(generation))
                return;
            // Without a role list the legacy roles still work: not an error. A role
            // that cannot be read is only not offered.
            m_roles = result ? RoleChoice::fromRoles(result.value().rows) : QList<RoleChoice>();
            Q_EMIT roleChoicesChanged();
            endLoad();
        }));
}

void MembersViewModel::changeRoles(const QString &userId, const RoleAssignment &roles)
{
    CloudApi *cloud = api();
    if (!cloud || roles.isEmpty()) {
        Q_EMIT commandFailed(roles.isEmpty() ? tr("Choose at least one role.") : tr("Not signed in."));
        return;
    }
    MemberUpdateRequest body;
    if (!roles.roleIds.isEmpty())
        body.assignedRoleIds = roles.roleIds;
    else
        body.role = roles.legacyRole;
    const quint64 generation = this->generation();
    track(cloud->memberUpdate(organizationId(), userId, body, RequestPriority::Interactive, this,
                              [this, generation, userId](ApiResult<Member> result) {
                                  if (!isCurrent(generation))
                                      return;
                                  if (!result)
                                      return reportCommandError(result.error());
                                  Member member = std::move(result).value();
                                  if (member.userId.isEmpty())
                                      member.userId = userId;
                                  m_model->updateMember(member);
                                  Q_EMIT memberUpdated(userId);
                              }));
}

void MembersViewModel::removeMember(const QString &userId)
{
    CloudApi *cloud = api();
    if (!cloud) {
        Q_EMIT commandFailed(tr("Not signed in."));
        return;
    }
    const quint64 generation = this->generation();
    track(cloud->memberDelete(organizationId(), userId, RequestPriority::Interactive, this,
                              [this, generation, userId](ApiResult<Nothing> result) {
                                  if (!isCurrent(generation))
                                      return;
                                  if (!result)
                                      return reportCommandError(result.error());
                                  m_model->removeMember(userId);
                                  Q_EMIT memberRemoved(userId);
                              }));
}

} // namespace chcloud
