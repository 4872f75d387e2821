#pragma once

#include <QDialog>
#include <QUrl>
#include <QUuid>

class QListWidget;
class QPushButton;
class QLabel;

namespace chcloud {

class ProfileDialog;
class ProfilesViewModel;

/// The profile manager (File ▸ Profiles…): the saved and session-only profiles,
/// with Add, Edit, Remove (which removes the keychain entry too, after asking),
/// Set as default and Sign in. Editing opens a ProfileDialog window-modal.
class ProfileManagerDialog : public QDialog
{
    Q_OBJECT

public:
    ProfileManagerDialog(ProfilesViewModel *model, QWidget *parent = nullptr);

    /// The base URL new profiles start with.
    void setBaseUrl(const QUrl &url) { m_baseUrl = url; }
    QUuid selectedProfileId() const;
    bool selectProfile(const QUuid &id);

public Q_SLOTS:
    ProfileDialog *addProfile();
    ProfileDialog *editSelected();
    void removeSelected();
    void setSelectedAsDefault();
    void signInWithSelected();

Q_SIGNALS:
    void signInRequested(const QUuid &profileId);

private:
    void reload();
    void updateButtons();
    ProfileDialog *openEditor(ProfileDialog *dialog);

    ProfilesViewModel *m_model;
    QUrl m_baseUrl;
    QListWidget *m_list;
    QLabel *m_error;
    QPushButton *m_editButton;
    QPushButton *m_removeButton;
    QPushButton *m_defaultButton;
    QPushButton *m_signInButton;
};

} // namespace chcloud
