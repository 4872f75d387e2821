#include "ProfileDialog.h"

#include "session/ProfilesViewModel.h"
#include "widgets/Prompter.h"
#include "widgets/StatusColors.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace chcloud {

ProfileDialog::ProfileDialog(ProfilesViewModel *model, std::optional<Profile> existing, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_existing(std::move(existing))
    , m_labelEdit(new QLineEdit(this))
    , m_keyIdEdit(new QLineEdit(this))
    , m_secretEdit(new QLineEdit(this))
    , m_showSecret(new QCheckBox(tr("Show"), this))
    , m_advanced(new QGroupBox(tr("Advanced"), this))
    , m_baseUrlEdit(new QLineEdit(m_advanced))
    , m_testButton(new QPushButton(tr("Test connection"), this))
    , m_organizationLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_httpWarningLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("profileDialog"));
    setWindowTitle(m_existing ? tr("Edit Profile") : tr("Sign In"));
    setMinimumWidth(520);

    m_labelEdit->setObjectName(QStringLiteral("labelEdit"));
    m_labelEdit->setPlaceholderText(tr("e.g. Production"));
    m_keyIdEdit->setObjectName(QStringLiteral("keyIdEdit"));
    m_keyIdEdit->setPlaceholderText(tr("API key ID"));
    m_secretEdit->setObjectName(QStringLiteral("secretEdit"));
    m_secretEdit->setEchoMode(QLineEdit::Password);
    m_secretEdit->setPlaceholderText(m_existing ? tr("Leave empty to keep the stored secret") : tr("API key secret"));
    m_showSecret->setObjectName(QStringLiteral("showSecretCheck"));
    connect(m_showSecret, &QCheckBox::toggled, this,
            [this](bool show) { m_secretEdit->setEchoMode(show ? QLineEdit::Normal : QLineEdit::Password); });
    m_baseUrlEdit->setObjectName(QStringLiteral("baseUrlEdit"));
    m_advanced->setObjectName(QStringLiteral("advancedGroup"));
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    auto *advancedLayout = new QFormLayout(m_advanced);
    advancedLayout->addRow(tr("API base URL:"), m_baseUrlEdit);
    connect(m_advanced, &QGroupBox::toggled, m_baseUrlEdit, &QWidget::setVisible);
    m_baseUrlEdit->setVisible(false);

    m_testButton->setObjectName(QStringLiteral("testConnectionButton"));
    m_organizationLabel->setObjectName(QStringLiteral("organizationLabel"));
    m_organizationLabel->setTextFormat(Qt::PlainText); // the organization name is server data
    m_organizationLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setObjectName(QStringLiteral("connectionErrorLabel"));
    m_errorLabel->setTextFormat(Qt::PlainText);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    StatusColors::mark(m_errorLabel, StatusColors::Status::Problem);
    m_errorLabel->hide();
    m_httpWarningLabel->setObjectName(QStringLiteral("httpWarningLabel"));
    m_httpWarningLabel->setWordWrap(true);
    StatusColors::mark(m_httpWarningLabel, StatusColors::Status::Problem);
    m_httpWarningLabel->hide();
    connect(m_baseUrlEdit, &QLineEdit::textChanged, this, &ProfileDialog::updateHttpWarning);

    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secretEdit, 1);
    secretRow->addWidget(m_showSecret);
    auto *form = new QFormLayout;
    form->addRow(tr("&Label:"), m_labelEdit);
    form->addRow(tr("Key &ID:"), m_keyIdEdit);
    auto *secretLabel = new QLabel(tr("Key &secret:"), this);
    secretLabel->setBuddy(m_secretEdit); // the row is a layout: QFormLayout sets no buddy for it
    form->addRow(secretLabel, secretRow);
    form->addRow(tr("Organization:"), m_organizationLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_saveButton = buttons->button(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    buttons->addButton(m_testButton, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &ProfileDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_testButton, &QPushButton::clicked, this, &ProfileDialog::testConnection);

    auto *note = new QLabel(tr("The key secret is kept in the system keychain, never in a file."), this);
    note->setWordWrap(true);
    note->setForegroundRole(QPalette::PlaceholderText);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_advanced);
    layout->addWidget(m_httpWarningLabel);
    layout->addWidget(m_errorLabel);
    layout->addWidget(note);
    layout->addStretch(1);
    layout->addWidget(buttons);

    if (m_existing) {
        m_labelEdit->setText(m_existing->label);
        m_keyIdEdit->setText(m_existing->keyId);
        m_baseUrlEdit->setText(m_existing->baseUrl.toString());
        m_organizationId = m_existing->organizationId;
        m_organizationName = m_existing->organizationName;
        m_organizationLabel->setText(m_organizationName);
    } else {
        m_baseUrlEdit->setText(ProfilesViewModel::defaultBaseUrl().toString());
        m_organizationLabel->setText(tr("Not checked yet"));
    }

    connect(m_model, &ProfilesViewModel::testingChanged, this, &ProfileDialog::setBusy);
    connect(m_model, &ProfilesViewModel::connectionSucceeded, this,
            [this](const QString &organizationId, const QString &organizationName) {
                m_organizationId = organizationId;
                m_organizationName = organizationName;
                m_organizationLabel->setText(tr("%1 (%2)").arg(organizationName, organizationId));
                m_errorLabel->hide();
                if (m_labelEdit->text().trimmed().isEmpty())
                    m_labelEdit->setText(organizationName);
            });
    connect(m_model, &ProfilesViewModel::connectionFailed, this, [this](const QString &message) {
        m_organizationLabel->setText(tr("Not connected"));
        showError(message);
    });
    connect(m_model, &ProfilesViewModel::saved, this, [this](const QUuid &id) {
        m_savedId = id;
        setBusy(false);
        accept();
    });
    connect(m_model, &ProfilesViewModel::saveFailed, this, [this](const QString &message, bool keychainUnavailable) {
        setBusy(false);
        if (!keychainUnavailable) {
            showError(message);
            return;
        }
        Prompter::Question question;
        question.severity = Prompter::Severity::Warning;
        question.title = tr("Keychain Not Available");
        question.text = message;
        question.informativeText = tr("The profile can still be used until the application quits, with its secret "
                                      "held in memory only. It will not be saved.");
        question.buttons = QMessageBox::Yes | QMessageBox::Cancel;
        question.defaultButton = QMessageBox::Cancel;
        question.buttonTexts.insert(QMessageBox::Yes, tr("Use for This Session Only"));
        question.objectName = QStringLiteral("keychainUnavailableBox");
        if (Prompter::instance()->ask(this, question) == QMessageBox::Yes)
            saveAs(ProfileStorage::SessionOnly);
        else
            showError(message);
    });
}

