#include "RequestLogPanel.h"

#include "ThemedIcon.h"
#include "viewmodels/RequestLogModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

namespace chcloud {

RequestLogPanel::RequestLogPanel(RequestLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_table(new QTableView(this))
    , m_copyCurlButton(new QPushButton(ThemedIcon::icon(QStringLiteral("copy")), tr("Copy as curl"), this))
{
    setObjectName(QStringLiteral("requestLogPanel"));
    m_table->setObjectName(QStringLiteral("requestLogView"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(RequestLogModel::PathColumn, QHeaderView::Stretch);

    m_copyCurlButton->setObjectName(QStringLiteral("copyCurlButton"));
    m_copyCurlButton->setToolTip(tr("Copies the selected request as a curl command. The key is read from the "
                                    "environment variables CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET."));
    connect(m_copyCurlButton, &QPushButton::clicked, this, &RequestLogPanel::copySelectedAsCurl);

    auto *copyAction = new QAction(tr("Copy as curl"), m_table);
    copyAction->setObjectName(QStringLiteral("copyCurlAction"));
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &RequestLogPanel::copySelectedAsCurl);
    m_table->addAction(copyAction);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    auto *hint = new QLabel(tr("Requests of this session, newest last. Secrets are never logged."), this);
    hint->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_copyCurlButton);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &RequestLogPanel::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RequestLogPanel::updateActions);
    // Keep the newest row in sight while the user has not scrolled away from the bottom.
    connect(m_table->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this](int value) { m_followTail = value >= m_table->verticalScrollBar()->maximum(); });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_followTail)
            m_table->scrollToBottom();
    });
    updateActions();
}

int RequestLogPanel::selectedRow() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? -1 : rows.constFirst().row();
}

QString RequestLogPanel::selectedCurlCommand() const
{
    return m_model->curlCommand(selectedRow());
}

void RequestLogPanel::copySelectedAsCurl()
{
    const QString command = selectedCurlCommand();
    if (command.isEmpty())
        return;
    QApplication::clipboard()->setText(command);
    Q_EMIT statusMessage(tr("Copied as curl; set CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET to run it."));
}

void RequestLogPanel::updateActions()
{
    m_copyCurlButton->setEnabled(selectedRow() >= 0);
}

} // namespace chcloud
