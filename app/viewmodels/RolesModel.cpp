#include "RolesModel.h"

namespace chcloud {

RolesModel::RolesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int RolesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_roles.size());
}

int RolesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString RolesModel::policyText(const RolePolicy &policy)
{
    QString effect;
    if (policy.allowDeny == QLatin1String("ALLOW"))
        effect = tr("Allow");
    else if (policy.allowDeny == QLatin1String("DENY"))
        effect = tr("Deny");
    else
        effect = policy.allowDeny.isEmpty() ? tr("(no effect given)") : policy.allowDeny;
    const QString permissions = policy.permissions.isEmpty() ? tr("(no permissions)") : policy.permissions.join(u", ");
    const QString resources = policy.resources.isEmpty() ? tr("(no resources)") : policy.resources.join(u", ");
    QString text = tr("%1 %2 on %3").arg(effect, permissions, resources);
    if (!policy.roleV2.isEmpty())
        text += tr("; SQL console: %1").arg(policy.roleV2);
    if (!policy.grants.isEmpty())
        text += tr("; grants: %1").arg(policy.grants.join(u", "));
    return text;
}

QString RolesModel::typeText(const QString &type)
{
    if (type == QLatin1String("system"))
        return tr("System");
    if (type == QLatin1String("custom"))
        return tr("Custom");
    return type;
}

QStringList RolesModel::holderNames(const Role &role) const
{
    QStringList names;
    names.reserve(role.actors.size());
    for (const QString &actor : role.actors)
        names.append(m_actorNames.value(actor, actor));
    names.sort(Qt::CaseInsensitive);
    return names;
}

QVariant RolesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Role &entry = m_roles.at(index.row());
    switch (role) {
    case RoleIdRole:
        return entry.id;
    case IsCustomRole:
        return entry.type == QLatin1String("custom");
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    // Policies and holders may be long: the tooltip shows them one per line.
    const bool tooltip = role == Qt::ToolTipRole;
    switch (Column(index.column())) {
    case NameColumn:
        return tooltip ? entry.id : entry.name;
    case TypeColumn:
        return tooltip ? QVariant() : QVariant(typeText(entry.type));
    case PoliciesColumn: {
        QStringList texts;
        for (const RolePolicy &policy : entry.policies)
            texts.append(policyText(policy));
        if (texts.isEmpty())
            return tooltip ? QVariant() : QVariant(tr("(no policies)"));
        return texts.join(tooltip ? QStringLiteral("\n") : QStringLiteral(" · "));
    }
    case HoldersColumn: {
        const QStringList names = holderNames(entry);
        if (names.isEmpty())
            return tooltip ? QVariant() : QVariant(tr("nobody"));
        return names.join(tooltip ? QStringLiteral("\n") : QStringLiteral(", "));
    }
    case ColumnCount:
        break;
    }
    return {};
}

QVariant RolesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Role");
    case TypeColumn:
        return tr("Kind");
    case PoliciesColumn:
        return tr("Policies");
    case HoldersColumn:
        return tr("Held by");
    case ColumnCount:
        break;
    }
    return {};
}

void RolesModel::setRoles(QList<Role> roles, QHash<QString, QString> actorNames)
{
    beginResetModel();
    m_roles = std::move(roles);
    m_actorNames = std::move(actorNames);
    endResetModel();
}

int RolesModel::rowOfRole(const QString &roleId) const
{
    for (qsizetype row = 0; row < m_roles.size(); ++row) {
        if (m_roles.at(row).id == roleId)
            return int(row);
    }
    return -1;
}

void RolesModel::upsertRole(const Role &role)
{
    const int row = rowOfRole(role.id);
    if (row >= 0) {
        m_roles[row] = role;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int end = int(m_roles.size());
    beginInsertRows({}, end, end);
    m_roles.append(role);
    endInsertRows();
}

void RolesModel::removeRole(const QString &roleId)
{
    const int row = rowOfRole(roleId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_roles.removeAt(row);
    endRemoveRows();
}

} // namespace chcloud
