#include "RolesPanel.h"

#include "viewmodels/RolesViewModel.h"
#include "widgets/IsolatingItemDelegate.h"

#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

RolesPanel::RolesPanel(RolesViewModel *viewModel, QWidget *parent)
    : QGroupBox(tr("Roles"), parent)
    , m_viewModel(viewModel)
    , m_table(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(u"rolesPanel"_s);
    m_table->setObjectName(u"rolesTable"_s);
    m_table->setModel(viewModel->model());
    IsolatingItemDelegate::install(m_table);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(RolesModel::NameColumn, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RolesModel::TypeColumn, QHeaderView::ResizeToContents);
    m_table->setColumnWidth(RolesModel::PoliciesColumn, 520);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setMinimumHeight(140);
    m_status->setObjectName(u"rolesStatus"_s);
    m_status->setTextFormat(Qt::PlainText); // the error text may carry the server's words
    m_status->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_table, 1);

    connect(viewModel, &RemoteViewModel::busyChanged, this, &RolesPanel::updateState);
    connect(viewModel, &RemoteViewModel::errorChanged, this, &RolesPanel::updateState);
    connect(viewModel, &RolesViewModel::rolesChanged, this, &RolesPanel::updateState);
    updateState();
}

void RolesPanel::updateState()
{
    QString text;
    if (!m_viewModel->errorText().isEmpty())
        text = tr("Could not load the roles: %1").arg(m_viewModel->errorText());
    else if (m_viewModel->isBusy() && m_viewModel->model()->rowCount() == 0)
        text = tr("Loading roles…");
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
}

} // namespace chcloud
