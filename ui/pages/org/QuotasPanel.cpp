#include "QuotasPanel.h"

#include "viewmodels/QuotasViewModel.h"
#include "widgets/IsolatingItemDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

QuotasPanel::QuotasPanel(QuotasViewModel *viewModel, QWidget *parent)
    : QGroupBox(tr("Quotas"), parent)
    , m_viewModel(viewModel)
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"quotasPanel"_s);
    m_table->setObjectName(u"quotasTable"_s);
    m_table->setModel(viewModel->model());
    IsolatingItemDelegate::install(m_table);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QuotasModel::NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(QuotasModel::ScopeColumn, QHeaderView::ResizeToContents);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(120);
    m_status->setObjectName(u"quotasStatus"_s);
    m_status->setTextFormat(Qt::PlainText); // the error text may carry the server's words
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(viewModel, &RemoteViewModel::busyChanged, this, &QuotasPanel::updateState);
    connect(viewModel, &RemoteViewModel::errorChanged, this, &QuotasPanel::updateState);
    connect(viewModel, &QuotasViewModel::quotasChanged, this, &QuotasPanel::updateState);
    updateState();
}

void QuotasPanel::updateState()
{
    QString text;
    if (!m_viewModel->errorText().isEmpty())
        text = tr("Could not load the quotas: %1").arg(m_viewModel->errorText());
    else if (m_viewModel->isBusy() && m_viewModel->model()->rowCount() == 0)
        text = tr("Loading quotas…");
    else if (m_viewModel->isLoaded() && m_viewModel->model()->rowCount() == 0)
        text = tr("The organization reports no quotas.");
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace chcloud
