#include "KeysPage.h"

#include "domain/DisplayText.h"
#include "keys/ApiKeyDialog.h"
#include "keys/KeyRevealDialog.h"
#include "keys/KeyRotationDialog.h"
#include "session/ProfileKeyActions.h"
#include "viewmodels/ApiKeyEditor.h"
#include "viewmodels/ApiKeysFilterModel.h"
#include "viewmodels/ApiKeysViewModel.h"
#include "viewmodels/ClipboardGuard.h"
#include "viewmodels/KeyReveal.h"
#include "viewmodels/KeyRotation.h"
#include "viewmodels/UnreadableRows.h"
#include "widgets/ErrorBanner.h"
#include "widgets/IsolatingItemDelegate.h"
#include "widgets/Prompter.h"
#include "widgets/StatusColors.h"
#include "widgets/TableHeaders.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QUuid>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

/// Paints cells the model flags (expired, expiring soon, no IP access) in the
/// palette's warning-like colour and bold, so they stand out without colour alone.
class HighlightDelegate final : public IsolatingItemDelegate
{
public:
    using IsolatingItemDelegate::IsolatingItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        IsolatingItemDelegate::initStyleOption(option, index);
        if (index.data(ApiKeysViewModel::HighlightRole).toBool()) {
            option->font.setBold(true);
            option->palette.setColor(QPalette::Text,
                                     StatusColors::text(StatusColors::Status::Warning, option->palette));
        }
    }
};

} // namespace

KeysPage::KeysPage(ApiKeysViewModel *model, ProfileKeyActions *actions, QWidget *parent)
    : Page(parent)
    , m_model(model)
    , m_filter(new ApiKeysFilterModel(this))
    , m_clipboard(new ClipboardGuard(this))
    , m_actions(actions)
{
    m_model->setParent(this);
    if (m_actions)
        m_actions->setParent(this);
    setObjectName(u"keysPage"_s);
    m_filter->setSourceModel(m_model);
    buildUi();

    connect(m_model, &ApiKeysViewModel::refreshed, this, [this] {
        // A load error blanks the list; a few unreadable keys only earn a warning.
        const QString error = m_model->errorText();
        showBanner(error.isEmpty() ? m_model->unreadableText() : error);
        m_banner->setToolTip(error.isEmpty() ? UnreadableRows::details(m_model->unreadableRows()) : QString());
        updateEmptyState();
        updateActions();
        if (!m_loaded) {
            m_loaded = true;
            Q_EMIT loaded();
        }
    });
    connect(m_model, &ApiKeysViewModel::creatorProgressChanged, this, [this](int read, int planned) {
        if (read < planned)
            Q_EMIT statusMessage(tr("Looking up who created the keys: %1 of %2 months read…").arg(read).arg(planned));
    });
    connect(m_model, &ApiKeysViewModel::busyChanged, this, [this](bool busy) {
        m_refreshButton->setEnabled(!busy);
        if (busy)
            Q_EMIT statusMessage(tr("Loading API keys…"));
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &KeysPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &KeysPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KeysPage::updateEmptyState);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &KeysPage::updateActions);
    updateEmptyState();
    updateActions();
}

KeysPage::~KeysPage() = default;

QString KeysPage::pageName() const
{
    return u"keys"_s;
}

QString KeysPage::title() const
{
    return pageTitle();
}

QString KeysPage::pageTitle()
{
    return tr("API Keys");
}

