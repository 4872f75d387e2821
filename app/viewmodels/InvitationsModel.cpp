#include "InvitationsModel.h"

#include "CsvWriter.h"
#include "ItemStatus.h"
#include "OrgTableText.h"

namespace chcloud {

InvitationsModel::InvitationsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int InvitationsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_invitations.size());
}

int InvitationsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvitationsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Invitation &invitation = m_invitations.at(index.row());
    const bool expired = invitation.expireAt.isValid() && invitation.expireAt <= QDateTime::currentDateTimeUtc();
    if (role == InvitationIdRole)
        return invitation.id;
    if (role == ExpiredRole)
        return expired;
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case EmailColumn:
            return invitation.email;
        case RolesColumn:
            return orgtext::rolesText(invitation.assignedRoles, invitation.role);
        case CreatedColumn:
            return orgtext::dateTimeText(invitation.createdAt);
        case ExpiresColumn:
            return expired ? tr("%1 (expired)").arg(orgtext::dateTimeText(invitation.expireAt))
                           : orgtext::dateTimeText(invitation.expireAt);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        if (column == CreatedColumn)
            return invitation.createdAt.toMSecsSinceEpoch();
        if (column == ExpiresColumn)
            return invitation.expireAt.toMSecsSinceEpoch();
        return data(index, Qt::DisplayRole).toString().toCaseFolded();
    case CsvWriter::ExportRole:
        if (column == CreatedColumn)
            return orgtext::dateTimeIso(invitation.createdAt);
        if (column == ExpiresColumn)
            return orgtext::dateTimeIso(invitation.expireAt);
        break;
    case ItemStatusRole:
        // The view picks the colour for the palette it draws on.
        if (column == ExpiresColumn && expired)
            return int(ItemStatus::Problem);
        break;
    case Qt::ToolTipRole:
        if (column == CreatedColumn)
            return orgtext::dateTimeIso(invitation.createdAt);
        if (column == ExpiresColumn)
            return orgtext::dateTimeIso(invitation.expireAt);
        break;
    default:
        break;
    }
    return {};
}

QVariant InvitationsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case EmailColumn:
        return tr("E-mail");
    case RolesColumn:
        return tr("Roles");
    case CreatedColumn:
        return tr("Invited");
    case ExpiresColumn:
        return tr("Expires");
    case ColumnCount:
        break;
    }
    return {};
}

void InvitationsModel::setInvitations(QList<Invitation> invitations)
{
    beginResetModel();
    m_invitations = std::move(invitations);
    endResetModel();
}

void InvitationsModel::addInvitation(const Invitation &invitation)
{
    const int row = int(m_invitations.size());
    beginInsertRows({}, row, row);
    m_invitations.append(invitation);
    endInsertRows();
}

bool InvitationsModel::removeInvitation(const QString &invitationId)
{
    const int row = rowOf(invitationId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_invitations.removeAt(row);
    endRemoveRows();
    return true;
}

void InvitationsModel::clear()
{
    setInvitations({});
}

int InvitationsModel::rowOf(const QString &invitationId) const
{
    for (qsizetype i = 0; i < m_invitations.size(); ++i) {
        if (m_invitations.at(i).id == invitationId)
            return int(i);
    }
    return -1;
}

const Invitation *InvitationsModel::invitationAt(int row) const
{
    return row >= 0 && row < m_invitations.size() ? &m_invitations.at(row) : nullptr;
}

} // namespace chcloud
