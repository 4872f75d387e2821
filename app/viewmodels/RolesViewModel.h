#pragma once

#include "MutationCommand.h"
#include "RemoteViewModel.h"
#include "RoleHoldersUpdate.h"
#include "RolesModel.h"
#include "domain/ApiKey.h"
#include "domain/Member.h"
#include "domain/RoleRequests.h"

#include <optional>

namespace chcloud {

/// One change of a custom role sent on behalf of the user (create, update,
/// delete). It ends like every mutation (see MutationCommand); a change the app
/// refuses itself (a system role) ends with a validation error, the server unasked.
class RoleCommand : public MutationCommand
{
    Q_OBJECT

public:
    enum class Kind { Create, Update, Delete };
    Q_ENUM(Kind)

    RoleCommand(Kind kind, QString roleId, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    /// The role concerned; for Create, set once it exists.
    QString roleId() const { return m_roleId; }

    void finishWithSuccess(const QString &roleId);

private:
    Kind m_kind;
    QString m_roleId;
};

/// The organization's system and custom roles with their policies and holders.
/// A refresh asks for three lists at once (roles, members, API keys: no more
/// requests however many roles there are) and shows the roles when all three
/// have answered; without the members or keys a holder keeps its id.
///
/// Custom roles are created, changed and deleted here at interactive priority;
/// each change answers with a RoleCommand and, on success, the table follows at
/// once. System roles belong to ClickHouse Cloud: commands on them end with an
/// error without asking the server.
class RolesViewModel : public RemoteViewModel
{
    Q_OBJECT

public:
    explicit RolesViewModel(QObject *parent = nullptr);

    RolesModel *model() const { return m_model; }

    /// The listed role with this id, if any.
    std::optional<Role> role(const QString &roleId) const;
    /// True for a listed custom role; system roles and unknown ids are not editable.
    bool isEditable(const QString &roleId) const;
    /// Why a system role cannot be changed, in one sentence.
    static QString systemRoleText();

    /// The permissions to choose from: those the API document names and those the
    /// listed roles already use, sorted.
    QStringList permissionChoices() const;

    /// The first objection to sending `draft` (name, policies, each policy's
    /// permissions and resources), or an empty string. `ownId` is the role being
    /// edited, so its own name is not taken for a duplicate.
    QString validate(const RoleCreateRequest &draft, const QString &ownId = {}) const;

    /// Creates a custom role. The draft is checked with validate() first.
    RoleCommand *createRole(const RoleCreateRequest &request);
    /// Changes what `request` sets of a custom role.
    RoleCommand *updateRole(const QString &roleId, const RoleUpdateRequest &request);
    /// Deletes a custom role; whoever held it loses it.
    RoleCommand *deleteRole(const QString &roleId);

    /// Every listed member and API key, members first, each by name, and whether it
    /// holds the role now.
    QList<RoleHolder> holders(const QString &roleId) const;
    /// The first objection to giving the role to exactly those of `wanted` whose
    /// `holds` is set (and taking it from the others), or an empty string.
    QString validateHolders(const QString &roleId, const QList<RoleHolder> &wanted) const;
    /// True when some of `wanted` differs from who holds the role now.
    bool changesHolders(const QString &roleId, const QList<RoleHolder> &wanted) const;
    /// Sends one update per member or key whose holding changes (interactive
    /// priority): the key's or member's assignedRoleIds with the role added or
    /// removed. Checked with validateHolders() first. Each holder succeeds or fails
    /// on its own (see RoleHoldersUpdate); once all have answered, the roles are
    /// listed again so the table shows what the server has.
    RoleHoldersUpdate *assignRole(const QString &roleId, const QList<RoleHolder> &wanted);

public Q_SLOTS:
    void refresh() override;

Q_SIGNALS:
    void rolesChanged();

protected:
    void clearData() override;

private:
    void showWhenComplete();
    RoleCommand *startCommand(RoleCommand::Kind kind, const QString &roleId);

    RolesModel *m_model;
    int m_waiting = 0;
    std::optional<QList<Role>> m_roles;
    QList<Member> m_members;
    QList<ApiKey> m_keys;
};

} // namespace chcloud
