#pragma once

#include "viewmodels/RoleChoice.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace chcloud {

class RolePicker;

/// "Invite a member": an e-mail address and the roles the person will get.
/// The address is checked as it is typed (InvitationsViewModel::validate), and
/// the dialog cannot be accepted until address and roles are acceptable.
class InviteDialog : public QDialog
{
    Q_OBJECT

public:
    explicit InviteDialog(const QList<RoleChoice> &roles, QWidget *parent = nullptr);

    QString email() const;
    RoleAssignment roles() const;
    /// The current objection, empty when the input can be sent.
    QString problem() const;

    QLineEdit *emailEdit() const { return m_email; }
    RolePicker *rolePicker() const { return m_roles; }

private:
    void revalidate();

    QLineEdit *m_email;
    RolePicker *m_roles;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace chcloud
