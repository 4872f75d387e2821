#pragma once

#include "Page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace chcloud {

class ErrorBanner;
class InvitationsViewModel;
class MembersViewModel;

/// Members & invitations: who is in the organization and with which roles,
/// and who has been invited. Commands: invite (dialog with the address checked
/// as typed), revoke an invitation, change a member's roles, remove a member.
/// Revoke and remove ask first through the Prompter, naming whom they concern.
class MembersPage : public Page
{
    Q_OBJECT

public:
    /// The view-models are bound to the session by the composition root; the page takes ownership.
    MembersPage(MembersViewModel *members, InvitationsViewModel *invitations, QWidget *parent = nullptr);
    ~MembersPage() override;

    QString pageName() const override;
    QString title() const override;
    /// The title, without a page (the navigation lists pages before they are built).
    static QString pageTitle();
    bool isLoaded() const override { return m_loaded; }
    QString loadError() const override;
    QString loadWarning() const override;

    MembersViewModel *membersViewModel() const { return m_members; }
    InvitationsViewModel *invitationsViewModel() const { return m_invitations; }
    QTableView *membersTable() const { return m_membersTable; }
    QTableView *invitationsTable() const { return m_invitationsTable; }

    /// Member.userId of the selected member, or empty.
    QString selectedUserId() const;
    /// Invitation.id of the selected invitation, or empty.
    QString selectedInvitationId() const;
    bool selectMember(const QString &userId);
    bool selectInvitation(const QString &invitationId);

public Q_SLOTS:
    void refresh() override;
    /// Opens the invite dialog; sends the invitation when accepted.
    void inviteMember();
    /// Asks, then revokes the selected invitation.
    void revokeSelectedInvitation();
    /// Opens the roles dialog for the selected member.
    void changeSelectedMemberRoles();
    /// Asks, then removes the selected member.
    void removeSelectedMember();

protected:
    void applyContext(const PageContext &context) override;
    void applyPermissions() override { updateActions(); }

private:
    void buildUi();
    /// The load error, else the counts of unreadable rows (details in the tooltip), else nothing.
    void updateBanner();
    void updateActions();
    void updateCounts();
    void checkLoaded();
    void showCommandError(const QString &text);

    MembersViewModel *m_members;
    InvitationsViewModel *m_invitations;
    QSortFilterProxyModel *m_membersProxy;
    QSortFilterProxyModel *m_invitationsProxy;
    bool m_loaded = false;

    ErrorBanner *m_banner = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_membersHeading = nullptr;
    QLabel *m_invitationsHeading = nullptr;
    QTableView *m_membersTable = nullptr;
    QTableView *m_invitationsTable = nullptr;
    QPushButton *m_inviteButton = nullptr;
    QPushButton *m_revokeButton = nullptr;
    QPushButton *m_rolesButton = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_refreshButton = nullptr;
};

} // namespace chcloud
