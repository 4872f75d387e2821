#pragma once

#include "domain/Member.h"

#include <QAbstractTableModel>
#include <QList>

namespace chcloud {

/// Pending invitations as a table: e-mail, roles, created, expires. A new
/// invitation is inserted as one row and a revoked one removed as one row.
class InvitationsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { EmailColumn, RolesColumn, CreatedColumn, ExpiresColumn, ColumnCount };
    Q_ENUM(Column)

    enum ItemRole {
        InvitationIdRole = Qt::UserRole + 1, ///< Invitation.id (QString)
        SortRole, ///< a value that sorts the column (dates as milliseconds)
        ExpiredRole, ///< bool: expireAt has passed
        // The Expires cell of an expired invitation also answers ItemStatusRole (ItemStatus::Problem).
    };

    explicit InvitationsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setInvitations(QList<Invitation> invitations);
    /// Appends one row.
    void addInvitation(const Invitation &invitation);
    /// Removes the invitation's row; false when there is none.
    bool removeInvitation(const QString &invitationId);
    void clear();

    const QList<Invitation> &invitations() const { return m_invitations; }
    int rowOf(const QString &invitationId) const;
    const Invitation *invitationAt(int row) const;

private:
    QList<Invitation> m_invitations;
};

} // namespace chcloud
