#pragma once

#include "domain/Member.h"

#include <QAbstractTableModel>
#include <QList>

namespace chcloud {

/// The organization's members as a table: name, e-mail, roles, joined.
/// A load replaces every row in one reset; a removal or a role change touches
/// only its row, so views keep their selection and scroll position.
class MembersModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, EmailColumn, RolesColumn, JoinedColumn, ColumnCount };
    Q_ENUM(Column)

    enum ItemRole {
        UserIdRole = Qt::UserRole + 1, ///< Member.userId (QString)
        SortRole, ///< a value that sorts the column (dates as milliseconds)
    };

    explicit MembersModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setMembers(QList<Member> members);
    /// Replaces the member with the same userId; false when there is none.
    bool updateMember(const Member &member);
    /// Removes the member's row; false when there is none.
    bool removeMember(const QString &userId);
    void clear();

    const QList<Member> &members() const { return m_members; }
    /// -1 when absent.
    int rowOf(const QString &userId) const;
    const Member *memberAt(int row) const;

private:
    QList<Member> m_members;
};

} // namespace chcloud
