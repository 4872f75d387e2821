#pragma once

#include "domain/Profile.h"

#include <QDialog>
#include <QUuid>

#include <optional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace chcloud {

class ProfilesViewModel;

/// Sign in / edit a profile: label, key ID, key secret (masked, with a show
/// toggle), the API base URL under "Advanced", "Test connection" (fills the
/// organization, or shows the server's error in place and keeps the input),
/// and Save (secret to the keychain, metadata to the profile list). When the
/// keychain does not answer, it offers a session-only profile instead. A plain
/// http:// base URL is warned about in place (httpWarningLabel): the key would
/// travel unencrypted, and such a profile is never signed in at start-up.
/// Opens with open(); accepted once the profile is saved (savedProfileId()).
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    /// To edit an existing profile pass it; otherwise a new one is made.
    ProfileDialog(ProfilesViewModel *model, std::optional<Profile> existing = std::nullopt, QWidget *parent = nullptr);

    QUuid savedProfileId() const { return m_savedId; }
    /// The base URL a new profile starts with (e.g. from --api-url).
    void setBaseUrl(const QUrl &url);

public Q_SLOTS:
    void testConnection();
    void save();

private:
    void showError(const QString &text);
    void setBusy(bool busy);
    Profile draft() const;
    void saveAs(ProfileStorage storage);
    void updateHttpWarning();

    ProfilesViewModel *m_model;
    std::optional<Profile> m_existing;
    QUuid m_savedId;
    QString m_organizationId;
    QString m_organizationName;

    QLineEdit *m_labelEdit;
    QLineEdit *m_keyIdEdit;
    QLineEdit *m_secretEdit;
    QCheckBox *m_showSecret;
    QGroupBox *m_advanced;
    QLineEdit *m_baseUrlEdit;
    QPushButton *m_testButton;
    QLabel *m_organizationLabel;
    QLabel *m_errorLabel;
    QLabel *m_httpWarningLabel;
    QPushButton *m_saveButton;
};

} // namespace chcloud
