#include "RoleHoldersDialog.h"

#include "domain/DisplayText.h"
#include "viewmodels/RolesViewModel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

constexpr int kKindRole = Qt::UserRole + 1;
constexpr int kIdRole = Qt::UserRole + 2;
constexpr int kRoleIdsRole = Qt::UserRole + 3;
constexpr int kNameRole = Qt::UserRole + 4;

} // namespace

RoleHoldersDialog::RoleHoldersDialog(RolesViewModel *viewModel, const QString &roleId, QWidget *parent)
    : QDialog(parent)
    , m_viewModel(viewModel)
    , m_roleId(roleId)
    , m_list(new QListWidget(this))
    , m_message(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"roleHoldersDialog"_s);
    const std::optional<Role> role = viewModel->role(roleId);
    const QString roleName = role ? role->name : roleId;
    setWindowTitle(tr("Assign Role"));
    m_list->setObjectName(u"roleHoldersList"_s);
    m_list->setAccessibleName(tr("Members and API keys"));
    m_message->setObjectName(u"roleHoldersMessage"_s);
    m_message->setTextFormat(Qt::PlainText); // server words and names
    m_message->setWordWrap(true);
    saveButton()->setObjectName(u"roleHoldersSaveButton"_s);

    for (const RoleHolder &holder : viewModel->holders(roleId)) {
        // Names are the server's: isolated, so one cannot reorder the words around it.
        const QString name = DisplayText::isolated(holder.name);
        const QString text
            = holder.kind == RoleHolder::Kind::ApiKey ? tr("API key: %1").arg(name) : tr("Member: %1").arg(name);
        auto *item = new QListWidgetItem(text, m_list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(holder.holds ? Qt::Checked : Qt::Unchecked);
        item->setData(kKindRole, int(holder.kind));
        item->setData(kIdRole, holder.id);
        item->setData(kRoleIdsRole, holder.assignedRoleIds);
        item->setData(kNameRole, holder.name);
    }

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Who holds the role “%1”:").arg(DisplayText::forConfirmation(roleName)), this);
    intro->setTextFormat(Qt::PlainText);
    intro->setBuddy(m_list);
    layout->addWidget(intro);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_buttons);
    resize(460, 420);

    connect(m_list, &QListWidget::itemChanged, this, &RoleHoldersDialog::updateState);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoleHoldersDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateState();
}

QPushButton *RoleHoldersDialog::saveButton() const
{
    return m_buttons->button(QDialogButtonBox::Save);
}

QList<RoleHolder> RoleHoldersDialog::wanted() const
{
    QList<RoleHolder> list;
    for (int row = 0; row < m_list->count(); ++row) {
        const QListWidgetItem *item = m_list->item(row);
        RoleHolder holder;
        holder.kind = RoleHolder::Kind(item->data(kKindRole).toInt());
        holder.id = item->data(kIdRole).toString();
        holder.assignedRoleIds = item->data(kRoleIdsRole).toStringList();
        holder.name = item->data(kNameRole).toString();
        holder.holds = item->checkState() == Qt::Checked;
        list.append(holder);
    }
    return list;
}

void RoleHoldersDialog::updateState()
{
    if (m_done)
        return;
    const bool sending = !m_update.isNull();
    const QString objection = m_viewModel->validateHolders(m_roleId, wanted());
    const bool unchanged = !m_viewModel->changesHolders(m_roleId, wanted());
    saveButton()->setEnabled(!sending && objection.isEmpty());
    m_list->setEnabled(!sending);
    if (sending)
        m_message->setText(tr("Saving…"));
    else
        m_message->setText(unchanged ? QString() : objection);
}

void RoleHoldersDialog::save()
{
    if (m_update || m_done)
        return;
    m_update = m_viewModel->assignRole(m_roleId, wanted());
    connect(m_update, &RoleHoldersUpdate::finished, this, &RoleHoldersDialog::saved);
    updateState();
}

void RoleHoldersDialog::saved()
{
    RoleHoldersUpdate *update = m_update;
    m_update = nullptr;
    if (!update)
        return;
    update->deleteLater();
    if (update->refusal().isEmpty() && update->failedCount() == 0) {
        accept();
        return;
    }
    if (update->succeededCount() > 0) {
        // Some went through and some did not: nothing is rolled back, and the user reads which.
        m_done = true;
        m_list->setEnabled(false);
        saveButton()->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        m_message->setText(tr("Only part of the change was saved:") + u'\n' + update->summary());
        return;
    }
    // Nothing was changed: the boxes stay as ticked, to try again or cancel.
    updateState();
    m_message->setText(update->summary());
}

} // namespace chcloud
