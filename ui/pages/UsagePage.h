#pragma once

#include "Page.h"

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace chcloud {

class DateRangeBar;
class ErrorBanner;
class UsageChartView;
class UsageViewModel;

/// Usage & cost: a stacked bar chart of daily CHC per service over a range of
/// days, the grand total, and the records under it (filterable, sortable,
/// Export CSV). Ranges longer than 31 days load in windows.
class UsagePage : public Page
{
    Q_OBJECT

public:
    /// viewModel: bound to the session by the composition root; the page takes ownership.
    explicit UsagePage(UsageViewModel *viewModel, QWidget *parent = nullptr);
    ~UsagePage() override;

    QString pageName() const override;
    QString title() const override;
    /// The title, without a page (the navigation lists pages before they are built).
    static QString pageTitle();
    bool isLoaded() const override { return m_loaded; }
    QString loadError() const override;
    QString loadWarning() const override;

    UsageViewModel *viewModel() const { return m_viewModel; }
    UsageChartView *chartView() const { return m_chart; }
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    void refresh() override;
    void exportCsv();
    /// Writes the shown records to fileName; false (with a warning shown) on failure.
    bool exportCsvTo(const QString &fileName);

protected:
    void applyContext(const PageContext &context) override;

private:
    void buildUi();
    /// The load error, else the count of unreadable rows (details in the tooltip), else nothing.
    void updateBanner();
    void updateChart();

    UsageViewModel *m_viewModel;
    bool m_loaded = false;

    ErrorBanner *m_banner = nullptr;
    DateRangeBar *m_range = nullptr;
    QLabel *m_totalLabel = nullptr;
    QSpinBox *m_topN = nullptr;
    UsageChartView *m_chart = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QPushButton *m_exportButton = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace chcloud
