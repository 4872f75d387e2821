#include "ApiKeyDialog.h"

#include "viewmodels/ApiKeyEditor.h"
#include "widgets/DateFields.h"
#include "widgets/Prompter.h"
#include "widgets/StatusColors.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

QLabel *problemLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    StatusColors::mark(label, StatusColors::Status::Problem);
    label->hide();
    return label;
}

/// A form label whose mnemonic moves the focus to `field` (a row that is a layout gets no buddy by itself).
QLabel *buddyLabel(const QString &text, QWidget *field, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setBuddy(field);
    return label;
}

void showProblem(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

} // namespace

ApiKeyDialog::ApiKeyDialog(ApiKeyEditor *editor, QWidget *parent)
    : QDialog(parent)
    , m_editor(editor)
{
    setObjectName(u"apiKeyDialog"_s);
    setWindowTitle(editor->mode() == ApiKeyEditor::Mode::Create ? tr("New API Key") : tr("Edit API Key"));
    buildUi();
    fillFromEditor();
    connect(m_editor, &ApiKeyEditor::rolesChanged, this, &ApiKeyDialog::populateRoles);
    connect(m_editor, &ApiKeyEditor::busyChanged, this, &ApiKeyDialog::updateBusy);
    connect(m_editor, &ApiKeyEditor::errorChanged, this, [this](const QString &text) { showProblem(m_error, text); });
    updateValidation();
}

ApiKeyDialog::~ApiKeyDialog() = default;

