#include "RolesPanel.h"

#include "RoleEditorDialog.h"
#include "RoleHoldersDialog.h"
#include "viewmodels/RolesViewModel.h"
#include "widgets/IsolatingItemDelegate.h"
#include "widgets/Prompter.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

RolesPanel::RolesPanel(RolesViewModel *viewModel, QWidget *parent)
    : QGroupBox(tr("Roles"), parent)
    , m_viewModel(viewModel)
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
    , m_selectionNote(new QLabel(this))
    , m_new(new QPushButton(tr("New Role…"), this))
    , m_edit(new QPushButton(tr("Edit…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_assign(new QPushButton(tr("Assign…"), this))
{
    setObjectName(u"rolesPanel"_s);
    m_table->setObjectName(u"rolesTable"_s);
    m_table->setModel(viewModel->model());
    IsolatingItemDelegate::install(m_table);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(RolesModel::NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RolesModel::TypeColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(RolesModel::PoliciesColumn, 520);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(140);
    m_table->setAccessibleName(tr("Roles"));
    m_status->setObjectName(u"rolesStatus"_s);
    m_status->setTextFormat(Qt::PlainText); // the error text may carry the server's words
    m_status->setWordWrap(true);
    m_selectionNote->setObjectName(u"rolesSelectionNote"_s);
    m_selectionNote->setWordWrap(true);
    m_new->setObjectName(u"rolesNewButton"_s);
    m_edit->setObjectName(u"rolesEditButton"_s);
    m_delete->setObjectName(u"rolesDeleteButton"_s);
    m_assign->setObjectName(u"rolesAssignButton"_s);
    m_new->setToolTip(tr("Create a custom role with its own policies"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_new);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_delete);
    buttons->addWidget(m_assign);
    buttons->addWidget(m_selectionNote, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addWidget(m_table, 1);

    connect(m_new, &QPushButton::clicked, this, &RolesPanel::newRole);
    connect(m_edit, &QPushButton::clicked, this, &RolesPanel::editSelectedRole);
    connect(m_delete, &QPushButton::clicked, this, &RolesPanel::deleteSelectedRole);
    connect(m_assign, &QPushButton::clicked, this, &RolesPanel::assignSelectedRole);
    connect(m_table, &QTableView::doubleClicked, this, [this] {
        if (m_viewModel->isEditable(selectedRoleId()))
            editSelectedRole();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RolesPanel::updateState);
    connect(viewModel->model(), &QAbstractItemModel::modelReset, this, &RolesPanel::updateState);
    connect(viewModel->model(), &QAbstractItemModel::dataChanged, this, &RolesPanel::updateState);
    connect(viewModel, &RemoteViewModel::busyChanged, this, &RolesPanel::updateState);
    connect(viewModel, &RemoteViewModel::errorChanged, this, &RolesPanel::updateState);
    connect(viewModel, &RemoteViewModel::loadedChanged, this, &RolesPanel::updateState);
    connect(viewModel, &RolesViewModel::rolesChanged, this, &RolesPanel::updateState);
    updateState();
}

QString RolesPanel::selectedRoleId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.constFirst().data(RolesModel::RoleIdRole).toString();
}

void RolesPanel::updateState()
{
    QString text;
    if (!m_viewModel->errorText().isEmpty())
        text = tr("Could not load the roles: %1").arg(m_viewModel->errorText());
    else if (m_viewModel->isBusy() && m_viewModel->model()->rowCount() == 0)
        text = tr("Loading roles…");
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());

    const QString roleId = selectedRoleId();
    const std::optional<Role> role = m_viewModel->role(roleId);
    const bool signedIn = m_viewModel->session() != nullptr;
    const bool editable = signedIn && role && !role->isSystem() && !m_deleting;
    m_new->setEnabled(signedIn && m_viewModel->isLoaded());
    m_edit->setEnabled(editable);
    m_delete->setEnabled(editable);
    const QString note = role && role->isSystem() ? RolesViewModel::systemRoleText() : QString();
    m_selectionNote->setText(note);
    const QString why = note.isEmpty() && !role ? tr("Select a custom role first.") : note;
    m_edit->setToolTip(editable ? tr("Change the name and policies of the selected role") : why);
    m_delete->setToolTip(editable ? tr("Delete the selected role; whoever holds it loses it") : why);
    // System roles are given and taken like custom ones; only their policies are fixed.
    m_assign->setEnabled(signedIn && role && !m_deleting && !m_viewModel->isBusy());
    m_assign->setToolTip(role ? tr("Choose which members and API keys hold the selected role")
                              : tr("Select a role first."));
}

void RolesPanel::newRole()
{
    auto *dialog = new RoleEditorDialog(m_viewModel, std::nullopt, this);
    Prompter::instance()->execDialog(dialog);
    delete dialog;
}

void RolesPanel::editSelectedRole()
{
    const std::optional<Role> role = m_viewModel->role(selectedRoleId());
    if (!role || role->isSystem())
        return;
    auto *dialog = new RoleEditorDialog(m_viewModel, role, this);
    Prompter::instance()->execDialog(dialog);
    delete dialog;
}

void RolesPanel::deleteSelectedRole()
{
    const std::optional<Role> role = m_viewModel->role(selectedRoleId());
    if (!role || role->isSystem() || m_deleting)
        return;
    const int holders = int(role->actors.size());
    const QString consequence = holders == 0
        ? tr("Nobody holds it.")
        : tr("%n member(s) or API key(s) hold it and will lose what it grants.", nullptr, holders);
    if (!Prompter::instance()->confirm(this, tr("Delete Role"),
                                       tr("Delete the role “%1”? %2").arg(role->name, consequence), tr("Delete Role"),
                                       u"confirmDeleteRole"_s))
        return;
    m_deleting = m_viewModel->deleteRole(role->id);
    connect(m_deleting, &RoleCommand::finished, this, &RolesPanel::deleteFinished);
    updateState();
}

void RolesPanel::assignSelectedRole()
{
    const std::optional<Role> role = m_viewModel->role(selectedRoleId());
    if (!role)
        return;
    auto *dialog = new RoleHoldersDialog(m_viewModel, role->id, this);
    Prompter::instance()->execDialog(dialog);
    delete dialog;
}

void RolesPanel::deleteFinished()
{
    const auto *command = qobject_cast<RoleCommand *>(sender());
    m_deleting = nullptr;
    updateState();
    if (command && !command->errorText().isEmpty())
        Prompter::instance()->warn(this, tr("Delete Role"),
                                   tr("The role was not deleted: %1").arg(command->errorText()), u"roleDeleteFailed"_s);
}

} // namespace chcloud
