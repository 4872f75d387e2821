#pragma once

#include <QGroupBox>

class QLabel;
class QTableView;

namespace chcloud {

class QuotasViewModel;

/// The organization's quotas on the Organization page: each limit with its usage,
/// its scope and whether support can raise it; the load error in place.
class QuotasPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit QuotasPanel(QuotasViewModel *viewModel, QWidget *parent = nullptr);

    QTableView *table() const { return m_table; }

private:
    void updateState();

    QuotasViewModel *m_viewModel;
    QTableView *m_table;
    QLabel *m_status;
};

} // namespace chcloud
