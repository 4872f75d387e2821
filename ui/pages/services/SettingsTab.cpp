#include "SettingsTab.h"

#include "viewmodels/ClickhouseSettingsModel.h"
#include "viewmodels/ServiceSettingsViewModel.h"
#include "widgets/IsolatingItemDelegate.h"
#include "widgets/ThemedIcon.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSortFilterProxyModel>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

SettingsTab::SettingsTab(ServicesViewModel *services, ServiceDetailsViewModel *details, QWidget *parent)
    : ServiceDetailsTab(services, details, parent)
    , m_settings(details->settings())
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_status(new QLabel(this))
    , m_table(new QTableView(this))
{
    m_proxy->setSourceModel(m_settings->model());
    m_proxy->setFilterKeyColumn(ClickhouseSettingsModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filter->setObjectName(u"settingsFilterEdit"_s);
    m_filter->setPlaceholderText(tr("Filter settings by name"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter settings by name"));
    m_status->setObjectName(u"settingsStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_table->setObjectName(u"settingsTable"_s);
    m_table->setModel(m_proxy);
    IsolatingItemDelegate::install(m_table);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(ClickhouseSettingsModel::NameColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);

    auto *box = new QGroupBox(tr("Change the selected setting"), this);
    m_editorBox = box;
    m_name = new QLabel(box);
    m_name->setObjectName(u"settingName"_s);
    m_name->setTextFormat(Qt::PlainText);
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_description = new QLabel(box);
    m_description->setObjectName(u"settingDescription"_s);
    m_description->setTextFormat(Qt::PlainText);
    m_description->setWordWrap(true);
    m_editors = new QStackedWidget(box);
    m_text = new QLineEdit(m_editors);
    m_text->setObjectName(u"settingValueEdit"_s);
    m_text->setAccessibleName(tr("New value of the setting"));
    m_boolean = new QCheckBox(tr("On"), m_editors);
    m_boolean->setObjectName(u"settingValueCheck"_s);
    m_choice = new QComboBox(m_editors);
    m_choice->setObjectName(u"settingValueCombo"_s);
    m_choice->setAccessibleName(tr("New value of the setting"));
    m_editors->addWidget(m_text);
    m_editors->addWidget(m_boolean);
    m_editors->addWidget(m_choice);
    m_editors->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_problem = problemLabel(box, u"settingProblem"_s);
    m_warning = problemLabel(box, u"settingWarning"_s);
    m_error = errorLabel(box, u"settingError"_s);
    m_save = new QPushButton(tr("Save"), box);
    m_save->setObjectName(u"settingSaveButton"_s);
    guardChange(m_save);
    m_reset = new QPushButton(tr("Reset to default"), box);
    m_reset->setObjectName(u"settingResetButton"_s);
    guardChange(m_reset);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_reset);
    buttons->addWidget(m_save);
    auto *boxLayout = new QVBoxLayout(box);
    boxLayout->addWidget(m_name);
    boxLayout->addWidget(m_description);
    boxLayout->addWidget(m_editors);
    boxLayout->addWidget(m_problem);
    boxLayout->addWidget(m_warning);
    boxLayout->addWidget(m_error);
    boxLayout->addLayout(buttons);

    auto *header = new QHBoxLayout;
    header->addWidget(m_filter, 1);
    auto *refresh = new QPushButton(ThemedIcon::icon(u"refresh"_s), tr("Refresh"), this);
    refresh->setObjectName(u"settingsRefreshButton"_s);
    header->addWidget(refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);
    layout->addWidget(box);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(refresh, &QPushButton::clicked, m_settings, &ServicePartViewModel::refresh);
    connect(m_settings, &ServicePartViewModel::changed, this, &SettingsTab::showState);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &SettingsTab::showSelected);
    connect(m_settings->model(), &QAbstractItemModel::modelReset, this, &SettingsTab::showSelected);
    connect(m_settings->model(), &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &topLeft) {
        const int row = selectedRow();
        if (row == topLeft.row() && !m_edited)
            fillEditor();
        else if (row == topLeft.row())
            checkEditor();
    });
    const auto edited = [this] {
        m_edited = true;
        checkEditor();
    };
    connect(m_text, &QLineEdit::textEdited, this, edited);
    connect(m_boolean, &QCheckBox::toggled, this, edited);
    connect(m_choice, &QComboBox::activated, this, edited);
    connect(m_text, &QLineEdit::returnPressed, this, [this] {
        if (m_save->isEnabled())
            save();
    });
    connect(m_save, &QPushButton::clicked, this, &SettingsTab::save);
    connect(m_reset, &QPushButton::clicked, this, &SettingsTab::resetToDefault);
    showState();
}

void SettingsTab::clearErrors()
{
    // Another service: what was typed for the previous one's setting does not carry over.
    setError(m_error, {});
    m_editing.clear();
    m_edited = false;
}

void SettingsTab::activate()
{
    m_settings->ensureLoaded();
}

bool SettingsTab::isLoaded() const
{
    using State = ServicePartViewModel::State;
    return m_settings->state() == State::Loaded || m_settings->state() == State::Failed;
}

bool SettingsTab::selectSetting(const QString &name)
{
    const int row = m_settings->model()->rowOf(name);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_settings->model()->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->selectRow(index.row());
    m_table->scrollTo(index);
    return true;
}

int SettingsTab::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : m_proxy->mapToSource(rows.first()).row();
}