void KeysPage::buildUi()
{
    auto *layout = new QVBoxLayout(this);

    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(u"keysErrorBanner"_s);
    layout->addWidget(m_banner);

    m_stack = new QStackedWidget(this);
    layout->addWidget(m_stack, 1);

    // The empty state: nothing to list yet, one clear thing to do.
    auto *empty = new QWidget(m_stack);
    empty->setObjectName(u"keysEmptyState"_s);
    auto *emptyLayout = new QVBoxLayout(empty);
    emptyLayout->addStretch();
    auto *emptyText = new QLabel(tr("This organization has no API keys yet.\n"
                                    "Create one to use the ClickHouse Cloud API from scripts, CI or this app."),
                                 empty);
    emptyText->setAlignment(Qt::AlignCenter);
    emptyText->setWordWrap(true);
    emptyLayout->addWidget(emptyText);
    m_emptyNewButton = new QPushButton(tr("Create your first API key"), empty);
    m_emptyNewButton->setObjectName(u"createFirstKeyButton"_s);
    auto *emptyButtonRow = new QHBoxLayout;
    emptyButtonRow->addStretch();
    emptyButtonRow->addWidget(m_emptyNewButton);
    emptyButtonRow->addStretch();
    emptyLayout->addLayout(emptyButtonRow);
    emptyLayout->addStretch();
    m_stack->addWidget(empty);

    auto *content = new QWidget(m_stack);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);

    auto *toolbar = new QHBoxLayout;
    const auto button = [&](const QString &text, const QString &name) {
        auto *b = new QPushButton(text, content);
        b->setObjectName(name);
        toolbar->addWidget(b);
        return b;
    };
    m_newButton = button(tr("New API Key"), u"newKeyButton"_s);
    m_editButton = button(tr("Edit"), u"editKeyButton"_s);
    m_toggleButton = button(tr("Disable"), u"toggleKeyButton"_s);
    m_rotateButton = button(tr("Rotate"), u"rotateKeyButton"_s);
    m_deleteButton = button(tr("Delete"), u"deleteKeyButton"_s);
    m_queryEndpointsButton = button(tr("Query Endpoints…"), u"queryEndpointsKeyButton"_s);
    m_queryEndpointsButton->setToolTip(
        tr("Which services this key can query through their query endpoints (reads at most %n services)", nullptr,
           KeyQueryEndpointScan::defaultMaxServices));
    toolbar->addStretch();
    m_filterEdit = new QLineEdit(content);
    m_filterEdit->setObjectName(u"keyFilterEdit"_s);
    m_filterEdit->setAccessibleName(tr("Filter API keys"));
    m_filterEdit->setPlaceholderText(tr("Filter by name, key ID, role or creator"));
    m_filterEdit->setClearButtonEnabled(true);
    toolbar->addWidget(m_filterEdit);
    m_stateFilter = new QComboBox(content);
    m_stateFilter->setObjectName(u"keyStateFilter"_s);
    m_stateFilter->setAccessibleName(tr("Key state"));
    m_stateFilter->addItem(tr("All states"), -1);
    m_stateFilter->addItem(tr("Enabled"), int(KeyDisplayState::Enabled));
    m_stateFilter->addItem(tr("Expiring soon"), int(KeyDisplayState::ExpiringSoon));
    m_stateFilter->addItem(tr("Expired"), int(KeyDisplayState::Expired));
    m_stateFilter->addItem(tr("Disabled"), int(KeyDisplayState::Disabled));
    toolbar->addWidget(m_stateFilter);
    m_refreshButton = button(tr("Refresh"), u"refreshKeysButton"_s);
    contentLayout->addLayout(toolbar);

    // Keys health: the keys worth a look, each group one click away.
    auto *health = new QHBoxLayout;
    auto *healthLabel = new QLabel(tr("Keys health:"), content);
    health->addWidget(healthLabel);
    const std::array<QString, 4> healthNames { u"healthNeverUsedButton"_s, u"healthUnusedButton"_s,
                                               u"healthOpenButton"_s, u"healthExpiringButton"_s };
    for (size_t i = 0; i < m_healthButtons.size(); ++i) {
        auto *b = new QPushButton(content);
        b->setObjectName(healthNames[i]);
        b->setCheckable(true);
        health->addWidget(b);
        m_healthButtons[i] = b;
        connect(b, &QPushButton::clicked, this, [this, i] { healthFilterClicked(int(i)); });
    }
    health->addStretch();
    contentLayout->addLayout(health);

    m_table = new QTableView(content);
    m_table->setObjectName(u"keysTable"_s);
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new HighlightDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ApiKeysViewModel::CreatedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    TableHeaders::fitTitles(m_table->horizontalHeader());
    // Dates whole in every locale's format; names wrap onto two lines in any font.
    for (const int column : { ApiKeysViewModel::CreatedColumn, ApiKeysViewModel::LastUsedColumn })
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->setDefaultSectionSize(2 * m_table->fontMetrics().lineSpacing() + 6);
    contentLayout->addWidget(m_table, 1);
    m_stack->addWidget(content);

    connect(m_newButton, &QPushButton::clicked, this, &KeysPage::openCreateDialog);
    connect(m_emptyNewButton, &QPushButton::clicked, this, &KeysPage::openCreateDialog);
    connect(m_editButton, &QPushButton::clicked, this, &KeysPage::editSelectedKey);
    connect(m_toggleButton, &QPushButton::clicked, this, &KeysPage::toggleSelectedKey);
    connect(m_rotateButton, &QPushButton::clicked, this, &KeysPage::rotateSelectedKey);
    connect(m_deleteButton, &QPushButton::clicked, this, &KeysPage::deleteSelectedKey);
    connect(m_queryEndpointsButton, &QPushButton::clicked, this, &KeysPage::checkQueryEndpointsOfSelectedKey);
    connect(m_refreshButton, &QPushButton::clicked, this, &KeysPage::refresh);
    connect(m_table, &QTableView::doubleClicked, this, &KeysPage::editSelectedKey);
    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &ApiKeysFilterModel::setFilterText);
    connect(m_stateFilter, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_stateFilter->currentData().toInt();
        m_filter->setStateFilter(value < 0 ? std::nullopt : std::optional(KeyDisplayState(value)));
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &KeysPage::updateActions);
    connect(m_filter, &ApiKeysFilterModel::healthCountsChanged, this, &KeysPage::updateHealthCounts);
    updateHealthCounts();
}

