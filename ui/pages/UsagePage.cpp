#include "UsagePage.h"

#include "org/DateRangeBar.h"
#include "org/UsageChartView.h"
#include "viewmodels/UnreadableRows.h"
#include "viewmodels/UsageViewModel.h"
#include "widgets/ErrorBanner.h"
#include "widgets/IsolatingItemDelegate.h"
#include "widgets/Prompter.h"
#include "widgets/TableHeaders.h"
#include "widgets/ThemedIcon.h"

#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

UsagePage::UsagePage(UsageViewModel *viewModel, QWidget *parent)
    : Page(parent)
    , m_viewModel(viewModel)
{
    m_viewModel->setParent(this);
    setObjectName(u"usagePage"_s);
    buildUi();

    connect(m_viewModel, &RemoteViewModel::errorChanged, this, &UsagePage::updateBanner);
    connect(m_viewModel, &RemoteViewModel::busyChanged, this, [this](bool busy) {
        m_range->setEnabled(!busy);
        if (busy)
            m_totalLabel->setText(tr("Loading…"));
    });
    connect(m_viewModel, &RemoteViewModel::loadFinished, this, [this] {
        updateBanner();
        updateChart();
        if (!m_loaded) {
            m_loaded = true;
            Q_EMIT loaded();
        }
    });
    connect(m_viewModel, &UsageViewModel::chartChanged, this, &UsagePage::updateChart);
    connect(m_viewModel, &UsageViewModel::rangeChanged, m_range, &DateRangeBar::setRange);
    updateChart();
}

UsagePage::~UsagePage() = default;

QString UsagePage::pageName() const
{
    return u"usage"_s;
}

QString UsagePage::title() const
{
    return pageTitle();
}

QString UsagePage::pageTitle()
{
    return tr("Usage");
}

void UsagePage::buildUi()
{
    m_banner = new ErrorBanner(this);
    m_banner->setObjectName(u"usageErrorBanner"_s);

    m_range = new DateRangeBar(u"usage"_s, this);
    m_range->setRange(m_viewModel->fromDate(), m_viewModel->toDate());
    connect(m_range, &DateRangeBar::rangeApplied, this, [this](QDate from, QDate to) {
        m_viewModel->setRange(from, to);
        refresh();
    });

    m_totalLabel = new QLabel(this);
    m_totalLabel->setObjectName(u"usageTotalLabel"_s);
    QFont big = m_totalLabel->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_totalLabel->setFont(big);

    m_topN = new QSpinBox(this);
    m_topN->setObjectName(u"usageTopNSpin"_s);
    m_topN->setAccessibleName(tr("Services in chart"));
    m_topN->setRange(1, 20);
    m_topN->setValue(m_viewModel->topN());
    m_topN->setToolTip(tr("How many services the chart shows; the rest are summed as \"Other\""));
    connect(m_topN, &QSpinBox::valueChanged, m_viewModel, &UsageViewModel::setTopN);

    auto *summary = new QHBoxLayout;
    summary->addWidget(m_totalLabel, 1);
    summary->addStretch(1);
    summary->addWidget(new QLabel(tr("Services in chart:"), this));
    summary->addWidget(m_topN);

    m_chart = new UsageChartView(this);
    m_chart->setObjectName(u"usageChart"_s);

    m_searchEdit = new QLineEdit(this);
    m_searchEdit->setObjectName(u"usageSearchEdit"_s);
    m_searchEdit->setPlaceholderText(tr("Filter records by service, ID or type"));
    m_searchEdit->setAccessibleName(tr("Filter usage records"));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textChanged, m_viewModel->filterModel(), &UsageFilterModel::setSearchText);
    m_exportButton = new QPushButton(ThemedIcon::icon(u"copy"_s), tr("Export CSV…"), this);
    m_exportButton->setObjectName(u"usageExportButton"_s);
    m_exportButton->setToolTip(tr("Save the records shown as a CSV file"));
    connect(m_exportButton, &QPushButton::clicked, this, &UsagePage::exportCsv);

    m_table = new QTableView(this);
    m_table->setObjectName(u"usageTable"_s);
    m_table->setModel(m_viewModel->filterModel());
    IsolatingItemDelegate::install(m_table);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UsageTableModel::DateColumn, Qt::DescendingOrder);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(UsageTableModel::DateColumn, 110);
    m_table->setColumnWidth(UsageTableModel::EntityColumn, 240);
    TableHeaders::fitTitles(m_table->horizontalHeader());

    auto *tablePane = new QWidget(this);
    auto *tools = new QHBoxLayout;
    tools->addWidget(m_searchEdit, 1);
    tools->addWidget(m_exportButton);
    auto *tableLayout = new QVBoxLayout(tablePane);
    tableLayout->setContentsMargins(0, 0, 0, 0);
    tableLayout->addLayout(tools);
    tableLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(u"usageSplitter"_s);
    splitter->setChildrenCollapsible(false);
    splitter->addWidget(m_chart);
    splitter->addWidget(tablePane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    // The chart needs room for its legend; the table scrolls.
    splitter->setSizes({ 420, 280 });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(m_range);
    layout->addLayout(summary);
    layout->addWidget(splitter, 1);
}

