#pragma once

#include "domain/Role.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace chcloud {

/// The organization's roles as a table: name, system or custom, each policy in
/// words ("Allow control-plane:service:view on instance/*"), and who holds the
/// role (members and API keys by name; an actor the app cannot name keeps its id).
class RolesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, TypeColumn, PoliciesColumn, HoldersColumn, ColumnCount };
    Q_ENUM(Column)

    enum ItemRole {
        RoleIdRole = Qt::UserRole + 1, ///< QString
        IsCustomRole, ///< bool
    };
    Q_ENUM(ItemRole)

    explicit RolesModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// actorNames: "user/<id>" and "apiKey/<id>" → what to show for them.
    void setRoles(QList<Role> roles, QHash<QString, QString> actorNames);
    const QList<Role> &roles() const { return m_roles; }
    int rowOfRole(const QString &roleId) const;
    /// Replaces the row of role.id, or appends one for a new role.
    void upsertRole(const Role &role);
    /// Drops the row of roleId, if there is one.
    void removeRole(const QString &roleId);

    /// "Allow control-plane:service:view on instance/*" (plus SQL console role and grants when present).
    static QString policyText(const RolePolicy &policy);
    /// "System", "Custom", or the raw type.
    static QString typeText(const QString &type);
    /// The holders of role by name, sorted.
    QStringList holderNames(const Role &role) const;

private:
    QList<Role> m_roles;
    QHash<QString, QString> m_actorNames;
};

} // namespace chcloud
