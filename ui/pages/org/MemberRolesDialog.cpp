#include "MemberRolesDialog.h"

#include "RolePicker.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

MemberRolesDialog::MemberRolesDialog(const QString &memberName, const QList<RoleChoice> &choices,
                                     const QStringList &current, QWidget *parent)
    : QDialog(parent)
    , m_roles(new RolePicker(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"memberRolesDialog"_s);
    setWindowTitle(tr("Change Roles"));
    m_roles->setObjectName(u"memberRolePicker"_s);
    m_roles->setChoices(choices, current);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Change Roles"));
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(u"memberRolesApplyButton"_s);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Roles of <b>%1</b> in this organization:").arg(memberName.toHtmlEscaped()), this);
    intro->setTextFormat(Qt::RichText);
    layout->addWidget(intro);
    layout->addWidget(m_roles);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!roles().isEmpty());
    };
    connect(m_roles, &RolePicker::checkedRolesChanged, this, update);
    update();
}

RoleAssignment MemberRolesDialog::roles() const
{
    return m_roles->assignment();
}

} // namespace chcloud
