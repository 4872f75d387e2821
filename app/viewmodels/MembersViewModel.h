#pragma once

#include "MembersModel.h"
#include "RemoteViewModel.h"
#include "RoleChoice.h"

#include <QList>

namespace chcloud {

/// The organization's members and the roles they can be given, with the two
/// commands on a member: change roles and remove. Loads run at visible
/// priority, commands at interactive priority; a command touches only its
/// row (a removal is one beginRemoveRows, a role change one dataChanged).
class MembersViewModel : public RemoteViewModel
{
    Q_OBJECT

public:
    explicit MembersViewModel(QObject *parent = nullptr);

    MembersModel *model() const { return m_model; }
    /// The roles to choose from: the organization's roles once listed, else the
    /// legacy Admin/Developer (also when the roles list failed: it is optional).
    QList<RoleChoice> roleChoices() const;
    /// True when the organization lists roles of its own (custom-role model).
    bool hasRoleList() const { return !m_roles.isEmpty(); }

public Q_SLOTS:
    /// Lists members and roles.
    void refresh() override;
    /// Gives the member exactly these roles. Emits memberUpdated or commandFailed.
    void changeRoles(const QString &userId, const chcloud::RoleAssignment &roles);
    /// Removes the member from the organization. Emits memberRemoved or commandFailed.
    void removeMember(const QString &userId);

Q_SIGNALS:
    void memberUpdated(const QString &userId);
    void memberRemoved(const QString &userId);
    void roleChoicesChanged();

protected:
    void clearData() override;

private:
    MembersModel *m_model;
    QList<RoleChoice> m_roles;
};

} // namespace chcloud
