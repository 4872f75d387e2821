#include "MembersPage.h"

#include "domain/DisplayText.h"
#include "org/InviteDialog.h"
#include "org/MemberRolesDialog.h"
#include "viewmodels/InvitationsViewModel.h"
#include "viewmodels/MembersViewModel.h"
#include "viewmodels/UnreadableRows.h"
#include "widgets/ErrorBanner.h"
#include "widgets/IsolatingItemDelegate.h"
#include "widgets/Prompter.h"
#include "widgets/ThemedIcon.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

QTableView *makeTable(const QString &objectName, QAbstractItemModel *model, QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setModel(model);
    IsolatingItemDelegate::install(table);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setSortingEnabled(true);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    return table;
}

QPushButton *makeButton(const QString &icon, const QString &text, const QString &objectName, QWidget *parent)
{
    auto *button = new QPushButton(ThemedIcon::icon(icon), text, parent);
    button->setObjectName(objectName);
    return button;
}

QLabel *makeHeading(QWidget *parent)
{
    auto *label = new QLabel(parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    return label;
}

/// The source row of the selected row of a table over a proxy, or -1.
int selectedSourceRow(const QTableView *table, const QSortFilterProxyModel *proxy)
{
    const QModelIndexList rows = table->selectionModel() ? table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty())
        return -1;
    return proxy->mapToSource(rows.first()).row();
}

bool selectSourceRow(QTableView *table, const QSortFilterProxyModel *proxy, int sourceRow)
{
    if (sourceRow < 0)
        return false;
    const QModelIndex index = proxy->mapFromSource(proxy->sourceModel()->index(sourceRow, 0));
    if (!index.isValid())
        return false;
    table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    table->setCurrentIndex(index);
    return true;
}

} // namespace

MembersPage::MembersPage(MembersViewModel *members, InvitationsViewModel *invitations, QWidget *parent)
    : Page(parent)
    , m_members(members)
    , m_invitations(invitations)
    , m_membersProxy(new QSortFilterProxyModel(this))
    , m_invitationsProxy(new QSortFilterProxyModel(this))
{
    m_members->setParent(this);
    m_invitations->setParent(this);
    setObjectName(u"membersPage"_s);
    m_membersProxy->setSourceModel(m_members->model());
    m_membersProxy->setSortRole(MembersModel::SortRole);
    m_membersProxy->setFilterKeyColumn(-1);
    m_membersProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_invitationsProxy->setSourceModel(m_invitations->model());
    m_invitationsProxy->setSortRole(InvitationsModel::SortRole);
    buildUi();

    for (RemoteViewModel *viewModel :
         { static_cast<RemoteViewModel *>(m_members), static_cast<RemoteViewModel *>(m_invitations) }) {
        connect(viewModel, &RemoteViewModel::loadFinished, this, &MembersPage::checkLoaded);
        connect(viewModel, &RemoteViewModel::loadFinished, this, &MembersPage::updateBanner);
        connect(viewModel, &RemoteViewModel::errorChanged, this, &MembersPage::updateBanner);
        connect(viewModel, &RemoteViewModel::busyChanged, this,
                [this] { m_refreshButton->setEnabled(!m_members->isBusy() && !m_invitations->isBusy()); });
        connect(viewModel, &RemoteViewModel::commandFailed, this, &MembersPage::showCommandError);
    }
    connect(m_members, &MembersViewModel::memberRemoved, this, [this] { Q_EMIT statusMessage(tr("Member removed.")); });
    connect(m_members, &MembersViewModel::memberUpdated, this, [this] { Q_EMIT statusMessage(tr("Roles changed.")); });
    connect(m_invitations, &InvitationsViewModel::invitationCreated, this,
            [this](const QString &, const QString &email) {
                Q_EMIT statusMessage(tr("Invitation sent to %1.").arg(email));
            });
    connect(m_invitations, &InvitationsViewModel::invitationRevoked, this,
            [this] { Q_EMIT statusMessage(tr("Invitation revoked.")); });
    for (QAbstractItemModel *model :
         { static_cast<QAbstractItemModel *>(m_membersProxy), static_cast<QAbstractItemModel *>(m_invitationsProxy) }) {
        connect(model, &QAbstractItemModel::modelReset, this, &MembersPage::updateCounts);
        connect(model, &QAbstractItemModel::rowsInserted, this, &MembersPage::updateCounts);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &MembersPage::updateCounts);
    }
    updateCounts();
    updateActions();
}

MembersPage::~MembersPage() = default;

QString MembersPage::pageName() const
{
    return u"members"_s;
}

QString MembersPage::title() const
{
    return pageTitle();
}

QString MembersPage::pageTitle()
{
    return tr("Members");
}