void ProfileDialog::setBaseUrl(const QUrl &url)
{
    m_baseUrlEdit->setText(url.toString());
    if (url != ProfilesViewModel::defaultBaseUrl())
        m_advanced->setChecked(true);
}

void ProfileDialog::updateHttpWarning()
{
    const QUrl url(m_baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    const bool plainHttp = url.scheme().compare(u"http", Qt::CaseInsensitive) == 0;
    m_httpWarningLabel->setText(plainHttp ? tr("This URL uses plain http://: the key secret would travel unencrypted. "
                                               "It is only accepted for a server on this computer, written as "
                                               "127.0.0.1 or [::1], and such a profile is never signed in "
                                               "automatically at start-up.")
                                          : QString());
    m_httpWarningLabel->setVisible(plainHttp);
}

void ProfileDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

void ProfileDialog::setBusy(bool busy)
{
    m_testButton->setEnabled(!busy);
    m_saveButton->setEnabled(!busy);
    if (busy)
        m_organizationLabel->setText(tr("Checking…"));
}

Profile ProfileDialog::draft() const
{
    Profile profile = m_existing.value_or(Profile {});
    profile.label = m_labelEdit->text().trimmed();
    profile.keyId = m_keyIdEdit->text().trimmed();
    profile.baseUrl = QUrl(m_baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    profile.organizationId = m_organizationId;
    profile.organizationName = m_organizationName;
    return profile;
}

void ProfileDialog::testConnection()
{
    showError({});
    const Profile profile = draft();
    m_model->testConnection(profile.baseUrl, profile.keyId, Secret(m_secretEdit->text()));
}

void ProfileDialog::save()
{
    saveAs(m_existing ? m_existing->storage : ProfileStorage::Keychain);
}

void ProfileDialog::saveAs(ProfileStorage storage)
{
    showError({});
    Profile profile = draft();
    if (profile.label.isEmpty())
        profile.label = profile.organizationName.isEmpty() ? profile.keyId : profile.organizationName;
    profile.storage = storage;
    m_saveButton->setEnabled(false);
    m_model->save(profile, Secret(m_secretEdit->text()));
}

} // namespace chcloud
