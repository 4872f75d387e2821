#include "ServiceOverviewTab.h"

#include "domain/Service.h"
#include "viewmodels/ClipboardGuard.h"
#include "viewmodels/ServicesViewModel.h"
#include "widgets/IsolatingItemDelegate.h"
#include "widgets/ThemedIcon.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

ServiceOverviewTab::ServiceOverviewTab(ServicesViewModel *services, ServiceDetailsViewModel *details,
                                       ClipboardGuard *clipboard, QWidget *parent)
    : ServiceDetailsTab(services, details, parent)
    , m_clipboard(clipboard)
    , m_overview(new QLabel(this))
    , m_endpoints(new QTableWidget(0, 4, this))
{
    m_overview->setObjectName(u"serviceOverview"_s);
    m_overview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_overview->setWordWrap(true);
    m_overview->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_endpoints->setObjectName(u"endpointsTable"_s);
    IsolatingItemDelegate::install(m_endpoints);
    m_endpoints->setHorizontalHeaderLabels({ tr("Protocol"), tr("Host"), tr("Port"), QString() });
    m_endpoints->verticalHeader()->hide();
    m_endpoints->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_endpoints->setSelectionMode(QAbstractItemView::NoSelection);
    m_endpoints->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_endpoints->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_endpoints->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_endpoints->horizontalHeader()->setSectionResizeMode(3, QHeaderView::ResizeToContents);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_overview);
    layout->addWidget(new QLabel(tr("<b>Endpoints</b>"), this));
    layout->addWidget(m_endpoints, 1);
}

void ServiceOverviewTab::showService(const Service &service, bool resetEditors)
{
    Q_UNUSED(resetEditors)
    const QLocale locale;
    QStringList rows;
    const auto row = [&rows](const QString &label, const QString &value) {
        rows.append(u"<tr><td style='padding-right:12px'><b>"_s + label.toHtmlEscaped() + u"</b></td><td>"_s
                    + value.toHtmlEscaped() + u"</td></tr>"_s);
    };
    row(tr("State"), ServicesViewModel::stateText(service.state));
    row(tr("Service ID"), service.id);
    row(tr("Provider / region"), ServicesViewModel::locationText(service));
    row(tr("ClickHouse version"), orDash(service.clickhouseVersion));
    row(tr("Autoscaling"), ServicesViewModel::autoscalingModeText(service));
    row(tr("Memory per replica"), ServicesViewModel::memoryText(service));
    row(tr("Replicas"), ServicesViewModel::replicasText(service));
    row(tr("Idle scaling"), ServicesViewModel::idleScalingText(service));
    row(tr("Created"),
        service.createdAt.isValid() ? locale.toString(service.createdAt.toLocalTime(), QLocale::LongFormat)
                                    : orDash({}));
    row(tr("Release channel"), orDash(service.releaseChannel));
    row(tr("Tags"), orDash(ServicesViewModel::tagsText(service.tags)));
    QString accessSummary;
    if (service.deniesAllTraffic())
        accessSummary = tr("empty — no traffic is allowed");
    else
        accessSummary = tr("%n entries", nullptr, int(service.ipAccessList.size()));
    row(tr("IP access list"), accessSummary);
    m_overview->setText(u"<table>"_s + rows.join(QString()) + u"</table>"_s);
    showEndpoints(service);
}

void ServiceOverviewTab::showEndpoints(const Service &service)
{
    m_endpoints->setRowCount(int(service.endpoints.size()));
    for (int row = 0; row < service.endpoints.size(); ++row) {
        const ServiceEndpoint &endpoint = service.endpoints.at(row);
        m_endpoints->setItem(row, 0, new QTableWidgetItem(endpoint.protocol));
        m_endpoints->setItem(row, 1, new QTableWidgetItem(endpoint.host));
        m_endpoints->setItem(row, 2, new QTableWidgetItem(endpoint.port ? QString::number(*endpoint.port) : QString()));
        auto *copy = new QToolButton(m_endpoints);
        copy->setObjectName(u"copyEndpointButton"_s);
        copy->setIcon(ThemedIcon::icon(u"copy"_s));
        copy->setToolTip(tr("Copy host and port"));
        copy->setAccessibleName(tr("Copy host and port of %1").arg(endpoint.host));
        copy->setAutoRaise(true);
        const QString address = endpoint.port ? endpoint.host + u':' + QString::number(*endpoint.port) : endpoint.host;
        connect(copy, &QToolButton::clicked, this, [this, address] {
            if (m_clipboard)
                m_clipboard->copyPlain(address);
            Q_EMIT statusMessage(tr("Copied %1").arg(address));
        });
        m_endpoints->setCellWidget(row, 3, copy);
    }
}

} // namespace chcloud
