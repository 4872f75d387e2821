#include "ActivityPage.h"

#include "org/DateRangeBar.h"
#include "viewmodels/ActivityViewModel.h"
#include "viewmodels/UnreadableRows.h"
#include "widgets/ErrorBanner.h"
#include "widgets/IsolatingItemDelegate.h"
#include "widgets/Prompter.h"
#include "widgets/TableHeaders.h"
#include "widgets/ThemedIcon.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {
/// Typing pauses this long before a search over tens of thousands of rows runs.
constexpr int kSearchDelayMs = 120;
} // namespace

ActivityPage::ActivityPage(ActivityViewModel *viewModel, QWidget *parent)
    : Page(parent)
    , m_viewModel(viewModel)
{
    m_viewModel->setParent(this);
    setObjectName(u"activityPage"_s);
    buildUi();

    connect(m_viewModel, &RemoteViewModel::errorChanged, this, &ActivityPage::updateBanner);
    connect(m_viewModel, &RemoteViewModel::busyChanged, this, [this](bool busy) {
        m_range->setEnabled(!busy);
        if (busy)
            m_countLabel->setText(tr("Loading…"));
        else
            updateCount();
    });
    connect(m_viewModel, &RemoteViewModel::loadFinished, this, [this] {
        updateBanner();
        if (!m_loaded) {
            m_loaded = true;
            Q_EMIT loaded();
        }
    });
    connect(m_viewModel, &ActivityViewModel::rangeChanged, m_range, &DateRangeBar::setRange);
    connect(m_viewModel->model(), &QAbstractItemModel::modelReset, this, &ActivityPage::fillFilterChoices);
    connect(m_viewModel->filterModel(), &QAbstractItemModel::modelReset, this, &ActivityPage::updateCount);
    connect(m_viewModel->filterModel(), &QAbstractItemModel::layoutChanged, this, &ActivityPage::updateCount);
    connect(m_viewModel->filterModel(), &QAbstractItemModel::rowsInserted, this, &ActivityPage::updateCount);
    connect(m_viewModel->filterModel(), &QAbstractItemModel::rowsRemoved, this, &ActivityPage::updateCount);
    fillFilterChoices();
}

ActivityPage::~ActivityPage() = default;

QString ActivityPage::pageName() const
{
    return u"activity"_s;
}

QString ActivityPage::title() const
{
    return pageTitle();
}

QString ActivityPage::pageTitle()
{
    return tr("Activity");
}

void ActivityPage::buildUi()
{
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(u"activityErrorBanner"_s);

    m_range = new DateRangeBar(u"activity"_s, this);
    m_range->setRange(m_viewModel->fromDate(), m_viewModel->toDate());
    connect(m_range, &DateRangeBar::rangeApplied, this, [this](QDate from, QDate to) {
        m_viewModel->setRange(from, to);
        refresh();
    });

    m_typeFilter = new QComboBox(this);
    m_typeFilter->setObjectName(u"activityTypeFilter"_s);
    m_typeFilter->setAccessibleName(tr("Activity type"));
    m_typeFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_typeFilter->setMinimumContentsLength(18);
    connect(m_typeFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_viewModel->filterModel()->setTypeFilter(m_typeFilter->currentData().toString()); });

    m_actorFilter = new QComboBox(this);
    m_actorFilter->setObjectName(u"activityActorFilter"_s);
    m_actorFilter->setAccessibleName(tr("Actor"));
    m_actorFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_actorFilter->setMinimumContentsLength(22);
    connect(m_actorFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_viewModel->filterModel()->setActorFilter(m_actorFilter->currentData().toString()); });

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"activitySearchEdit"_s);
    m_searchEdit->setAccessibleName(tr("Search activity"));
    m_searchEdit->setPlaceholderText(tr("Search activity, actor, IP, service or key"));
    m_searchEdit->setClearButtonEnabled(true);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(kSearchDelayMs);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchDelay, qOverload<>(&QTimer::start));
    connect(m_searchDelay, &QTimer::timeout, this,
            [this] { m_viewModel->filterModel()->setSearchText(m_searchEdit->text()); });

    m_exportButton = new QPushButton(ThemedIcon::icon(u"copy"_s), tr("Export CSV…"), this);
    m_exportButton->setObjectName(u"activityExportButton"_s);
    m_exportButton->setToolTip(tr("Save the rows shown as a CSV file"));
    connect(m_exportButton, &QPushButton::clicked, this, &ActivityPage::exportCsv);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(u"activityCountLabel"_s);

    m_table = new QTableView(this);
    m_table->setObjectName(u"activityTable"_s);
    m_table->setModel(m_viewModel->filterModel());
    IsolatingItemDelegate::install(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ActivityModel::TimeColumn, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    // Fixed row heights: a view over 50,000 rows must not measure each one.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ActivityModel::TimeColumn, 150);
    m_table->setColumnWidth(ActivityModel::TypeColumn, 200);
    m_table->setColumnWidth(ActivityModel::ActorTypeColumn, 90);
    m_table->setColumnWidth(ActivityModel::ActorColumn, 240);
    m_table->setColumnWidth(ActivityModel::IpAddressColumn, 120);
    m_table->setColumnWidth(ActivityModel::ServiceColumn, 200);
    TableHeaders::fitTitles(m_table->horizontalHeader());

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Activity:"), this));
    filters->addWidget(m_typeFilter);
    filters->addWidget(new QLabel(tr("Actor:"), this));
    filters->addWidget(m_actorFilter);
    filters->addWidget(m_searchEdit, 1);
    filters->addWidget(m_exportButton);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_range);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_countLabel);
}