void ApiKeyDialog::buildUi()
{
    const bool create = m_editor->mode() == ApiKeyEditor::Mode::Create;
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_name = new QLineEdit(this);
    m_name->setObjectName(u"keyNameEdit"_s);
    m_name->setMaxLength(ApiKeyEditor::maxNameLength + 16);
    m_nameProblem = problemLabel(u"keyNameProblem"_s, this);
    auto *nameBox = new QVBoxLayout;
    nameBox->addWidget(m_name);
    nameBox->addWidget(m_nameProblem);
    form->addRow(buddyLabel(tr("&Name:"), m_name, this), nameBox);

    m_roles = new QListWidget(this);
    m_roles->setObjectName(u"keyRolesList"_s);
    m_roles->setMaximumHeight(120);
    m_rolesNote = new QLabel(this);
    m_rolesNote->setObjectName(u"keyRolesNote"_s);
    m_rolesNote->setWordWrap(true);
    auto *rolesBox = new QVBoxLayout;
    rolesBox->addWidget(m_roles);
    rolesBox->addWidget(m_rolesNote);
    form->addRow(buddyLabel(tr("&Roles:"), m_roles, this), rolesBox);

    m_expiration = new QComboBox(this);
    m_expiration->setObjectName(u"keyExpirationCombo"_s);
    if (!create)
        m_expiration->addItem(tr("Keep the current expiration"), int(ApiKeyEditor::Expiration::Keep));
    m_expiration->addItem(create ? tr("Never") : tr("Never (clear the expiration)"),
                          int(ApiKeyEditor::Expiration::Never));
    m_expiration->addItem(tr("1 day"), int(ApiKeyEditor::Expiration::OneDay));
    m_expiration->addItem(tr("1 week"), int(ApiKeyEditor::Expiration::OneWeek));
    m_expiration->addItem(tr("1 month"), int(ApiKeyEditor::Expiration::OneMonth));
    m_expiration->addItem(tr("6 months"), int(ApiKeyEditor::Expiration::SixMonths));
    m_expiration->addItem(tr("1 year"), int(ApiKeyEditor::Expiration::OneYear));
    m_expiration->addItem(tr("On a date…"), int(ApiKeyEditor::Expiration::Custom));
    m_customDate = new QDateEdit(this);
    m_customDate->setObjectName(u"keyExpiryDateEdit"_s);
    m_customDate->setCalendarPopup(true);
    m_customDate->setMinimumDate(QDate::currentDate().addDays(1));
    m_customDate->setDate(QDate::currentDate().addMonths(3));
    DateFields::showWholeDate(m_customDate);
    m_customDate->setEnabled(false);
    auto *expiryBox = new QHBoxLayout;
    expiryBox->addWidget(m_expiration, 1);
    expiryBox->addWidget(m_customDate);
    form->addRow(buddyLabel(tr("&Expires:"), m_expiration, this), expiryBox);

    auto *ipGroup = new QGroupBox(tr("IP access"), this);
    auto *ipLayout = new QVBoxLayout(ipGroup);
    m_ipAnywhere = new QRadioButton(tr("Allow access from anywhere"), ipGroup);
    m_ipAnywhere->setObjectName(u"keyIpAnywhereRadio"_s);
    m_ipList = new QRadioButton(
        tr("Only from these IP addresses or CIDR ranges (one per line, each optionally followed by a description):"),
        ipGroup);
    m_ipList->setObjectName(u"keyIpListRadio"_s);
    auto *ipChoice = new QButtonGroup(ipGroup);
    ipChoice->addButton(m_ipAnywhere);
    ipChoice->addButton(m_ipList);
    m_ipEntries = new QPlainTextEdit(ipGroup);
    m_ipEntries->setObjectName(u"keyIpEntriesEdit"_s);
    m_ipEntries->setPlaceholderText(tr("203.0.113.7 Office\n198.51.100.0/24 VPN"));
    m_ipEntries->setMaximumHeight(90);
    m_ipProblem = problemLabel(u"keyIpProblem"_s, ipGroup);
    ipLayout->addWidget(m_ipAnywhere);
    ipLayout->addWidget(m_ipList);
    ipLayout->addWidget(m_ipEntries);
    ipLayout->addWidget(m_ipProblem);
    if (!create) {
        auto *replaceNote = new QLabel(
            tr("When the list changes, saving replaces the key's whole IP access list with this one."), ipGroup);
        replaceNote->setWordWrap(true);
        ipLayout->addWidget(replaceNote);
    }
    layout->addWidget(ipGroup);

    m_enabled = new QCheckBox(create ? tr("Enable the key as soon as it is created") : tr("Key is enabled"), this);
    m_enabled->setObjectName(u"keyEnabledCheck"_s);
    layout->addWidget(m_enabled);

    m_generateLocally = new QCheckBox(tr("Generate the secret on this computer"), this);
    m_generateLocally->setObjectName(u"keyGenerateLocallyCheck"_s);
    auto *generateNote = new QLabel(tr("Advanced: only hashes are sent, so the secret never crosses the network. "
                                       "The API does not document the key format it accepts, so this may be "
                                       "rejected."),
                                    this);
    generateNote->setWordWrap(true);
    generateNote->setEnabled(false);
    if (create) {
        layout->addWidget(m_generateLocally);
        layout->addWidget(generateNote);
    } else {
        m_generateLocally->hide();
        generateNote->hide();
    }

    m_error = problemLabel(u"keyDialogError"_s, this);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(this);
    m_submit = buttons->addButton(create ? tr("Generate API Key") : tr("Save"), QDialogButtonBox::AcceptRole);
    m_submit->setObjectName(u"keySubmitButton"_s);
    m_submit->setDefault(true);
    m_cancel = buttons->addButton(QDialogButtonBox::Cancel);
    m_cancel->setObjectName(u"keyCancelButton"_s);
    layout->addWidget(buttons);

    // Accepting only happens once the server said yes, so the box never closes the dialog itself.
    connect(m_submit, &QPushButton::clicked, this, &ApiKeyDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ApiKeyDialog::updateValidation);
    connect(m_roles, &QListWidget::itemChanged, this, &ApiKeyDialog::updateValidation);
    connect(m_expiration, &QComboBox::currentIndexChanged, this, &ApiKeyDialog::updateValidation);
    connect(m_customDate, &QDateEdit::dateChanged, this, &ApiKeyDialog::updateValidation);
    connect(m_ipAnywhere, &QRadioButton::toggled, this, &ApiKeyDialog::updateValidation);
    connect(m_ipEntries, &QPlainTextEdit::textChanged, this, &ApiKeyDialog::updateValidation);
}

void ApiKeyDialog::fillFromEditor()
{
    // Setting one field would otherwise read every other, not yet filled, field back into the editor.
    m_filling = true;
    m_name->setText(m_editor->name);
    const int expiryIndex = m_expiration->findData(int(m_editor->expiration));
    m_expiration->setCurrentIndex(expiryIndex < 0 ? 0 : expiryIndex);
    if (m_editor->customExpiryDate.isValid() && m_editor->customExpiryDate > QDate::currentDate())
        m_customDate->setDate(m_editor->customExpiryDate);
    m_ipAnywhere->setChecked(m_editor->ipAnywhere);
    m_ipList->setChecked(!m_editor->ipAnywhere);
    m_ipEntries->setPlainText(ApiKeyEditor::formatIpLines(m_editor->ipEntries));
    m_enabled->setChecked(m_editor->enabled);
    m_generateLocally->setChecked(m_editor->generateLocally);
    m_filling = false;
    populateRoles();
}