void KeysPage::updateHealthCounts()
{
    const auto count = [this](KeyHealthCheck check) {
        return m_filter->healthCount(check);
    };
    m_healthButtons[size_t(KeyHealthCheck::NeverUsed)]->setText(
        tr("Never used (%1)").arg(count(KeyHealthCheck::NeverUsed)));
    m_healthButtons[size_t(KeyHealthCheck::Unused)]->setText(
        tr("Unused for %n days (%1)", nullptr, ApiKeysViewModel::unusedDays).arg(count(KeyHealthCheck::Unused)));
    m_healthButtons[size_t(KeyHealthCheck::OpenToAnywhere)]->setText(
        tr("Open to anywhere (%1)").arg(count(KeyHealthCheck::OpenToAnywhere)));
    m_healthButtons[size_t(KeyHealthCheck::ExpiringSoon)]->setText(
        tr("Expiring within %n days (%1)", nullptr, m_model->expiringSoonDays())
            .arg(count(KeyHealthCheck::ExpiringSoon)));
}

void KeysPage::healthFilterClicked(int check)
{
    const bool on = m_healthButtons[size_t(check)]->isChecked();
    for (size_t i = 0; i < m_healthButtons.size(); ++i) {
        if (int(i) != check)
            m_healthButtons[i]->setChecked(false);
    }
    m_filter->setHealthFilter(on ? std::optional(KeyHealthCheck(check)) : std::nullopt);
}

void KeysPage::applyContext(const PageContext &context)
{
    m_loaded = false;
    showBanner({});
    updateEmptyState();
    updateActions();
    if (!context.isSignedIn()) {
        // Nothing to load: the page is as loaded as it will get.
        m_loaded = true;
        Q_EMIT loaded();
    }
}

void KeysPage::showEvent(QShowEvent *event)
{
    Page::showEvent(event);
    m_model->setVisible(true);
}

void KeysPage::hideEvent(QHideEvent *event)
{
    Page::hideEvent(event);
    m_model->setVisible(false);
}

void KeysPage::refresh()
{
    m_model->refresh();
}

void KeysPage::showBanner(const QString &text)
{
    m_banner->setText(text);
}

void KeysPage::updateEmptyState()
{
    // The empty state is only for an organization that really has no keys, not
    // for a list that failed to load or is still loading.
    const bool empty = m_model->rowCount() == 0 && m_model->isLoaded() && m_model->errorText().isEmpty();
    m_stack->setCurrentIndex(empty ? 0 : 1);
}