void SettingsTab::showState()
{
    using State = ServicePartViewModel::State;
    const ClickhouseSettingsModel *model = m_settings->model();
    switch (m_settings->state()) {
    case State::NotLoaded:
        m_status->clear();
        break;
    case State::Loading:
        m_status->setText(tr("Loading…"));
        break;
    case State::Failed:
        m_status->setText(m_settings->errorText());
        break;
    case State::Loaded: {
        int changed = 0;
        for (int row = 0; row < model->rowCount(); ++row)
            changed += model->isChanged(row) ? 1 : 0;
        m_status->setText(tr("%n settings changed from their defaults.", nullptr, changed));
        break;
    }
    }
}

void SettingsTab::showSelected()
{
    const int row = selectedRow();
    const QString name = m_settings->model()->entryAt(row).name;
    if (name != m_editing) {
        setError(m_error, {});
        m_edited = false;
        m_editing = name;
        // The value of a setting that was never changed is its default, which only a
        // read of that one setting tells: one request, for the row the user picked.
        if (row >= 0 && !m_settings->model()->currentValue(row))
            m_settings->readSetting(name);
    }
    fillEditor();
}

void SettingsTab::fillEditor()
{
    const ClickhouseSettingsModel *model = m_settings->model();
    const int row = selectedRow();
    m_editorBox->setEnabled(row >= 0);
    if (row < 0) {
        m_name->setText(tr("Select a setting to change it."));
        m_description->clear();
        m_text->clear();
        setError(m_problem, {});
        setError(m_warning, {});
        m_save->setEnabled(false);
        m_reset->setEnabled(false);
        return;
    }
    const ClickhouseSettingSchemaEntry entry = model->entryAt(row);
    const QString value = model->currentValue(row).value_or(QString());
    m_name->setText(entry.name);
    QStringList about;
    if (!entry.type.isEmpty())
        about.append(tr("Type: %1").arg(entry.type));
    if (!entry.description.isEmpty())
        about.append(entry.description);
    if (!entry.deprecationNotice.isEmpty())
        about.append(entry.deprecationNotice);
    m_description->setText(about.join(u'\n'));

    const QString type = entry.type.toLower();
    const bool boolean = type == u"boolean"_s || type == u"bool"_s;
    const QSignalBlocker blockBoolean(m_boolean);
    const QSignalBlocker blockChoice(m_choice);
    if (boolean) {
        m_kind = EditorKind::Boolean;
        m_boolean->setChecked(value == u"1"_s || value.compare(u"true"_s, Qt::CaseInsensitive) == 0);
        m_editors->setCurrentWidget(m_boolean);
    } else if (!entry.allowedValues.isEmpty()) {
        m_kind = EditorKind::Choice;
        m_choice->clear();
        for (int allowed : entry.allowedValues)
            m_choice->addItem(QString::number(allowed), QString::number(allowed));
        m_choice->setCurrentIndex(m_choice->findData(value));
        m_editors->setCurrentWidget(m_choice);
    } else {
        m_kind = EditorKind::Text;
        m_text->setText(value);
        m_text->setPlaceholderText(entry.example.isEmpty() ? QString() : tr("for example %1").arg(entry.example));
        m_editors->setCurrentWidget(m_text);
    }
    m_edited = false;
    checkEditor();
}

QString SettingsTab::editorText() const
{
    switch (m_kind) {
    case EditorKind::Boolean:
        return m_boolean->isChecked() ? u"1"_s : u"0"_s;
    case EditorKind::Choice:
        return m_choice->currentData().toString();
    case EditorKind::Text:
        return m_text->text();
    }
    return {};
}

void SettingsTab::checkEditor()
{
    const ClickhouseSettingsModel *model = m_settings->model();
    const int row = selectedRow();
    if (row < 0)
        return;
    QString problem;
    ServiceSettingsViewModel::valueFor(model->entryAt(row), editorText(), &problem);
    if (m_kind == EditorKind::Choice && m_choice->currentIndex() < 0)
        problem = tr("Pick one of the values.");
    setError(m_problem, problem);
    // The server's warning after a change, else the schema's before one.
    const QString warning = model->index(row, 0).data(ClickhouseSettingsModel::WarningRole).toString();
    setError(m_warning, warning.isEmpty() ? QString() : tr("Warning: %1").arg(warning));
    m_save->setEnabled(problem.isEmpty() && m_edited);
    m_reset->setEnabled(model->isChanged(row));
}

void SettingsTab::save()
{
    const QString name = m_editing;
    if (name.isEmpty())
        return;
    ServiceOperation *operation = m_settings->updateSetting(name, editorText());
    m_save->setEnabled(false);
    m_reset->setEnabled(false);
    setError(m_error, {});
    connect(operation, &ServiceOperation::finished, this, [this, operation, name] {
        if (!operation->isSuccess()) {
            setError(m_error, operation->errorText()); // empty when it was cancelled
            checkEditor();
            return;
        }
        Q_EMIT statusMessage(tr("%1 saved.").arg(name));
        if (m_editing == name) {
            m_edited = false;
            fillEditor();
        }
    });
}

void SettingsTab::resetToDefault()
{
    const QString name = m_editing;
    if (name.isEmpty())
        return;
    ServiceOperation *operation = m_settings->resetToDefault(name);
    m_save->setEnabled(false);
    m_reset->setEnabled(false);
    setError(m_error, {});
    connect(operation, &ServiceOperation::finished, this, [this, operation, name] {
        if (!operation->isSuccess()) {
            setError(m_error, operation->errorText());
            checkEditor();
            return;
        }
        Q_EMIT statusMessage(tr("%1 is back at its default.").arg(name));
        if (m_editing == name) {
            m_edited = false;
            fillEditor();
        }
    });
}

} // namespace chcloud
