#pragma once

#include <QDialog>
#include <QUrl>
#include <QUuid>

class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace chcloud {

class ClickhousectlImport;
class ProfilesViewModel;

/// File ▸ Import from clickhousectl…: shows the CLI's credentials file (found
/// in the current or the home directory, or chosen), the key ID it holds (never
/// the secret) and a warning when other users may read the file; Import checks
/// the key against the API and saves it as a keychain profile. Then it asks
/// whether to take the key out of the plaintext file; "Keep" is the default.
/// Accepted once the profile is saved (importedProfileId()).
class ClickhousectlImportDialog : public QDialog
{
    Q_OBJECT

public:
    /// profiles is not owned and must outlive the dialog.
    explicit ClickhousectlImportDialog(ProfilesViewModel *profiles, QWidget *parent = nullptr);
    ~ClickhousectlImportDialog() override;

    /// Reads another file (the path field shows it).
    void setPath(const QString &path);
    /// The API the profile will use (e.g. from --api-url).
    void setBaseUrl(const QUrl &url);
    QUuid importedProfileId() const;

public Q_SLOTS:
    void importKey();

private:
    void loadPath();
    void browse();
    void showError(const QString &text);
    void updateState();
    void offerRemoval();

    ClickhousectlImport *m_import;
    QLineEdit *m_pathEdit;
    QPushButton *m_browseButton;
    QLabel *m_keyIdLabel;
    QLabel *m_permissionsWarning;
    QLineEdit *m_labelEdit;
    QGroupBox *m_advanced;
    QLineEdit *m_baseUrlEdit;
    QLabel *m_statusLabel;
    QLabel *m_errorLabel;
    QPushButton *m_importButton;
};

} // namespace chcloud
