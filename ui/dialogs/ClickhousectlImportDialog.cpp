#include "ClickhousectlImportDialog.h"

#include "import/ClickhousectlImport.h"
#include "session/ProfilesViewModel.h"
#include "widgets/Prompter.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

ClickhousectlImportDialog::ClickhousectlImportDialog(ProfilesViewModel *profiles, QWidget *parent)
    : QDialog(parent)
    , m_import(new ClickhousectlImport(profiles, this))
    , m_pathEdit(new QLineEdit(this))
    , m_browseButton(new QPushButton(tr("&Browse…"), this))
    , m_keyIdLabel(new QLabel(this))
    , m_permissionsWarning(new QLabel(this))
    , m_labelEdit(new QLineEdit(this))
    , m_advanced(new QGroupBox(tr("Advanced"), this))
    , m_baseUrlEdit(new QLineEdit(m_advanced))
    , m_statusLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
{
    setObjectName(u"clickhousectlImportDialog"_s);
    setWindowTitle(tr("Import from clickhousectl"));
    setMinimumWidth(560);

    auto *intro = new QLabel(tr("The ClickHouse Cloud CLI keeps its API key and secret in plain text in "
                                "%1 inside the directory it runs in. The key can move to the system keychain "
                                "as a new profile.")
                                 .arg(QDir::toNativeSeparators(ClickhousectlCredentialsFile::relativePath())),
                             this);
    intro->setWordWrap(true);

    m_pathEdit->setObjectName(u"pathEdit"_s);
    m_browseButton->setObjectName(u"browseButton"_s);
    m_keyIdLabel->setObjectName(u"keyIdLabel"_s);
    m_keyIdLabel->setTextFormat(Qt::PlainText); // read from a file: data
    m_keyIdLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_permissionsWarning->setObjectName(u"permissionsWarningLabel"_s);
    m_permissionsWarning->setWordWrap(true);
    m_permissionsWarning->setText(tr("Other users of this computer may read this file: the secret may have been "
                                     "seen. Consider rotating the key after the import."));
    m_permissionsWarning->hide();
    m_labelEdit->setObjectName(u"labelEdit"_s);
    m_labelEdit->setPlaceholderText(tr("The organization's name"));
    m_baseUrlEdit->setObjectName(u"baseUrlEdit"_s);
    m_baseUrlEdit->setText(ProfilesViewModel::defaultBaseUrl().toString());
    m_advanced->setObjectName(u"advancedGroup"_s);
    m_advanced->setCheckable(true);
    m_advanced->setChecked(false);
    auto *advancedLayout = new QFormLayout(m_advanced);
    advancedLayout->addRow(tr("API base URL:"), m_baseUrlEdit);
    connect(m_advanced, &QGroupBox::toggled, m_baseUrlEdit, &QWidget::setVisible);
    m_baseUrlEdit->setVisible(false);
    m_statusLabel->setObjectName(u"statusLabel"_s);
    m_statusLabel->setWordWrap(true);
    m_errorLabel->setObjectName(u"errorLabel"_s);
    m_errorLabel->setTextFormat(Qt::PlainText); // may quote the server's error
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->hide();

    auto *pathRow = new QHBoxLayout;
    pathRow->addWidget(m_pathEdit, 1);
    pathRow->addWidget(m_browseButton);
    auto *form = new QFormLayout;
    auto *pathLabel = new QLabel(tr("&File:"), this);
    pathLabel->setBuddy(m_pathEdit);
    form->addRow(pathLabel, pathRow);
    form->addRow(tr("Key ID:"), m_keyIdLabel);
    form->addRow(tr("Profile &label:"), m_labelEdit);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setObjectName(u"importButton"_s);
    m_importButton->setDefault(true);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(m_importButton, &QPushButton::clicked, this, &ClickhousectlImportDialog::importKey);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_permissionsWarning);
    layout->addWidget(m_advanced);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_errorLabel);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_pathEdit, &QLineEdit::editingFinished, this, &ClickhousectlImportDialog::loadPath);
    connect(m_browseButton, &QPushButton::clicked, this, &ClickhousectlImportDialog::browse);
    connect(m_import, &ClickhousectlImport::stepChanged, this, &ClickhousectlImportDialog::updateState);
    connect(m_import, &ClickhousectlImport::failed, this, &ClickhousectlImportDialog::showError);
    connect(m_import, &ClickhousectlImport::imported, this, &ClickhousectlImportDialog::offerRemoval);

    // Read at once when the CLI left a file in one of its places; otherwise wait for the user's choice.
    const QString path = ClickhousectlCredentialsFile::defaultPath(QDir::currentPath(), QDir::homePath());
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    if (QFileInfo(path).isFile())
        loadPath();
    else
        updateState();
}

