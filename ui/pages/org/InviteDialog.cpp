#include "InviteDialog.h"

#include "RolePicker.h"
#include "viewmodels/InvitationsViewModel.h"
#include "widgets/StatusColors.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

InviteDialog::InviteDialog(const QList<RoleChoice> &roles, QWidget *parent)
    : QDialog(parent)
    , m_email(new QLineEdit(this))
    , m_roles(new RolePicker(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"inviteDialog"_s);
    setWindowTitle(tr("Invite a Member"));
    m_email->setObjectName(u"inviteEmailEdit"_s);
    m_email->setPlaceholderText(tr("name@example.com"));
    m_roles->setObjectName(u"inviteRolePicker"_s);
    m_problem->setObjectName(u"inviteProblemLabel"_s);
    StatusColors::mark(m_problem, StatusColors::Status::Problem);
    m_problem->setWordWrap(true);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Send Invitation"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"inviteSendButton"_s);

    // A new member gets the least powerful legacy role unless told otherwise.
    const bool legacy = !roles.isEmpty() && roles.first().legacy;
    m_roles->setChoices(roles, legacy ? QStringList { u"developer"_s } : QStringList());
    m_roles->setMaximumHeight(160);

    auto *form = new QFormLayout;
    form->addRow(tr("&E-mail address:"), m_email);
    form->addRow(tr("&Roles:"), m_roles);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("The person receives an e-mail and joins the organization when accepting it. "
                                    "Invitations expire after a while."),
                                 this));
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_email, &QLineEdit::textChanged, this, &InviteDialog::revalidate);
    connect(m_roles, &RolePicker::checkedRolesChanged, this, &InviteDialog::revalidate);
    revalidate();
}

QString InviteDialog::email() const
{
    return m_email->text().trimmed();
}

RoleAssignment InviteDialog::roles() const
{
    return m_roles->assignment();
}

QString InviteDialog::problem() const
{
    return InvitationsViewModel::validate(email(), roles());
}

void InviteDialog::revalidate()
{
    const QString text = problem();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(text.isEmpty());
    // Do not scold an empty field the user has not typed in yet.
    m_problem->setText(m_email->text().isEmpty() ? QString() : text);
}

} // namespace chcloud