void ActivityPage::applyContext(const PageContext &context)
{
    m_loaded = false;
    m_banner->setText({});
    // Signed in, the page loads once it is shown; signed out, the load ends at once with "Not signed in".
    if (!context.isSignedIn())
        refresh();
}

void ActivityPage::refresh()
{
    m_viewModel->refresh();
}

void ActivityPage::fillFilterChoices()
{
    // Keep the user's choice across reloads when it still exists.
    const QString type = m_viewModel->filterModel()->typeFilter();
    const QString actor = m_viewModel->filterModel()->actorFilter();
    const QSignalBlocker typeBlocker(m_typeFilter);
    const QSignalBlocker actorBlocker(m_actorFilter);

    m_typeFilter->clear();
    m_typeFilter->addItem(tr("All activities"), QString());
    for (const ActivityModel::TypeChoice &choice : m_viewModel->model()->types()) {
        m_typeFilter->addItem(tr("%1 (%2)").arg(choice.label).arg(choice.count), choice.type);
        m_typeFilter->setItemData(m_typeFilter->count() - 1, choice.type, Qt::ToolTipRole);
    }
    m_actorFilter->clear();
    m_actorFilter->addItem(tr("All actors"), QString());
    for (const ActivityModel::ActorChoice &choice : m_viewModel->model()->actors())
        m_actorFilter->addItem(tr("%1 (%2)").arg(choice.label).arg(choice.count), choice.label);

    const int typeIndex = m_typeFilter->findData(type);
    m_typeFilter->setCurrentIndex(typeIndex < 0 ? 0 : typeIndex);
    const int actorIndex = m_actorFilter->findData(actor);
    m_actorFilter->setCurrentIndex(actorIndex < 0 ? 0 : actorIndex);
    if (typeIndex < 0 && !type.isEmpty())
        m_viewModel->filterModel()->setTypeFilter({});
    if (actorIndex < 0 && !actor.isEmpty())
        m_viewModel->filterModel()->setActorFilter({});
    updateCount();
}

void ActivityPage::updateCount()
{
    if (m_viewModel->isBusy())
        return;
    const QLocale locale;
    const int shown = m_viewModel->filterModel()->rowCount();
    const int total = m_viewModel->model()->rowCount();
    const QString range = tr("%1 to %2")
                              .arg(locale.toString(m_viewModel->fromDate(), QLocale::ShortFormat),
                                   locale.toString(m_viewModel->toDate(), QLocale::ShortFormat));
    if (shown == total)
        m_countLabel->setText(tr("%n activities, %1", nullptr, total).arg(range));
    else
        m_countLabel->setText(tr("%1 of %n activities, %2", nullptr, total).arg(locale.toString(shown), range));
    m_exportButton->setEnabled(shown > 0);
}

void ActivityPage::exportCsv()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
        + u"activity-%1-%2.csv"_s.arg(m_viewModel->fromDate().toString(Qt::ISODate),
                                      m_viewModel->toDate().toString(Qt::ISODate));
    const QString fileName
        = QFileDialog::getSaveFileName(this, tr("Export Activity"), suggested, tr("CSV files (*.csv)"));
    if (!fileName.isEmpty())
        exportCsvTo(fileName);
}

bool ActivityPage::exportCsvTo(const QString &fileName)
{
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly) && m_viewModel->exportCsv(&file) && file.commit()) {
        Q_EMIT statusMessage(
            tr("Exported %n activities to %1.", nullptr, m_viewModel->filterModel()->rowCount()).arg(fileName));
        return true;
    }
    Prompter::instance()->warn(this, tr("Export Activity"),
                               tr("Could not write %1: %2").arg(fileName, file.errorString()),
                               u"activityExportFailed"_s);
    return false;
}

QString ActivityPage::loadError() const
{
    return m_viewModel->errorText();
}

QString ActivityPage::loadWarning() const
{
    return m_viewModel->errorText().isEmpty() ? m_viewModel->unreadableText() : QString();
}

void ActivityPage::updateBanner()
{
    // A load error blanks the page; a few unreadable rows only earn a warning.
    const QString error = m_viewModel->errorText();
    m_banner->setText(!error.isEmpty() ? tr("Could not load the activity log: %1").arg(error)
                                       : m_viewModel->unreadableText());
    m_banner->setToolTip(error.isEmpty() ? UnreadableRows::details(m_viewModel->unreadableRows()) : QString());
}

} // namespace chcloud
