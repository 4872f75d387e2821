#pragma once

#include "domain/Role.h"
#include "domain/RoleRequests.h"

#include <QDialog>
#include <QPointer>

#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace chcloud {

class RoleCommand;
class RolesViewModel;

/// "New Role" and "Edit Role": the name and the policies of a custom role. Each
/// policy allows or denies some permissions (chosen from those the API document
/// names and those the organization's roles use) on some resources
/// ("organization/*", "instance/*", "instance/<service id>"). The input is
/// checked as it changes (RolesViewModel::validate) and OK stays disabled until
/// it can be sent. OK sends the change and keeps the dialog open until the server
/// answers: a refusal shows in the dialog, a success closes it.
///
/// Editing keeps what the dialog does not show: the holders of the role, and a
/// policy's SQL console role and grants. The API has no description for roles.
class RoleEditorDialog : public QDialog
{
    Q_OBJECT

public:
    /// A new role when `existing` is empty, else the role to edit (a custom one).
    RoleEditorDialog(RolesViewModel *viewModel, const std::optional<Role> &existing, QWidget *parent = nullptr);

    /// What the dialog would send, as a create request (actors stay empty).
    RoleCreateRequest draft() const;
    /// The current objection, empty when the input can be sent.
    QString problem() const;
    /// Where the last server refusal shows; empty while there is none.
    QString serverErrorText() const;

    QLineEdit *nameEdit() const { return m_name; }
    QListWidget *policyList() const { return m_policyList; }
    QPushButton *addPolicyButton() const { return m_addPolicy; }
    QPushButton *removePolicyButton() const { return m_removePolicy; }
    QComboBox *effectCombo() const { return m_effect; }
    QListWidget *permissionList() const { return m_permissions; }
    QLineEdit *resourcesEdit() const { return m_resources; }
    QPushButton *okButton() const;

    /// The resources a line of text names: split at commas and spaces.
    static QStringList resourcesFromText(const QString &text);

public Q_SLOTS:
    void accept() override;

private:
    void addPolicy();
    void removePolicy();
    void showPolicy(int row);
    void storeEffect();
    void storePermissions();
    void storeResources();
    void refreshPolicyRow(int row);
    void revalidate();
    void setSending(bool sending);
    void commandFinished();

    RolesViewModel *m_viewModel;
    QString m_roleId; ///< empty for a new role
    QList<RolePolicyRequest> m_policies;
    bool m_loadingPolicy = false;
    QPointer<RoleCommand> m_command;

    QLineEdit *m_name;
    QListWidget *m_policyList;
    QPushButton *m_addPolicy;
    QPushButton *m_removePolicy;
    QComboBox *m_effect;
    QListWidget *m_permissions;
    QLineEdit *m_resources;
    QLabel *m_keptNote;
    QLabel *m_problem;
    QLabel *m_serverError;
    QDialogButtonBox *m_buttons;
};

} // namespace chcloud