void MembersPage::buildUi()
{
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(u"membersErrorBanner"_s);

    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(u"memberFilterEdit"_s);
    m_filterEdit->setPlaceholderText(tr("Filter members by name, e-mail or role"));
    m_filterEdit->setAccessibleName(tr("Filter members"));
    m_filterEdit->setClearButtonEnabled(true);
    connect(m_filterEdit, &QLineEdit::textChanged, m_membersProxy, &QSortFilterProxyModel::setFilterFixedString);
    m_refreshButton = makeButton(u"refresh"_s, tr("Refresh"), u"membersRefreshButton"_s, this);
    connect(m_refreshButton, &QPushButton::clicked, this, &MembersPage::refresh);

    auto *top = new QHBoxLayout;
    top->addWidget(m_filterEdit, 1);
    top->addWidget(m_refreshButton);

    // Members.
    auto *membersPane = new QWidget(this);
    m_membersHeading = makeHeading(membersPane);
    m_rolesButton = makeButton(u"edit"_s, tr("Change Roles…"), u"changeRolesButton"_s, membersPane);
    m_removeButton = makeButton(u"delete"_s, tr("Remove…"), u"removeMemberButton"_s, membersPane);
    connect(m_rolesButton, &QPushButton::clicked, this, &MembersPage::changeSelectedMemberRoles);
    connect(m_removeButton, &QPushButton::clicked, this, &MembersPage::removeSelectedMember);
    m_membersTable = makeTable(u"membersTable"_s, m_membersProxy, membersPane);
    m_membersTable->sortByColumn(MembersModel::NameColumn, Qt::AscendingOrder);
    m_membersTable->setColumnWidth(MembersModel::NameColumn, 200);
    m_membersTable->setColumnWidth(MembersModel::EmailColumn, 260);
    m_membersTable->setColumnWidth(MembersModel::RolesColumn, 220);
    connect(m_membersTable, &QTableView::doubleClicked, this, &MembersPage::changeSelectedMemberRoles);
    auto *membersBar = new QHBoxLayout;
    membersBar->addWidget(m_membersHeading);
    membersBar->addStretch(1);
    membersBar->addWidget(m_rolesButton);
    membersBar->addWidget(m_removeButton);
    auto *membersLayout = new QVBoxLayout(membersPane);
    membersLayout->setContentsMargins(0, 0, 0, 0);
    membersLayout->addLayout(membersBar);
    membersLayout->addWidget(m_membersTable);

    // Invitations.
    auto *invitationsPane = new QWidget(this);
    m_invitationsHeading = makeHeading(invitationsPane);
    m_inviteButton = makeButton(u"add"_s, tr("Invite…"), u"inviteButton"_s, invitationsPane);
    m_revokeButton = makeButton(u"delete"_s, tr("Revoke…"), u"revokeInvitationButton"_s, invitationsPane);
    connect(m_inviteButton, &QPushButton::clicked, this, &MembersPage::inviteMember);
    connect(m_revokeButton, &QPushButton::clicked, this, &MembersPage::revokeSelectedInvitation);
    m_invitationsTable = makeTable(u"invitationsTable"_s, m_invitationsProxy, invitationsPane);
    m_invitationsTable->sortByColumn(InvitationsModel::CreatedColumn, Qt::DescendingOrder);
    m_invitationsTable->setColumnWidth(InvitationsModel::EmailColumn, 260);
    m_invitationsTable->setColumnWidth(InvitationsModel::RolesColumn, 200);
    m_invitationsTable->setColumnWidth(InvitationsModel::CreatedColumn, 160);
    auto *invitationsBar = new QHBoxLayout;
    invitationsBar->addWidget(m_invitationsHeading);
    invitationsBar->addStretch(1);
    invitationsBar->addWidget(m_inviteButton);
    invitationsBar->addWidget(m_revokeButton);
    auto *invitationsLayout = new QVBoxLayout(invitationsPane);
    invitationsLayout->setContentsMargins(0, 0, 0, 0);
    invitationsLayout->addLayout(invitationsBar);
    invitationsLayout->addWidget(m_invitationsTable);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"membersSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(membersPane);
    splitter->addWidget(invitationsPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);

    connect(m_membersTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MembersPage::updateActions);
    connect(m_invitationsTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MembersPage::updateActions);
}

void MembersPage::applyContext(const PageContext &context)
{
    m_loaded = false;
    m_banner->setText({});
    // Signed in, the page loads once it is shown; signed out, the load ends at once with "Not signed in".
    if (!context.isSignedIn())
        refresh();
}

void MembersPage::refresh()
{
    m_members->refresh();
    m_invitations->refresh();
}

void MembersPage::checkLoaded()
{
    if (m_loaded || !m_members->isLoaded() || !m_invitations->isLoaded())
        return;
    m_loaded = true;
    Q_EMIT loaded();
}

void MembersPage::updateCounts()
{
    m_membersHeading->setText(tr("Members (%1)").arg(m_members->model()->rowCount()));
    m_invitationsHeading->setText(tr("Pending invitations (%1)").arg(m_invitations->model()->rowCount()));
    updateActions();
}