ClickhousectlImportDialog::~ClickhousectlImportDialog()
{
    // Deleted while shown, QDialog hides it and the path field loses focus: its
    // editingFinished must not reach a dialog that is already half destroyed.
    m_pathEdit->disconnect(this);
}

void ClickhousectlImportDialog::setPath(const QString &path)
{
    m_pathEdit->setText(QDir::toNativeSeparators(path));
    loadPath();
}

void ClickhousectlImportDialog::setBaseUrl(const QUrl &url)
{
    m_baseUrlEdit->setText(url.toString());
    if (url != ProfilesViewModel::defaultBaseUrl())
        m_advanced->setChecked(true);
}

QUuid ClickhousectlImportDialog::importedProfileId() const
{
    return m_import->importedProfileId();
}

void ClickhousectlImportDialog::loadPath()
{
    const QString path = QDir::fromNativeSeparators(m_pathEdit->text().trimmed());
    if (path == m_import->path() && m_import->step() == ClickhousectlImport::Step::Loaded)
        return;
    showError({});
    m_import->load(path);
    updateState();
}

void ClickhousectlImportDialog::browse()
{
    QFileDialog dialog(this, tr("Choose the clickhousectl Credentials File"));
    dialog.setObjectName(u"credentialsFileDialog"_s);
    dialog.setFileMode(QFileDialog::ExistingFile);
    dialog.setFilter(dialog.filter() | QDir::Hidden); // the file lives in .clickhouse/
    dialog.setNameFilters({ tr("JSON files (*.json)"), tr("All files (*)") });
    dialog.setDirectory(QDir::homePath());
    if (Prompter::instance()->execDialog(&dialog) == QDialog::Accepted && !dialog.selectedFiles().isEmpty())
        setPath(dialog.selectedFiles().constFirst());
}

void ClickhousectlImportDialog::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

void ClickhousectlImportDialog::updateState()
{
    using Step = ClickhousectlImport::Step;
    const Step step = m_import->step();
    const bool loaded = step != Step::Empty;
    m_keyIdLabel->setText(loaded ? m_import->keyId() : tr("No key read"));
    m_permissionsWarning->setVisible(loaded && m_import->isReadableByOthers());
    m_importButton->setEnabled(step == Step::Loaded);
    m_pathEdit->setEnabled(!m_import->isBusy() && step != Step::Imported);
    m_browseButton->setEnabled(m_pathEdit->isEnabled());
    switch (step) {
    case Step::Empty:
    case Step::Loaded:
    case Step::Imported:
        m_statusLabel->clear();
        break;
    case Step::Verifying:
        m_statusLabel->setText(tr("Checking the key…"));
        break;
    case Step::Saving:
        m_statusLabel->setText(tr("Saving the profile to the keychain…"));
        break;
    }
}

void ClickhousectlImportDialog::importKey()
{
    showError({});
    const QUrl baseUrl(m_baseUrlEdit->text().trimmed(), QUrl::StrictMode);
    m_import->importKey(baseUrl, m_labelEdit->text());
}

void ClickhousectlImportDialog::offerRemoval()
{
    Prompter::Question question;
    question.severity = Prompter::Severity::Question;
    question.title = tr("Remove the Plaintext Key?");
    question.text = tr("The key is now in the system keychain. Remove it from %1?")
                        .arg(QDir::toNativeSeparators(m_import->path()));
    question.informativeText = tr("clickhousectl will then ask for a key again. Other entries of the file are kept.");
    question.buttons = QMessageBox::Yes | QMessageBox::No;
    question.defaultButton = QMessageBox::No;
    question.buttonTexts.insert(QMessageBox::Yes, tr("Remove from File"));
    question.buttonTexts.insert(QMessageBox::No, tr("Keep"));
    question.objectName = u"confirmRemovePlaintextKey"_s;
    if (Prompter::instance()->ask(this, question) == QMessageBox::Yes) {
        QString message;
        if (!m_import->removePlaintextKey(&message))
            Prompter::instance()->warn(this, tr("Remove the Plaintext Key"), message, u"removePlaintextKeyFailed"_s);
    }
    accept();
}

} // namespace chcloud