void UsagePage::applyContext(const PageContext &context)
{
    m_loaded = false;
    m_banner->setText({});
    // Signed in, the page loads once it is shown; signed out, the load ends at once with "Not signed in".
    if (!context.isSignedIn())
        refresh();
}

void UsagePage::refresh()
{
    m_viewModel->refresh();
}

void UsagePage::updateChart()
{
    if (m_viewModel->isBusy())
        return;
    m_chart->setData(m_viewModel->chartData());
    const QLocale locale;
    if (!m_viewModel->isLoaded()) {
        m_totalLabel->clear();
    } else if (m_viewModel->chartData().isEmpty()) {
        m_totalLabel->setText(tr("No usage from %1 to %2")
                                  .arg(locale.toString(m_viewModel->fromDate(), QLocale::ShortFormat),
                                       locale.toString(m_viewModel->toDate(), QLocale::ShortFormat)));
    } else {
        m_totalLabel->setText(tr("%1 CHC from %2 to %3")
                                  .arg(locale.toString(m_viewModel->grandTotal(), 'f', 2),
                                       locale.toString(m_viewModel->fromDate(), QLocale::ShortFormat),
                                       locale.toString(m_viewModel->toDate(), QLocale::ShortFormat)));
    }
    m_exportButton->setEnabled(m_viewModel->model()->rowCount() > 0);
}

void UsagePage::exportCsv()
{
    const QString suggested = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation) + u'/'
        + u"usage-%1-%2.csv"_s.arg(m_viewModel->fromDate().toString(Qt::ISODate),
                                   m_viewModel->toDate().toString(Qt::ISODate));
    const QString fileName = QFileDialog::getSaveFileName(this, tr("Export Usage"), suggested, tr("CSV files (*.csv)"));
    if (!fileName.isEmpty())
        exportCsvTo(fileName);
}

bool UsagePage::exportCsvTo(const QString &fileName)
{
    QSaveFile file(fileName);
    if (file.open(QIODevice::WriteOnly) && m_viewModel->exportCsv(&file) && file.commit()) {
        Q_EMIT statusMessage(
            tr("Exported %n records to %1.", nullptr, m_viewModel->filterModel()->rowCount()).arg(fileName));
        return true;
    }
    Prompter::instance()->warn(this, tr("Export Usage"), tr("Could not write %1: %2").arg(fileName, file.errorString()),
                               u"usageExportFailed"_s);
    return false;
}

QString UsagePage::loadError() const
{
    return m_viewModel->errorText();
}

QString UsagePage::loadWarning() const
{
    return m_viewModel->errorText().isEmpty() ? m_viewModel->unreadableText() : QString();
}

void UsagePage::updateBanner()
{
    // A load error blanks the page; a few unreadable rows only earn a warning.
    const QString error = m_viewModel->errorText();
    m_banner->setText(!error.isEmpty() ? tr("Could not load usage: %1").arg(error) : m_viewModel->unreadableText());
    m_banner->setToolTip(error.isEmpty() ? UnreadableRows::details(m_viewModel->unreadableRows()) : QString());
}

} // namespace chcloud