void ApiKeyDialog::populateRoles()
{
    const QSignalBlocker blocker(m_roles);
    m_roles->clear();
    for (const ApiKeyEditor::RoleOption &option : m_editor->availableRoles()) {
        auto *item = new QListWidgetItem(option.name, m_roles);
        item->setData(Qt::UserRole, option.id);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(m_editor->selectedRoleIds.contains(option.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_rolesNote->setText(m_editor->usesLegacyRoles()
                             ? tr("This organization has no custom roles: the classic roles are offered.")
                             : QString());
    m_rolesNote->setVisible(m_editor->usesLegacyRoles());
    updateValidation();
}

void ApiKeyDialog::readIntoEditor()
{
    m_editor->name = m_name->text();
    m_editor->selectedRoleIds.clear();
    for (int i = 0; i < m_roles->count(); ++i) {
        const QListWidgetItem *item = m_roles->item(i);
        if (item->checkState() == Qt::Checked)
            m_editor->selectedRoleIds.append(item->data(Qt::UserRole).toString());
    }
    m_editor->expiration = ApiKeyEditor::Expiration(m_expiration->currentData().toInt());
    m_editor->customExpiryDate = m_customDate->date();
    m_editor->ipAnywhere = m_ipAnywhere->isChecked();
    m_editor->ipEntries = ApiKeyEditor::parseIpLines(m_ipEntries->toPlainText());
    m_editor->enabled = m_enabled->isChecked();
    m_editor->generateLocally = m_generateLocally->isChecked();
}

void ApiKeyDialog::updateValidation()
{
    if (m_filling)
        return;
    readIntoEditor();
    m_customDate->setEnabled(m_editor->expiration == ApiKeyEditor::Expiration::Custom);
    m_ipEntries->setEnabled(!m_editor->ipAnywhere);

    // Name: say nothing until the user typed something.
    showProblem(m_nameProblem, m_name->isModified() ? ApiKeyEditor::nameProblem(m_editor->name) : QString());

    QStringList ipProblems;
    if (!m_editor->ipAnywhere) {
        for (const IpAccessListEntry &entry : std::as_const(m_editor->ipEntries)) {
            if (const QString problem = ApiKeyEditor::ipEntryProblem(entry.source); !problem.isEmpty())
                ipProblems.append(problem);
        }
        if (ipProblems.isEmpty() && m_editor->deniesAllAccess())
            ipProblems.append(tr("An empty list denies all access to the API with this key."));
    }
    showProblem(m_ipProblem, ipProblems.join(u'\n'));
    m_submit->setEnabled(!m_editor->isBusy() && m_editor->isValid());
}

void ApiKeyDialog::updateBusy(bool busy)
{
    m_submit->setEnabled(!busy && m_editor->isValid());
    m_submit->setText(busy ? tr("Working…")
                           : (m_editor->mode() == ApiKeyEditor::Mode::Create ? tr("Generate API Key") : tr("Save")));
    for (QWidget *field :
         { static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_roles), static_cast<QWidget *>(m_expiration),
           static_cast<QWidget *>(m_ipAnywhere), static_cast<QWidget *>(m_ipList), static_cast<QWidget *>(m_enabled),
           static_cast<QWidget *>(m_generateLocally) })
        field->setEnabled(!busy);
    if (!busy)
        updateValidation();
}

void ApiKeyDialog::submit()
{
    if (m_editor->isBusy())
        return;
    readIntoEditor();
    if (m_editor->deniesAllAccess()) {
        const bool confirmed = Prompter::instance()->confirm(
            this, tr("Deny all access?"),
            tr("The IP access list is empty: the key will not be accepted from any address. Save anyway?"),
            tr("Save with no access"), u"confirmEmptyIpAccessList"_s);
        if (!confirmed)
            return;
    }
    if (m_editor->mode() == ApiKeyEditor::Mode::Edit && m_currentKey && !m_editor->enabled
        && m_editor->original().state != ApiKeyState::Disabled) {
        const bool confirmed = Prompter::instance()->confirm(
            this, tr("Disable the key this app uses?"),
            tr("This is the key this profile signs in with. Once it is disabled, this app loses access to the "
               "organization."),
            tr("Disable"), u"confirmDisableCurrentKey"_s);
        if (!confirmed)
            return;
    }
    m_editor->submit();
}

} // namespace chcloud
