#pragma once

#include <QDialog>
#include <QPointer>
#include <QString>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace chcloud {

class RoleHoldersUpdate;
class RolesViewModel;
struct RoleHolder;

/// Who holds a role: every member and API key, by name, with a checkbox. Save
/// sends one change per member or key whose box changed (RolesViewModel::assignRole).
/// When every change went through the dialog closes; when some failed it stays
/// open and says, holder by holder, what was changed and what was not.
class RoleHoldersDialog : public QDialog
{
    Q_OBJECT

public:
    RoleHoldersDialog(RolesViewModel *viewModel, const QString &roleId, QWidget *parent = nullptr);

    QListWidget *holderList() const { return m_list; }
    QPushButton *saveButton() const;
    /// The objection to the boxes as ticked now, or the outcome of the last Save.
    QLabel *messageLabel() const { return m_message; }
    /// The holders as ticked now.
    QList<RoleHolder> wanted() const;

private:
    void updateState();
    void save();
    void saved();

    RolesViewModel *m_viewModel;
    QString m_roleId;
    QListWidget *m_list;
    QLabel *m_message;
    QDialogButtonBox *m_buttons;
    QPointer<RoleHoldersUpdate> m_update;
    bool m_done = false;
};

} // namespace chcloud
