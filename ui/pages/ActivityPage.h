#pragma once

#include "Page.h"

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace chcloud {

class ActivityViewModel;
class DateRangeBar;
class ErrorBanner;

/// The audit log: who did what, when and from where, over a range of days.
/// Filters by activity type and by actor, a search over the visible text, and
/// Export CSV of what the table shows. Long ranges load in 31-day windows.
class ActivityPage : public Page
{
    Q_OBJECT

public:
    /// viewModel: bound to the session by the composition root; the page takes ownership.
    explicit ActivityPage(ActivityViewModel *viewModel, QWidget *parent = nullptr);
    ~ActivityPage() override;

    QString pageName() const override;
    QString title() const override;
    /// The title, without a page (the navigation lists pages before they are built).
    static QString pageTitle();
    bool isLoaded() const override { return m_loaded; }
    QString loadError() const override;
    QString loadWarning() const override;

    ActivityViewModel *viewModel() const { return m_viewModel; }
    QTableView *table() const { return m_table; }

public Q_SLOTS:
    void refresh() override;
    /// Asks for a file name, then writes the shown rows as CSV.
    void exportCsv();
    /// Writes the shown rows to fileName; false (with a warning shown) on failure.
    bool exportCsvTo(const QString &fileName);

protected:
    void applyContext(const PageContext &context) override;

private:
    void buildUi();
    /// The load error, else the count of unreadable rows (details in the tooltip), else nothing.
    void updateBanner();
    void fillFilterChoices();
    void updateCount();

    ActivityViewModel *m_viewModel;
    bool m_loaded = false;

    ErrorBanner *m_banner = nullptr;
    DateRangeBar *m_range = nullptr;
    QComboBox *m_typeFilter = nullptr;
    QComboBox *m_actorFilter = nullptr;
    QLineEdit *m_searchEdit = nullptr;
    QTimer *m_searchDelay = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QTableView *m_table = nullptr;
};

} // namespace chcloud