QString KeysPage::selectedKeyId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return {};
    return rows.first().data(ApiKeysViewModel::KeyIdRole).toString();
}

bool KeysPage::selectKey(const QString &keyId)
{
    const int sourceRow = m_model->rowOfKey(keyId);
    if (sourceRow < 0)
        return false;
    QModelIndex index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    if (!index.isValid()) {
        m_filterEdit->clear();
        m_stateFilter->setCurrentIndex(0);
        for (QPushButton *b : m_healthButtons)
            b->setChecked(false);
        m_filter->setHealthFilter(std::nullopt);
        index = m_filter->mapFromSource(m_model->index(sourceRow, 0));
    }
    m_table->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    m_table->setCurrentIndex(index);
    updateActions();
    return true;
}

void KeysPage::updateActions()
{
    const QString id = selectedKeyId();
    const std::optional<ApiKey> key = id.isEmpty() ? std::nullopt : m_model->key(id);
    const bool hasSession = context().isSignedIn();
    // Keys are the organization's: changing them needs control-plane:organization:manage.
    const QString manage = KeyPermissions::organizationManage();
    const QString organization = KeyPermissions::organizationResource();
    gate(m_newButton, hasSession, manage, organization);
    gate(m_emptyNewButton, hasSession, manage, organization);
    gate(m_editButton, key.has_value(), manage, organization);
    gate(m_deleteButton, key.has_value(), manage, organization);
    gate(m_toggleButton, key.has_value(), manage, organization);
    m_toggleButton->setText(key && key->state == ApiKeyState::Disabled ? tr("Enable") : tr("Disable"));
    gate(m_rotateButton, key.has_value(), manage, organization);
    m_queryEndpointsButton->setEnabled(key.has_value() && hasSession && !m_scan);
}

void KeysPage::checkQueryEndpointsOfSelectedKey()
{
    const QString id = selectedKeyId();
    const std::optional<ApiKey> key = id.isEmpty() ? std::nullopt : m_model->key(id);
    if (!key || m_scan)
        return;
    m_scan = m_model->scanQueryEndpoints(key->id);
    m_queryEndpointsButton->setText(tr("Checking…"));
    connect(m_scan, &KeyQueryEndpointScan::finished, this, [this, name = key->name] {
        KeyQueryEndpointScan *scan = m_scan;
        m_scan = nullptr;
        m_queryEndpointsButton->setText(tr("Query Endpoints…"));
        updateActions();
        if (!scan)
            return;
        scan->deleteLater();
        Prompter::instance()->inform(dialogParent(),
                                     tr("Query Endpoints of %1").arg(DisplayText::forConfirmation(name)),
                                     scan->summary(), u"keyQueryEndpoints"_s);
    });
    updateActions();
}

QWidget *KeysPage::dialogParent()
{
    return window() ? window() : this;
}

ApiKeyDialog *KeysPage::openCreateDialog()
{
    if (!context().isSignedIn())
        return nullptr;
    auto *editor = new ApiKeyEditor(m_model);
    auto *dialog = new ApiKeyDialog(editor, dialogParent());
    editor->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &ApiKeyEditor::keyCreated, this,
            [this, dialog](const QString &keyApiId, const QString &name, const QString &keyId, const Secret &secret) {
                dialog->accept();
                selectKey(keyApiId);
                showReveal(name, keyId, secret);
            });
    editor->loadRoles();
    dialog->open();
    return dialog;
}

void KeysPage::showReveal(const QString &keyName, const QString &keyId, const Secret &secret)
{
    KeyReveal *reveal = m_actions ? m_actions->reveal(keyName, keyId, secret, m_clipboard)
                                  : new KeyReveal(keyName, keyId, secret, m_clipboard, nullptr, {});
    auto *dialog = new KeyRevealDialog(reveal, dialogParent());
    reveal->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    Q_EMIT revealOpened(dialog);
}

ApiKeyDialog *KeysPage::editSelectedKey()
{
    const std::optional<ApiKey> key = m_model->key(selectedKeyId());
    if (!key)
        return nullptr;
    auto *editor = new ApiKeyEditor(m_model, *key);
    auto *dialog = new ApiKeyDialog(editor, dialogParent());
    editor->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setCurrentKey(m_model->isCurrentKey(key->id));
    connect(editor, &ApiKeyEditor::keySaved, dialog, &ApiKeyDialog::accept);
    editor->loadRoles();
    dialog->open();
    return dialog;
}

