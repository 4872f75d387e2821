// How the organization pages' models (and simple stand-ins for the services and
// keys tables) behave at the scale of the emulator's "large" seed: 2,000
// services, 100 keys, 50,000 activities, a year of usage for every service.
//
// The data is fetched once through CloudApi; then each case times only the
// model work a page does: a load (one reset, the proxy sorting the new rows),
// one filter keystroke, one sort. One JSON object per line:
//   {"case":"services_load","rows":2000,"ms":3.1}
// and finally {"case":"rss","peak_rss_mb":…}.
//
// Services and keys: their view-models take data only through their own
// network refresh, so this bench loads the parsed domain objects into a small
// table model of its own behind a QSortFilterProxyModel (precomputed sort and
// search keys), which is what a page's table costs once the data has arrived.

#include "EmulatorProcess.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "viewmodels/ActivityFilterModel.h"
#include "viewmodels/ActivityModel.h"
#include "viewmodels/UsageChartData.h"
#include "viewmodels/UsageFilterModel.h"
#include "viewmodels/UsageTableModel.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSortFilterProxyModel>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <optional>
#include <sys/resource.h>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

void printLine(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

void report(const char *name, qsizetype rows, double ms)
{
    printLine(
        { { u"case"_s, QLatin1String(name) }, { u"rows"_s, double(rows) }, { u"ms"_s, qRound(ms * 100) / 100.0 } });
}

/// Milliseconds fn takes.
double timed(const std::function<void()> &fn)
{
    QElapsedTimer timer;
    timer.start();
    fn();
    return double(timer.nsecsElapsed()) / 1e6;
}

/// Runs the event loop until the call's callback has delivered its result.
template<typename T, typename Start>
std::optional<ApiResult<T>> fetch(Start start, int timeoutMs = 600000)
{
    std::optional<ApiResult<T>> result;
    QEventLoop loop;
    start([&](ApiResult<T> r) {
        result = std::move(r);
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    if (!result)
        loop.exec();
    return result;
}

/// A plain table over parsed rows, with precomputed search text and sort keys
/// (what a page's services or keys table needs once the data has arrived).
template<typename Row>
class SimpleTable : public QAbstractTableModel
{
public:
    static constexpr int SortRole = Qt::UserRole + 1;
    static constexpr int SearchRole = Qt::UserRole + 2;
    using Columns = std::function<QStringList(const Row &)>;

    explicit SimpleTable(Columns columns, int columnCount)
        : m_columns(std::move(columns))
        , m_columnCount(columnCount)
    {
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : m_columnCount; }
    QVariant data(const QModelIndex &index, int role) const override
    {
        const Cached &row = m_rows.at(index.row());
        if (role == Qt::DisplayRole)
            return row.text.at(index.column());
        if (role == SortRole)
            return row.sortKeys.at(index.column());
        if (role == SearchRole)
            return row.search;
        return {};
    }

    void setRows(const QList<Row> &rows)
    {
        beginResetModel();
        m_rows.clear();
        m_rows.reserve(rows.size());
        for (const Row &row : rows) {
            Cached cached;
            cached.text = m_columns(row);
            for (const QString &t : cached.text)
                cached.sortKeys.append(t.toCaseFolded());
            cached.search = cached.sortKeys.join(u'\x1f');
            m_rows.append(std::move(cached));
        }
        endResetModel();
    }

private:
    struct Cached
    {
        QStringList text;
        QStringList sortKeys;
        QString search;
    };
    Columns m_columns;
    int m_columnCount;
    QList<Cached> m_rows;
};

template<typename Row>
void setUpProxy(QSortFilterProxyModel &proxy, SimpleTable<Row> &table)
{
    proxy.setSourceModel(&table);
    proxy.setSortRole(SimpleTable<Row>::SortRole);
    proxy.setFilterRole(SimpleTable<Row>::SearchRole);
    proxy.setFilterKeyColumn(0);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.sort(0, Qt::AscendingOrder);
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);

    test::EmulatorProcess emulator({ u"--seed"_s, u"large"_s, u"--rate-limit"_s, u"100000"_s });
    if (!emulator.start(120000)) {
        std::fprintf(stderr, "emulator did not start: %s\n", qPrintable(emulator.errorString()));
        return 1;
    }
    SchedulerConfig config;
    config.limit = 100000;
    auto opened = ApiSession::open(emulator.baseUrl(), emulator.keyId(), Secret(emulator.keySecret()), config);
    if (!opened) {
        std::fprintf(stderr, "no session: %s\n", qPrintable(opened.error().displayText()));
        return 1;
    }
    std::unique_ptr<ApiSession> session = std::move(opened).value();
    CloudApi *api = session->api();
    const auto fail = [](const char *what, const ApiError &error) {
        std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(error.displayText()));
        return 1;
    };

    auto organizations = fetch<QList<Organization>>(
        [&](auto done) { api->organizationGetList(RequestPriority::Visible, nullptr, done); });
    if (!organizations || !*organizations || organizations->value().isEmpty())
        return fail("organizationGetList", organizations ? organizations->error() : ApiError {});
    const QString org = organizations->value().first().id;

    // --- Services: 2,000 rows.
    auto services = fetch<json::RowList<Service>>(
        [&](auto done) { api->instanceGetList(org, {}, RequestPriority::Visible, nullptr, done); });
    if (!services || !*services)
        return fail("instanceGetList", services ? services->error() : ApiError {});
    const QList<Service> &serviceList = services->value().rows;
    SimpleTable<Service> serviceTable(
        [](const Service &s) {
            return QStringList { s.name, s.state.raw(), s.provider, s.region, s.createdAt.toString(Qt::ISODate) };
        },
        5);
    QSortFilterProxyModel serviceProxy;
    setUpProxy(serviceProxy, serviceTable);
    report("services_load", serviceList.size(), timed([&] { serviceTable.setRows(serviceList); }));
    // One keystroke: the filter grows from three characters to four.
    const QString name = serviceList.isEmpty() ? u"serv"_s : serviceList.at(serviceList.size() / 2).name;
    const QString needle = name.right(4);
    serviceProxy.setFilterFixedString(needle.left(3));
    const double filterMs = timed([&] { serviceProxy.setFilterFixedString(needle); });
    report("services_filter", serviceProxy.rowCount(), filterMs);
    serviceProxy.setFilterFixedString({});
    report("services_sort", serviceProxy.rowCount(), timed([&] { serviceProxy.sort(3, Qt::DescendingOrder); }));

    // --- Keys: 100 rows.
    auto keys = fetch<json::RowList<ApiKey>>(
        [&](auto done) { api->openapiKeyGetList(org, RequestPriority::Visible, nullptr, done); });
    if (!keys || !*keys)
        return fail("openapiKeyGetList", keys ? keys->error() : ApiError {});
    SimpleTable<ApiKey> keyTable(
        [](const ApiKey &k) {
            return QStringList { k.name, k.keySuffix, k.stateText, k.createdAt.toString(Qt::ISODate),
                                 k.expireAt ? k.expireAt->toString(Qt::ISODate) : QString() };
        },
        5);
    QSortFilterProxyModel keyProxy;
    setUpProxy(keyProxy, keyTable);
    report("keys_load", keys->value().rows.size(), timed([&] { keyTable.setRows(keys->value().rows); }));

    // --- Activity: 50,000 rows over a year, fetched in 31-day windows.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto activities = fetch<json::RowList<Activity>>([&](auto done) {
        api->activityGetRange(org, now.addDays(-366), now.addSecs(60), RequestPriority::Visible, nullptr, done);
    });
    if (!activities || !*activities)
        return fail("activityGetRange", activities ? activities->error() : ApiError {});
    ActivityModel activityModel;
    ActivityFilterModel activityProxy;
    activityProxy.setSourceModel(&activityModel);
    activityProxy.sort(ActivityModel::TimeColumn, Qt::DescendingOrder); // as the page shows it
    QList<Activity> activityRows = std::move(*activities).value().rows;
    const qsizetype activityCount = activityRows.size();
    report("activity_load", activityCount, timed([&] { activityModel.setActivities(std::move(activityRows)); }));
    report("activity_sort", activityProxy.rowCount(),
           timed([&] { activityProxy.sort(ActivityModel::ActorColumn, Qt::AscendingOrder); }));
    activityProxy.setSearchText(u"servi"_s);
    const double activityFilterMs = timed([&] { activityProxy.setSearchText(u"servic"_s); });
    report("activity_filter", activityProxy.rowCount(), activityFilterMs);

    // --- Usage: 31 days (one window) of 2,000 services.
    const QDate today = now.date();
    auto usage = fetch<UsageCost>([&](auto done) {
        api->usageCostGetRange(org, today.addDays(-30), today, RequestPriority::Visible, nullptr, done);
    });
    if (!usage || !*usage)
        return fail("usageCostGetRange", usage ? usage->error() : ApiError {});
    UsageTableModel usageModel;
    UsageFilterModel usageProxy;
    usageProxy.setSourceModel(&usageModel);
    usageProxy.sort(UsageTableModel::DateColumn, Qt::DescendingOrder);
    UsageChartData chart;
    report("usage_load", usage->value().costs.size(), timed([&] {
               usageModel.setRecords(usage->value().costs);
               chart = UsageChartData::build(usageModel, today.addDays(-30), today);
           }));

    printLine({ { u"case"_s, u"rss"_s }, { u"peak_rss_mb"_s, qRound(peakRssMb() * 10) / 10.0 } });
    return 0;
}
