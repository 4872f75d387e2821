#pragma once

#include "viewmodels/RoleChoice.h"

#include <QDialog>

class QDialogButtonBox;

namespace chcloud {

class RolePicker;

/// "Change roles of <member>": the roles to give, the current ones checked.
/// OK stays disabled until at least one role is checked.
class MemberRolesDialog : public QDialog
{
    Q_OBJECT

public:
    /// current: the IDs or names of the member's roles now.
    MemberRolesDialog(const QString &memberName, const QList<RoleChoice> &roles, const QStringList &current,
                      QWidget *parent = nullptr);

    RoleAssignment roles() const;
    RolePicker *rolePicker() const { return m_roles; }

private:
    RolePicker *m_roles;
    QDialogButtonBox *m_buttons;
};

} // namespace chcloud
