#include "RolesViewModel.h"

#include "api/CloudApi.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <utility>

namespace chcloud {

// --- RoleCommand ---------------------------------------------------------------

RoleCommand::RoleCommand(Kind kind, QString roleId, QObject *parent)
    : MutationCommand(parent)
    , m_kind(kind)
    , m_roleId(std::move(roleId))
{
}

void RoleCommand::finishWithSuccess(const QString &roleId)
{
    if (isFinished())
        return;
    if (!roleId.isEmpty())
        m_roleId = roleId;
    endWithSuccess();
}

// --- RolesViewModel ------------------------------------------------------------

RolesViewModel::RolesViewModel(QObject *parent)
    : RemoteViewModel(parent)
    , m_model(new RolesModel(this))
{
}

void RolesViewModel::clearData()
{
    m_waiting = 0;
    m_roles.reset();
    m_members.clear();
    m_keys.clear();
    m_model->setRoles({}, {});
    Q_EMIT rolesChanged();
}

void RolesViewModel::refresh()
{
    CloudApi *cloud = api();
    if (!cloud) {
        beginLoad();
        endLoad(tr("Not signed in."));
        return;
    }
    const quint64 generation = this->generation();
    m_waiting = 3;
    m_roles.reset();
    m_members.clear();
    m_keys.clear();
    beginLoad();
    beginLoad();
    beginLoad();
    track(cloud->organizationRolesGetList(organizationId(), RequestPriority::Visible, this,
                                          [this, generation](ApiResult<json::RowList<Role>> result) {
                                              if (!isCurrent(generation))
                                                  return;
                                              std::optional<ApiError> error;
                                              if (result)
                                                  m_roles = std::move(result).value().rows;
                                              else
                                                  error = result.error();
                                              --m_waiting;
                                              showWhenComplete();
                                              if (error)
                                                  endLoad(*error);
                                              else
                                                  endLoad();
                                          }));
    // The names of the holders: their absence is not an error, the ids still show.
    track(cloud->memberGetList(organizationId(), RequestPriority::Visible, this,
                               [this, generation](ApiResult<json::RowList<Member>> result) {
                                   if (!isCurrent(generation))
                                       return;
                                   if (result)
                                       m_members = std::move(result).value().rows;
                                   --m_waiting;
                                   showWhenComplete();
                                   endLoad();
                               }));
    track(cloud->openapiKeyGetList(organizationId(), RequestPriority::Visible, this,
                                   [this, generation](ApiResult<json::RowList<ApiKey>> result) {
                                       if (!isCurrent(generation))
                                           return;
                                       if (result)
                                           m_keys = std::move(result).value().rows;
                                       --m_waiting;
                                       showWhenComplete();
                                       endLoad();
                                   }));
}

void RolesViewModel::showWhenComplete()
{
    if (m_waiting > 0 || !m_roles)
        return;
    QHash<QString, QString> names;
    for (const Member &member : std::as_const(m_members))
        names.insert(QStringLiteral("user/") + member.userId, member.name.isEmpty() ? member.email : member.name);
    for (const ApiKey &key : std::as_const(m_keys))
        names.insert(QStringLiteral("apiKey/") + key.id, tr("API key %1").arg(key.name));
    m_model->setRoles(*m_roles, names);
    Q_EMIT rolesChanged();
}

std::optional<Role> RolesViewModel::role(const QString &roleId) const
{
    const int row = m_model->rowOfRole(roleId);
    if (row < 0)
        return std::nullopt;
    return m_model->roles().at(row);
}

bool RolesViewModel::isEditable(const QString &roleId) const
{
    const std::optional<Role> found = role(roleId);
    return found && !found->isSystem();
}

QString RolesViewModel::systemRoleText()
{
    return tr("System roles are defined by ClickHouse Cloud and cannot be changed or deleted.");
}

QStringList RolesViewModel::permissionChoices() const
{
    QSet<QString> seen(rbac::documentedPermissions().cbegin(), rbac::documentedPermissions().cend());
    for (const Role &entry : m_model->roles()) {
        for (const RolePolicy &policy : entry.policies) {
            for (const QString &permission : policy.permissions) {
                if (rbac::isWellFormedPermission(permission))
                    seen.insert(permission);
            }
        }
    }
    QStringList choices(seen.cbegin(), seen.cend());
    choices.sort();
    return choices;
}

QString RolesViewModel::validate(const RoleCreateRequest &draft, const QString &ownId) const
{
    const QString name = draft.name.trimmed();
    if (name.isEmpty())
        return tr("Give the role a name.");
    if (name.size() > 255)
        return tr("The name is too long: at most 255 characters.");
    for (const Role &entry : m_model->roles()) {
        if (entry.id != ownId && entry.name.compare(name, Qt::CaseInsensitive) == 0)
            return tr("A role named “%1” already exists.").arg(entry.name);
    }
    if (draft.policies.isEmpty())
        return tr("Add at least one policy: a role without one grants nothing.");
    for (qsizetype i = 0; i < draft.policies.size(); ++i) {
        const RolePolicyRequest &policy = draft.policies.at(i);
        const int number = int(i) + 1;
        if (policy.allowDeny != QLatin1String("ALLOW") && policy.allowDeny != QLatin1String("DENY"))
            return tr("Policy %1: choose Allow or Deny.").arg(number);
        if (policy.permissions.isEmpty())
            return tr("Policy %1: choose at least one permission.").arg(number);
        for (const QString &permission : policy.permissions) {
            if (!rbac::isWellFormedPermission(permission))
                return tr("Policy %1: “%2” is not a permission.").arg(number).arg(permission);
        }
        if (policy.resources.isEmpty())
            return tr("Policy %1: name at least one resource, such as organization/* or instance/*.").arg(number);
        for (const QString &resource : policy.resources) {
            if (!rbac::isWellFormedResource(resource))
                return tr("Policy %1: “%2” is not a resource; write organization/*, instance/* or "
                          "instance/<service id>.")
                    .arg(number)
                    .arg(resource);
        }
    }
    return {};
}

RoleCommand *RolesViewModel::startCommand(RoleCommand::Kind kind, const QString &roleId)
{
    return new RoleCommand(kind, roleId, this);
}

RoleCommand *RolesViewModel::createRole(const RoleCreateRequest &request)
{
    RoleCommand *command = startCommand(RoleCommand::Kind::Create, {});
    CloudApi *cloud = api();
    if (!cloud) {
        command->finishWithError(ApiError::cancelled());
        return command;
    }
    if (const QString problem = validate(request); !problem.isEmpty()) {
        command->finishWithValidationError(problem);
        return command;
    }
    RoleCreateRequest body = request;
    body.name = body.name.trimmed();
    track(cloud->organizationRolePost(organizationId(), body, RequestPriority::Interactive, command,
                                      [this, command, generation = generation()](ApiResult<Role> result) {
                                          if (!result) {
                                              command->finishWithError(result.error());
                                              return;
                                          }
                                          if (isCurrent(generation)) {
                                              m_model->upsertRole(result.value());
                                              Q_EMIT rolesChanged();
                                          }
                                          command->finishWithSuccess(result->id);
                                      }));
    return command;
}

RoleCommand *RolesViewModel::updateRole(const QString &roleId, const RoleUpdateRequest &request)
{
    RoleCommand *command = startCommand(RoleCommand::Kind::Update, roleId);
    CloudApi *cloud = api();
    if (!cloud) {
        command->finishWithError(ApiError::cancelled());
        return command;
    }
    if (const std::optional<Role> current = role(roleId); current && current->isSystem()) {
        command->finishWithValidationError(systemRoleText());
        return command;
    }
    RoleUpdateRequest body = request;
    if (body.name)
        body.name = body.name->trimmed();
    track(cloud->organizationRolePatch(organizationId(), roleId, body, RequestPriority::Interactive, command,
                                       [this, command, roleId, generation = generation()](ApiResult<Role> result) {
                                           const bool current = isCurrent(generation);
                                           if (!result) {
                                               // Deleted meanwhile: the row goes, the message stays.
                                               if (current && result.error().kind == ApiErrorKind::NotFound) {
                                                   m_model->removeRole(roleId);
                                                   Q_EMIT rolesChanged();
                                               }
                                               command->finishWithError(result.error());
                                               return;
                                           }
                                           if (current) {
                                               m_model->upsertRole(result.value());
                                               Q_EMIT rolesChanged();
                                           }
                                           command->finishWithSuccess(roleId);
                                       }));
    return command;
}

RoleCommand *RolesViewModel::deleteRole(const QString &roleId)
{
    RoleCommand *command = startCommand(RoleCommand::Kind::Delete, roleId);
    CloudApi *cloud = api();
    if (!cloud) {
        command->finishWithError(ApiError::cancelled());
        return command;
    }
    if (const std::optional<Role> current = role(roleId); current && current->isSystem()) {
        command->finishWithValidationError(systemRoleText());
        return command;
    }
    track(cloud->organizationRoleDelete(organizationId(), roleId, RequestPriority::Interactive, command,
                                        [this, command, roleId, generation = generation()](ApiResult<Nothing> result) {
                                            // Already gone counts as gone for the table, but the user hears about it.
                                            if (isCurrent(generation)
                                                && (result || result.error().kind == ApiErrorKind::NotFound)) {
                                                m_model->removeRole(roleId);
                                                Q_EMIT rolesChanged();
                                            }
                                            if (result)
                                                command->finishWithSuccess(roleId);
                                            else
                                                command->finishWithError(result.error());
                                        }));
    return command;
}

// --- Who holds a role ----------------------------------------------------------

QList<RoleHolder> RolesViewModel::holders(const QString &roleId) const
{
    QList<RoleHolder> list;
    const auto idsOf = [](const QList<AssignedRole> &roles) {
        QStringList ids;
        for (const AssignedRole &r : roles)
            ids.append(r.roleId);
        return ids;
    };
    for (const Member &member : m_members) {
        RoleHolder holder;
        holder.kind = RoleHolder::Kind::Member;
        holder.id = member.userId;
        holder.name = member.name.isEmpty() ? member.email : member.name;
        holder.assignedRoleIds = idsOf(member.assignedRoles);
        holder.holds = holder.assignedRoleIds.contains(roleId);
        list.append(holder);
    }
    for (const ApiKey &key : m_keys) {
        RoleHolder holder;
        holder.kind = RoleHolder::Kind::ApiKey;
        holder.id = key.id;
        holder.name = key.name;
        holder.assignedRoleIds = idsOf(key.assignedRoles);
        holder.holds = holder.assignedRoleIds.contains(roleId);
        list.append(holder);
    }
    return list;
}

QString RolesViewModel::validateHolders(const QString &roleId, const QList<RoleHolder> &wanted) const
{
    if (!role(roleId))
        return tr("The role is no longer listed. Refresh and try again.");
    const QList<RoleHolder> now = holders(roleId);
    bool changes = false;
    for (const RoleHolder &want : wanted) {
        const auto current = std::find_if(
            now.cbegin(), now.cend(), [&want](const RoleHolder &h) { return h.kind == want.kind && h.id == want.id; });
        if (current == now.cend())
            return tr("%1 is no longer listed. Refresh and try again.").arg(want.name);
        if (current->holds == want.holds)
            continue;
        changes = true;
        if (!want.holds && current->assignedRoleIds.size() <= 1)
            return tr("%1 would be left without any role. Give it another role first.").arg(current->name);
        if (want.holds && current->assignedRoleIds.isEmpty()) {
            // Only legacy roles: sending role IDs would replace them unseen.
            return tr("%1 has only a legacy role; change its roles on its own page.").arg(current->name);
        }
    }
    if (!changes)
        return tr("Nothing to change.");
    return {};
}

bool RolesViewModel::changesHolders(const QString &roleId, const QList<RoleHolder> &wanted) const
{
    const QList<RoleHolder> now = holders(roleId);
    return std::any_of(wanted.cbegin(), wanted.cend(), [&now](const RoleHolder &want) {
        const auto current = std::find_if(
            now.cbegin(), now.cend(), [&want](const RoleHolder &h) { return h.kind == want.kind && h.id == want.id; });
        return current == now.cend() || current->holds != want.holds;
    });
}

RoleHoldersUpdate *RolesViewModel::assignRole(const QString &roleId, const QList<RoleHolder> &wanted)
{
    auto *update = new RoleHoldersUpdate(roleId, this);
    CloudApi *cloud = api();
    if (!cloud) {
        update->refuse(tr("Not signed in."));
        return update;
    }
    const QString objection = validateHolders(roleId, wanted);
    if (!objection.isEmpty()) {
        update->refuse(objection);
        return update;
    }
    const quint64 generation = this->generation();
    const QList<RoleHolder> now = holders(roleId);
    for (const RoleHolder &want : wanted) {
        const auto current = std::find_if(
            now.cbegin(), now.cend(), [&want](const RoleHolder &h) { return h.kind == want.kind && h.id == want.id; });
        if (current == now.cend() || current->holds == want.holds)
            continue;
        QStringList ids = current->assignedRoleIds;
        if (want.holds)
            ids.append(roleId);
        else
            ids.removeAll(roleId);
        const int index = update->expect(*current, want.holds);
        const auto settle = [update, index](const std::optional<ApiError> &error) {
            update->settle(index, !error, error ? error->displayText() : QString());
        };
        if (current->kind == RoleHolder::Kind::ApiKey) {
            ApiKeyUpdateRequest request;
            request.assignedRoleIds = ids;
            track(cloud->openapiKeyUpdate(organizationId(), current->id, request, RequestPriority::Interactive, update,
                                          [settle](ApiResult<ApiKey> result) {
                                              settle(result ? std::nullopt : std::optional<ApiError>(result.error()));
                                          }));
        } else {
            MemberUpdateRequest request;
            request.assignedRoleIds = ids;
            track(cloud->memberUpdate(organizationId(), current->id, request, RequestPriority::Interactive, update,
                                      [settle](ApiResult<Member> result) {
                                          settle(result ? std::nullopt : std::optional<ApiError>(result.error()));
                                      }));
        }
    }
    connect(update, &RoleHoldersUpdate::finished, this, [this, generation] {
        if (isCurrent(generation))
            refresh();
    });
    update->sealed();
    return update;
}

} // namespace chcloud
