#include "MembersModel.h"

#include "CsvWriter.h"
#include "OrgTableText.h"

namespace chcloud {

MembersModel::MembersModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

int MembersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_members.size());
}

int MembersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MembersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Member &member = m_members.at(index.row());
    if (role == UserIdRole)
        return member.userId;
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case NameColumn:
            return member.name.isEmpty() ? member.userId : member.name;
        case EmailColumn:
            return member.email;
        case RolesColumn:
            return orgtext::rolesText(member.assignedRoles, member.role);
        case JoinedColumn:
            return orgtext::dateTimeText(member.joinedAt);
        case ColumnCount:
            break;
        }
        break;
    case SortRole:
        if (column == JoinedColumn)
            return member.joinedAt.toMSecsSinceEpoch();
        return data(index, Qt::DisplayRole).toString().toCaseFolded();
    case CsvWriter::ExportRole:
        if (column == JoinedColumn)
            return orgtext::dateTimeIso(member.joinedAt);
        break;
    case Qt::ToolTipRole:
        if (column == NameColumn)
            return tr("User ID: %1").arg(member.userId);
        if (column == JoinedColumn)
            return orgtext::dateTimeIso(member.joinedAt);
        break;
    default:
        break;
    }
    return {};
}

QVariant MembersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case RolesColumn:
        return tr("Roles");
    case JoinedColumn:
        return tr("Joined");
    case ColumnCount:
        break;
    }
    return {};
}

void MembersModel::setMembers(QList<Member> members)
{
    beginResetModel();
    m_members = std::move(members);
    endResetModel();
}

bool MembersModel::updateMember(const Member &member)
{
    const int row = rowOf(member.userId);
    if (row < 0)
        return false;
    m_members[row] = member;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
    return true;
}

bool MembersModel::removeMember(const QString &userId)
{
    const int row = rowOf(userId);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_members.removeAt(row);
    endRemoveRows();
    return true;
}

void MembersModel::clear()
{
    setMembers({});
}

int MembersModel::rowOf(const QString &userId) const
{
    for (qsizetype i = 0; i < m_members.size(); ++i) {
        if (m_members.at(i).userId == userId)
            return int(i);
    }
    return -1;
}

const Member *MembersModel::memberAt(int row) const
{
    return row >= 0 && row < m_members.size() ? &m_members.at(row) : nullptr;
}

} // namespace chcloud