void KeysPage::toggleSelectedKey()
{
    const std::optional<ApiKey> key = m_model->key(selectedKeyId());
    if (!key)
        return;
    const bool enable = key->state == ApiKeyState::Disabled;
    if (!enable && m_model->isCurrentKey(key->id)) {
        const bool confirmed = Prompter::instance()->confirm(
            this, tr("Disable the key this app uses?"),
            tr("“%1” is the key this profile signs in with. Once it is disabled, this app loses access to the "
               "organization until you sign in with another key.")
                .arg(DisplayText::forConfirmation(key->name)),
            tr("Disable"), u"confirmDisableCurrentKey"_s);
        if (!confirmed)
            return;
    }
    ApiKeyCommand *command = m_model->setKeyEnabled(key->id, enable);
    connect(command, &ApiKeyCommand::finished, this, [this, command] {
        showBanner(command->isSuccess() ? QString() : command->errorText());
        updateActions();
    });
}

void KeysPage::deleteSelectedKey()
{
    const std::optional<ApiKey> key = m_model->key(selectedKeyId());
    if (!key)
        return;
    if (m_model->isCurrentKey(key->id)) {
        Prompter::instance()->inform(
            this, tr("This key cannot delete itself"),
            tr("“%1” is (or is probably) the key this profile signs in with, and a key cannot delete itself. "
               "Sign in with another key to delete it, or rotate it to replace it safely.")
                .arg(DisplayText::forConfirmation(key->name)),
            u"cannotDeleteCurrentKey"_s);
        return;
    }
    const bool confirmed = Prompter::instance()->confirm(
        this, tr("Delete API key?"),
        tr("Delete the API key “%1” (key ID ending in %2)? This is permanent: anything using it loses access.")
            .arg(DisplayText::forConfirmation(key->name), DisplayText::forConfirmation(key->keySuffix)),
        tr("Delete key"), u"confirmDeleteKey"_s);
    if (!confirmed)
        return;
    ApiKeyCommand *command = m_model->deleteKey(key->id);
    connect(command, &ApiKeyCommand::finished, this,
            [this, command] { showBanner(command->isSuccess() ? QString() : command->errorText()); });
}

KeyRotationDialog *KeysPage::rotateSelectedKey()
{
    const std::optional<ApiKey> key = m_model->key(selectedKeyId());
    if (!key)
        return nullptr;
    if (!m_model->isCurrentKey(key->id) || !m_actions || !m_actions->canRotate()) {
        Prompter::instance()->inform(
            this, tr("Rotation replaces the key this app uses"),
            tr("Guided rotation replaces the key the current profile signs in with and stores the new secret for "
               "it. “%1” is not that key: create a new key and update whatever uses this one, then delete it.")
                .arg(DisplayText::forConfirmation(key->name)),
            u"rotateNotCurrentKey"_s);
        return nullptr;
    }
    KeyRotation *rotation = m_actions->rotate(*key, nullptr);
    if (!rotation)
        return nullptr;
    auto *dialog = new KeyRotationDialog(rotation, dialogParent());
    rotation->setParent(dialog);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // Once the profile uses the new key, the session manager carries every page over
    // to it (even if disabling the old one failed); otherwise reload what changed.
    connect(rotation, &KeyRotation::finished, this, [this, rotation] {
        if (rotation->profileSwitched())
            Q_EMIT statusMessage(rotation->message());
        else
            refresh();
    });
    connect(
        rotation, &KeyRotation::secretNeedsReveal, this,
        [this](const QString &name, const QString &keyId, const Secret &secret) { showReveal(name, keyId, secret); });
    dialog->open();
    return dialog;
}

QString KeysPage::loadError() const
{
    return m_model ? m_model->errorText() : QString();
}

QString KeysPage::loadWarning() const
{
    return m_model && m_model->errorText().isEmpty() ? m_model->unreadableText() : QString();
}

} // namespace chcloud
