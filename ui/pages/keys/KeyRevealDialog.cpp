#include "KeyRevealDialog.h"

#include "domain/Secret.h"
#include "viewmodels/KeyReveal.h"
#include "widgets/Prompter.h"
#include "widgets/SecretLineEdit.h"
#include "widgets/StatusColors.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

KeyRevealDialog::KeyRevealDialog(KeyReveal *reveal, QWidget *parent)
    : QDialog(parent)
    , m_reveal(reveal)
{
    setObjectName(u"keyRevealDialog"_s);
    setWindowTitle(tr("Your new API key"));
    buildUi();
}

KeyRevealDialog::~KeyRevealDialog()
{
    wipe();
}

void KeyRevealDialog::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    auto *warning = new QLabel(tr("<b>You will not see this secret again.</b> Copy it now or save it as a profile "
                                  "in the system keychain before you close this window."),
                               this);
    warning->setObjectName(u"keyRevealWarning"_s);
    warning->setWordWrap(true);
    StatusColors::markPanel(warning, StatusColors::Status::Warning);
    warning->setMargin(6);
    layout->addWidget(warning);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *form = new QFormLayout;
    // Both fields are selection-free and fit their whole text: the copy buttons
    // are the one way out, so the secret's copy can be guarded.
    const auto field = [&](const QString &name, const QString &text) {
        auto *edit = new SecretLineEdit(this);
        edit->setObjectName(name);
        edit->setFont(mono);
        edit->setText(text);
        return edit;
    };
    m_keyId = field(u"revealKeyIdEdit"_s, m_reveal->keyId());
    m_keyId->setRevealed(true);
    m_copyKeyId = new QPushButton(tr("Copy"), this);
    m_copyKeyId->setObjectName(u"copyKeyIdButton"_s);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(m_keyId, 1);
    idRow->addWidget(m_copyKeyId);
    form->addRow(tr("Key ID:"), idRow);

    QString secret = m_reveal->secret().reveal();
    m_secret = field(u"revealSecretEdit"_s, secret);
    // Overwrite this short-lived copy unless the field shares it (then only let go of it).
    if (secret.isDetached())
        secret.fill(QChar(u'\0'));
    secret.clear();
    m_showSecret = new QToolButton(this);
    m_showSecret->setObjectName(u"showSecretButton"_s);
    m_showSecret->setText(tr("Show"));
    m_showSecret->setCheckable(true);
    connect(m_showSecret, &QToolButton::toggled, this, [this](bool shown) {
        m_secret->setRevealed(shown);
        m_showSecret->setText(shown ? tr("Hide") : tr("Show"));
    });
    m_copySecret = new QPushButton(tr("Copy"), this);
    m_copySecret->setObjectName(u"copySecretButton"_s);
    auto *secretRow = new QHBoxLayout;
    secretRow->addWidget(m_secret, 1);
    secretRow->addWidget(m_showSecret);
    secretRow->addWidget(m_copySecret);
    form->addRow(tr("Key secret:"), secretRow);
    layout->addLayout(form);

    auto *profileBox = new QGroupBox(tr("Save as a profile in the keychain"), this);
    auto *profileLayout = new QHBoxLayout(profileBox);
    m_profileLabel = new QLineEdit(m_reveal->suggestedProfileLabel(), profileBox);
    m_profileLabel->setObjectName(u"revealProfileLabelEdit"_s);
    m_saveProfile = new QPushButton(tr("Save profile"), profileBox);
    m_saveProfile->setObjectName(u"saveProfileButton"_s);
    profileLayout->addWidget(m_profileLabel, 1);
    profileLayout->addWidget(m_saveProfile);
    profileBox->setEnabled(m_reveal->canSaveProfile());
    layout->addWidget(profileBox);

    m_status = new QLabel(this);
    m_status->setObjectName(u"revealStatusLabel"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    m_close = buttons->addButton(QDialogButtonBox::Close);
    m_close->setObjectName(u"revealCloseButton"_s);
    layout->addWidget(buttons);

    connect(m_copyKeyId, &QPushButton::clicked, m_reveal, &KeyReveal::copyKeyId);
    connect(m_copySecret, &QPushButton::clicked, m_reveal, &KeyReveal::copySecret);
    connect(m_copySecret, &QPushButton::clicked, this, [this] {
        m_status->setText(tr("The secret is on the clipboard; it will be cleared from there shortly."));
    });
    connect(m_saveProfile, &QPushButton::clicked, this, [this] { m_reveal->saveAsProfile(m_profileLabel->text()); });
    connect(m_reveal, &KeyReveal::savingChanged, this, [this](bool saving) {
        m_saveProfile->setEnabled(!saving && !m_reveal->savedAsProfile());
        if (saving)
            m_status->setText(tr("Saving in the system keychain…"));
    });
    connect(m_reveal, &KeyReveal::profileSaved, this, [this] {
        m_saveProfile->setEnabled(false);
        m_profileLabel->setEnabled(false);
        m_status->setText(tr("Saved: the profile “%1” now signs in with this key.").arg(m_profileLabel->text()));
    });
    connect(m_reveal, &KeyReveal::profileSaveFailed, this, [this](const QString &message) {
        m_status->setText(message);
        StatusColors::mark(m_status, StatusColors::Status::Problem);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
}

void KeyRevealDialog::done(int result)
{
    if (m_reveal->secretWouldBeLost() && !m_reveal->isWiped()) {
        const bool close = Prompter::instance()->confirm(
            this, tr("Close without keeping the secret?"),
            tr("You have not copied the secret or saved it as a profile. Once this window closes, nobody can show "
               "it again: you would have to create another key."),
            tr("Close anyway"), u"confirmCloseReveal"_s);
        if (!close)
            return;
    }
    wipe();
    QDialog::done(result);
}

void KeyRevealDialog::wipe()
{
    if (m_secret) {
        m_secret->wipe();
    }
    if (m_reveal)
        m_reveal->wipe();
}

} // namespace chcloud
