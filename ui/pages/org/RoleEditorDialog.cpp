#include "RoleEditorDialog.h"

#include "viewmodels/RolesModel.h"
#include "viewmodels/RolesViewModel.h"
#include "widgets/StatusColors.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

RolePolicyRequest requestOf(const RolePolicy &policy)
{
    RolePolicyRequest request;
    request.allowDeny = policy.allowDeny;
    request.permissions = policy.permissions;
    request.resources = policy.resources;
    request.grants = policy.grants;
    request.roleV2 = policy.roleV2;
    return request;
}

RolePolicy policyOf(const RolePolicyRequest &request)
{
    RolePolicy policy;
    policy.allowDeny = request.allowDeny;
    policy.permissions = request.permissions;
    policy.resources = request.resources;
    policy.grants = request.grants;
    policy.roleV2 = request.roleV2;
    return policy;
}

} // namespace

RoleEditorDialog::RoleEditorDialog(RolesViewModel *viewModel, const std::optional<Role> &existing, QWidget *parent)
    : QDialog(parent)
    , m_viewModel(viewModel)
    , m_name(new QLineEdit(this))
    , m_policyList(new QListWidget(this))
    , m_addPolicy(new QPushButton(tr("&Add Policy"), this))
    , m_removePolicy(new QPushButton(tr("Re&move Policy"), this))
    , m_effect(new QComboBox(this))
    , m_permissions(new QListWidget(this))
    , m_resources(new QLineEdit(this))
    , m_keptNote(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_serverError(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(u"roleEditorDialog"_s);
    setWindowTitle(existing ? tr("Edit Role") : tr("New Role"));
    if (existing) {
        m_roleId = existing->id;
        m_name->setText(existing->name);
        for (const RolePolicy &policy : existing->policies)
            m_policies.append(requestOf(policy));
    } else {
        // A new role starts with one policy to fill in.
        m_policies.append(RolePolicyRequest {});
    }

    m_name->setObjectName(u"roleNameEdit"_s);
    m_name->setPlaceholderText(tr("e.g. Service operators"));
    m_name->setMaxLength(255);
    m_policyList->setObjectName(u"rolePolicyList"_s);
    m_policyList->setAccessibleName(tr("Policies"));
    m_policyList->setMaximumHeight(110);
    m_addPolicy->setObjectName(u"roleAddPolicyButton"_s);
    m_removePolicy->setObjectName(u"roleRemovePolicyButton"_s);
    m_effect->setObjectName(u"rolePolicyEffectCombo"_s);
    m_effect->addItem(tr("Allow"), u"ALLOW"_s);
    m_effect->addItem(tr("Deny"), u"DENY"_s);
    m_permissions->setObjectName(u"rolePermissionList"_s);
    m_permissions->setAccessibleName(tr("Permissions"));
    m_permissions->setMinimumHeight(90);
    // Those the document names, those the organization uses, and any this role already carries.
    QStringList choices = viewModel->permissionChoices();
    for (const RolePolicyRequest &policy : std::as_const(m_policies)) {
        for (const QString &permission : policy.permissions) {
            if (!choices.contains(permission))
                choices.append(permission);
        }
    }
    for (const QString &permission : std::as_const(choices)) {
        auto *item = new QListWidgetItem(permission, m_permissions);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        if (!rbac::documentedPermissions().contains(permission))
            item->setToolTip(tr("Not named in the API document; used by a role of this organization."));
    }
    m_resources->setObjectName(u"rolePolicyResourcesEdit"_s);
    m_resources->setPlaceholderText(tr("organization/*, instance/*, instance/<service id>"));
    m_keptNote->setObjectName(u"roleKeptNote"_s);
    m_keptNote->setWordWrap(true);
    m_problem->setObjectName(u"roleProblemLabel"_s);
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    StatusColors::mark(m_problem, StatusColors::Status::Problem);
    m_serverError->setObjectName(u"roleServerErrorLabel"_s);
    m_serverError->setWordWrap(true);
    m_serverError->setTextFormat(Qt::PlainText); // the server's words
    StatusColors::mark(m_serverError, StatusColors::Status::Problem);
    m_serverError->hide();
    okButton()->setText(existing ? tr("Save Role") : tr("Create Role"));
    okButton()->setObjectName(u"roleOkButton"_s);

    auto *policyButtons = new QHBoxLayout;
    policyButtons->addWidget(m_addPolicy);
    policyButtons->addWidget(m_removePolicy);
    policyButtons->addStretch(1);

    auto *policyBox = new QGroupBox(tr("Selected policy"), this);
    policyBox->setObjectName(u"rolePolicyBox"_s);
    auto *policyForm = new QFormLayout(policyBox);
    policyForm->addRow(tr("&Effect:"), m_effect);
    policyForm->addRow(tr("&Permissions:"), m_permissions);
    policyForm->addRow(tr("&Resources:"), m_resources);
    auto *resourceHint = new QLabel(tr("Separate several with commas. organization/* is the whole organization, "
                                       "instance/* every service, instance/<id> one service."),
                                    policyBox);
    resourceHint->setWordWrap(true);
    policyForm->addRow(QString(), resourceHint);
    policyForm->addRow(QString(), m_keptNote);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    auto *policiesLabel = new QLabel(tr("P&olicies:"), this);
    policiesLabel->setBuddy(m_policyList);
    form->addRow(policiesLabel, m_policyList);
    form->addRow(QString(), policyButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(policyBox, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_serverError);
    layout->addWidget(m_buttons);

    for (int row = 0; row < m_policies.size(); ++row) {
        m_policyList->addItem(QString());
        refreshPolicyRow(row);
    }

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RoleEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &RoleEditorDialog::revalidate);
    connect(m_addPolicy, &QPushButton::clicked, this, &RoleEditorDialog::addPolicy);
    connect(m_removePolicy, &QPushButton::clicked, this, &RoleEditorDialog::removePolicy);
    connect(m_policyList, &QListWidget::currentRowChanged, this, &RoleEditorDialog::showPolicy);
    connect(m_effect, &QComboBox::currentIndexChanged, this, &RoleEditorDialog::storeEffect);
    connect(m_permissions, &QListWidget::itemChanged, this, &RoleEditorDialog::storePermissions);
    connect(m_resources, &QLineEdit::textChanged, this, &RoleEditorDialog::storeResources);

    m_policyList->setCurrentRow(m_policies.isEmpty() ? -1 : 0);
    showPolicy(m_policyList->currentRow());
    m_name->setFocus();
    revalidate();
    resize(560, 560);
}

QPushButton *RoleEditorDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QStringList RoleEditorDialog::resourcesFromText(const QString &text)
{
    static const QRegularExpression separators(u"[,\\s]+"_s);
    return text.split(separators, Qt::SkipEmptyParts);
}

RoleCreateRequest RoleEditorDialog::draft() const
{
    RoleCreateRequest request;
    request.name = m_name->text().trimmed();
    request.policies = m_policies;
    return request;
}

QString RoleEditorDialog::problem() const
{
    return m_viewModel->validate(draft(), m_roleId);
}

QString RoleEditorDialog::serverErrorText() const
{
    return m_serverError->text();
}

void RoleEditorDialog::addPolicy()
{
    m_policies.append(RolePolicyRequest {});
    m_policyList->addItem(QString());
    refreshPolicyRow(int(m_policies.size()) - 1);
    m_policyList->setCurrentRow(int(m_policies.size()) - 1);
    m_effect->setFocus();
    revalidate();
}

void RoleEditorDialog::removePolicy()
{
    const int row = m_policyList->currentRow();
    if (row < 0 || row >= m_policies.size())
        return;
    m_policies.removeAt(row);
    delete m_policyList->takeItem(row);
    for (int i = row; i < m_policies.size(); ++i)
        refreshPolicyRow(i);
    showPolicy(m_policyList->currentRow());
    revalidate();
}

void RoleEditorDialog::showPolicy(int row)
{
    const bool valid = row >= 0 && row < m_policies.size();
    m_loadingPolicy = true;
    m_effect->setEnabled(valid);
    m_permissions->setEnabled(valid);
    m_resources->setEnabled(valid);
    m_removePolicy->setEnabled(valid);
    const RolePolicyRequest policy = valid ? m_policies.at(row) : RolePolicyRequest {};
    const int effect = m_effect->findData(policy.allowDeny);
    m_effect->setCurrentIndex(effect < 0 ? 0 : effect);
    for (int i = 0; i < m_permissions->count(); ++i) {
        QListWidgetItem *item = m_permissions->item(i);
        item->setCheckState(valid && policy.permissions.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
    }
    m_resources->setText(valid ? policy.resources.join(u", "_s) : QString());
    QStringList kept;
    if (valid && !policy.roleV2.isEmpty())
        kept.append(tr("SQL console role %1").arg(policy.roleV2));
    if (valid && !policy.grants.isEmpty())
        kept.append(tr("grants %1").arg(policy.grants.join(u", "_s)));
    m_keptNote->setText(kept.isEmpty() ? QString() : tr("Kept as they are: %1.").arg(kept.join(u"; "_s)));
    m_keptNote->setVisible(!kept.isEmpty());
    m_loadingPolicy = false;
}

void RoleEditorDialog::storeEffect()
{
    const int row = m_policyList->currentRow();
    if (m_loadingPolicy || row < 0 || row >= m_policies.size())
        return;
    m_policies[row].allowDeny = m_effect->currentData().toString();
    refreshPolicyRow(row);
    revalidate();
}

void RoleEditorDialog::storePermissions()
{
    const int row = m_policyList->currentRow();
    if (m_loadingPolicy || row < 0 || row >= m_policies.size())
        return;
    QStringList permissions;
    for (int i = 0; i < m_permissions->count(); ++i) {
        if (m_permissions->item(i)->checkState() == Qt::Checked)
            permissions.append(m_permissions->item(i)->text());
    }
    m_policies[row].permissions = permissions;
    refreshPolicyRow(row);
    revalidate();
}

void RoleEditorDialog::storeResources()
{
    const int row = m_policyList->currentRow();
    if (m_loadingPolicy || row < 0 || row >= m_policies.size())
        return;
    m_policies[row].resources = resourcesFromText(m_resources->text());
    refreshPolicyRow(row);
    revalidate();
}

void RoleEditorDialog::refreshPolicyRow(int row)
{
    if (QListWidgetItem *item = m_policyList->item(row))
        item->setText(tr("%1. %2").arg(row + 1).arg(RolesModel::policyText(policyOf(m_policies.at(row)))));
}

void RoleEditorDialog::revalidate()
{
    const QString text = problem();
    okButton()->setEnabled(text.isEmpty() && !m_command);
    // A new role's empty name is not scolded before the user has typed anything.
    const bool untouched = m_roleId.isEmpty() && m_name->text().isEmpty() && !m_name->isModified();
    m_problem->setText(untouched ? QString() : text);
    m_problem->setVisible(!m_problem->text().isEmpty());
}

void RoleEditorDialog::setSending(bool sending)
{
    m_name->setReadOnly(sending);
    m_policyList->setEnabled(!sending);
    m_addPolicy->setEnabled(!sending);
    m_removePolicy->setEnabled(!sending && m_policyList->currentRow() >= 0);
    m_effect->setEnabled(!sending && m_policyList->currentRow() >= 0);
    m_permissions->setEnabled(!sending && m_policyList->currentRow() >= 0);
    m_resources->setReadOnly(sending);
    revalidate();
}

void RoleEditorDialog::accept()
{
    if (m_command || !problem().isEmpty())
        return;
    m_serverError->clear();
    m_serverError->hide();
    if (m_roleId.isEmpty()) {
        m_command = m_viewModel->createRole(draft());
    } else {
        RoleUpdateRequest update;
        const RoleCreateRequest request = draft();
        update.name = request.name;
        update.policies = request.policies;
        m_command = m_viewModel->updateRole(m_roleId, update);
    }
    connect(m_command, &RoleCommand::finished, this, &RoleEditorDialog::commandFinished);
    setSending(true);
}

void RoleEditorDialog::commandFinished()
{
    auto *command = qobject_cast<RoleCommand *>(sender());
    m_command = nullptr;
    setSending(false);
    if (!command)
        return;
    if (command->isSuccess()) {
        QDialog::accept();
        return;
    }
    // A cancellation (signed out, organization switched) is no error: the dialog just stays.
    const QString text = command->errorText();
    m_serverError->setText(text.isEmpty() ? QString() : tr("Not saved: %1").arg(text));
    m_serverError->setVisible(!text.isEmpty());
}

} // namespace chcloud
