#pragma once

#include <QGroupBox>
#include <QPointer>

class QLabel;
class QPushButton;
class QTableView;

namespace chcloud {

class RoleCommand;
class RolesViewModel;

/// The organization's system and custom roles on the Organization page: each
/// role's policies in words and who holds it (members and API keys by name).
/// Custom roles are created, edited (RoleEditorDialog) and deleted here, a delete
/// only after a confirmation through the Prompter. System roles are read-only:
/// the buttons say so when one is selected.
class RolesPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit RolesPanel(RolesViewModel *viewModel, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *deleteButton() const { return m_delete; }
    QPushButton *assignButton() const { return m_assign; }

public Q_SLOTS:
    /// Opens the editor for a new custom role.
    void newRole();
    /// Opens the editor for the selected custom role.
    void editSelectedRole();
    /// Asks, then deletes the selected custom role.
    void deleteSelectedRole();
    /// Opens the dialog that says who holds the selected role (RoleHoldersDialog).
    void assignSelectedRole();

private:
    QString selectedRoleId() const;
    void updateState();
    void deleteFinished();

    RolesViewModel *m_viewModel;
    QTableView *m_table;
    QLabel *m_status;
    QLabel *m_selectionNote;
    QPushButton *m_new;
    QPushButton *m_edit;
    QPushButton *m_delete;
    QPushButton *m_assign;
    QPointer<RoleCommand> m_deleting;
};

} // namespace chcloud