void MembersPage::updateActions()
{
    const bool member = !selectedUserId().isEmpty();
    // Members and invitations are the organization's: control-plane:organization:manage.
    const QString manage = KeyPermissions::organizationManage();
    const QString organization = KeyPermissions::organizationResource();
    gate(m_inviteButton, true, manage, organization);
    gate(m_rolesButton, member, manage, organization);
    gate(m_removeButton, member, manage, organization);
    gate(m_revokeButton, !selectedInvitationId().isEmpty(), manage, organization);
}

QString MembersPage::selectedUserId() const
{
    const Member *member = m_members->model()->memberAt(selectedSourceRow(m_membersTable, m_membersProxy));
    return member ? member->userId : QString();
}

QString MembersPage::selectedInvitationId() const
{
    const Invitation *invitation
        = m_invitations->model()->invitationAt(selectedSourceRow(m_invitationsTable, m_invitationsProxy));
    return invitation ? invitation->id : QString();
}

bool MembersPage::selectMember(const QString &userId)
{
    m_filterEdit->clear();
    return selectSourceRow(m_membersTable, m_membersProxy, m_members->model()->rowOf(userId));
}

bool MembersPage::selectInvitation(const QString &invitationId)
{
    return selectSourceRow(m_invitationsTable, m_invitationsProxy, m_invitations->model()->rowOf(invitationId));
}

void MembersPage::inviteMember()
{
    InviteDialog dialog(m_members->roleChoices(), this);
    if (Prompter::instance()->execDialog(&dialog) != QDialog::Accepted)
        return;
    m_invitations->invite(dialog.email(), dialog.roles());
}

void MembersPage::revokeSelectedInvitation()
{
    const Invitation *invitation
        = m_invitations->model()->invitationAt(selectedSourceRow(m_invitationsTable, m_invitationsProxy));
    if (!invitation)
        return;
    const QString id = invitation->id;
    const QString email = DisplayText::forConfirmation(invitation->email);
    const bool confirmed = Prompter::instance()->confirm(
        this, tr("Revoke Invitation"),
        tr("Revoke the invitation for %1? The link in their e-mail stops working.").arg(email), tr("Revoke Invitation"),
        u"confirmRevokeInvitation"_s);
    if (confirmed)
        m_invitations->revoke(id);
}

void MembersPage::changeSelectedMemberRoles()
{
    const Member *member = m_members->model()->memberAt(selectedSourceRow(m_membersTable, m_membersProxy));
    if (!member)
        return;
    QStringList current;
    for (const AssignedRole &role : member->assignedRoles)
        current.append(role.roleId);
    if (current.isEmpty() && !member->role.isEmpty())
        current.append(member->role);
    const QString userId = member->userId;
    MemberRolesDialog dialog(member->name.isEmpty() ? member->email : member->name, m_members->roleChoices(), current,
                             this);
    if (Prompter::instance()->execDialog(&dialog) != QDialog::Accepted)
        return;
    m_members->changeRoles(userId, dialog.roles());
}

void MembersPage::removeSelectedMember()
{
    const Member *member = m_members->model()->memberAt(selectedSourceRow(m_membersTable, m_membersProxy));
    if (!member)
        return;
    const QString userId = member->userId;
    const QString name = DisplayText::forConfirmation(member->name);
    const QString email = DisplayText::forConfirmation(member->email);
    const QString who = name.isEmpty() ? email : tr("%1 (%2)").arg(name, email);
    const bool confirmed = Prompter::instance()->confirm(
        this, tr("Remove Member"),
        tr("Remove %1 from the organization? They lose access to the organization and its services at once.").arg(who),
        tr("Remove Member"), u"confirmRemoveMember"_s);
    if (confirmed)
        m_members->removeMember(userId);
}

void MembersPage::showCommandError(const QString &text)
{
    Prompter::instance()->warn(this, tr("Members"), text, u"membersCommandFailed"_s);
}

QString MembersPage::loadError() const
{
    return !m_members->errorText().isEmpty() ? m_members->errorText() : m_invitations->errorText();
}

QString MembersPage::loadWarning() const
{
    if (!loadError().isEmpty())
        return {};
    QStringList parts;
    for (const RemoteViewModel *viewModel :
         { static_cast<RemoteViewModel *>(m_members), static_cast<RemoteViewModel *>(m_invitations) }) {
        if (!viewModel->unreadableText().isEmpty())
            parts << viewModel->unreadableText();
    }
    return parts.join(u' ');
}

void MembersPage::updateBanner()
{
    // A load error blanks the page; a few unreadable rows only earn a warning.
    const QString error = loadError();
    if (!error.isEmpty()) {
        m_banner->setText(tr("Could not load members: %1").arg(error));
        m_banner->setToolTip({});
        return;
    }
    m_banner->setText(loadWarning());
    QStringList details;
    for (const RemoteViewModel *viewModel :
         { static_cast<RemoteViewModel *>(m_members), static_cast<RemoteViewModel *>(m_invitations) }) {
        if (!viewModel->unreadableRows().isEmpty())
            details << UnreadableRows::details(viewModel->unreadableRows());
    }
    m_banner->setToolTip(details.join(u'\n'));
}

} // namespace chcloud
