// The real view-models of the four big pages — services, API keys, activity,
// usage — fed by the real CloudApi over loopback from the emulator's "large"
// seed (2,000 services, 100 keys, 50,000 activities, a year of usage), with the
// emulator's rate limit lifted so that only the app's own work is timed.
//
// One emulator is started; each page is measured in a child process of its own
// (this program again, with --page), so that each page's peak RSS is its own;
// "bench_pages usage activity" measures only the pages named.
// Per page, one JSON object per line:
//   {"case":"activity_load","rows":4137,"ms":812.4,"max_stall_ms":3.1}
//       refresh() to the rows in the model (request, decode, model reset, the
//       proxy sorting them); max_stall_ms is the longest the event loop stood
//       still meanwhile (the GUI thread busy with one piece of work)
//   {"case":"activity_filter","rows":…,"ms":…}   one keystroke in the search box
//   {"case":"activity_filter_first",…}, {"case":"activity_filter_clear",…}
//       the first keystroke (most rows hidden) and clearing the box (all back)
//   {"case":"activity_sort","rows":…,"ms":…}     one click on a column header
//   {"case":"activity_rss","peak_rss_mb":…}      the child's peak resident set
// Activity and usage load the pages' default range (the last 30 days) and then
// a longer one: a year of activity ("activity_year_load"), 90 days of usage
// ("usage_90days_load"), and the keystrokes again over it ("activity_year_filter"…).

#include "EmulatorProcess.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "viewmodels/ActivityFilterModel.h"
#include "viewmodels/ActivityViewModel.h"
#include "viewmodels/ApiKeysFilterModel.h"
#include "viewmodels/ApiKeysViewModel.h"
#include "viewmodels/ServicesFilterModel.h"
#include "viewmodels/ServicesViewModel.h"
#include "viewmodels/UsageFilterModel.h"
#include "viewmodels/UsageViewModel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <optional>
#include <sys/resource.h>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 600000;

void printLine(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double rounded(double ms)
{
    return qRound(ms * 100) / 100.0;
}

void report(const QString &name, qsizetype rows, double ms)
{
    printLine({ { u"case"_s, name }, { u"rows"_s, double(rows) }, { u"ms"_s, rounded(ms) } });
}

/// Milliseconds fn takes.
double timed(const std::function<void()> &fn)
{
    QElapsedTimer timer;
    timer.start();
    fn();
    return double(timer.nsecsElapsed()) / 1e6;
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

/// Runs the event loop until done() says so, measuring the longest the loop
/// stood still (a 1 ms timer's late ticks) meanwhile. Returns {ms, max stall ms}.
std::pair<double, double> runUntil(const std::function<void()> &start, const std::function<bool()> &done)
{
    QEventLoop loop;
    QTimer ticker;
    ticker.setInterval(1);
    QElapsedTimer sinceTick;
    double maxStall = 0;
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        maxStall = std::max(maxStall, double(sinceTick.nsecsElapsed()) / 1e6);
        sinceTick.restart();
        if (done())
            loop.quit();
    });
    QTimer::singleShot(kTimeoutMs, &loop, &QEventLoop::quit);
    QElapsedTimer timer;
    timer.start();
    sinceTick.start();
    ticker.start();
    start();
    if (!done())
        loop.exec();
    return { double(timer.nsecsElapsed()) / 1e6, maxStall };
}

void reportLoad(const QString &name, qsizetype rows, std::pair<double, double> timing)
{
    printLine({ { u"case"_s, name },
                { u"rows"_s, double(rows) },
                { u"ms"_s, rounded(timing.first) },
                { u"max_stall_ms"_s, rounded(timing.second) } });
}

/// Keystrokes in the search box: the first one (empty to one character, which
/// hides most rows), one that grows the filter from three characters to four
/// (the name's case), and clearing the box (every row back).
template<typename SetText>
void reportKeystroke(const QString &name, const QAbstractItemModel &proxy, const QString &needle, SetText setText)
{
    // Each timing includes reading the row count, as a view does at once: a proxy
    // may otherwise defer its work past the measurement.
    const auto typed = [&](const QString &text) {
        return timed([&] { setText(text), (void)proxy.rowCount(); });
    };
    const double first = typed(needle.left(1));
    report(name + u"_first"_s, proxy.rowCount(), first);
    setText(needle.left(3));
    const double ms = typed(needle);
    report(name, proxy.rowCount(), ms);
    const double cleared = typed(QString());
    report(name + u"_clear"_s, proxy.rowCount(), cleared);
}

int fail(const char *what, const QString &why)
{
    std::fprintf(stderr, "%s failed: %s\n", what, qPrintable(why));
    return 1;
}

int measurePage(const QString &page)
{
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    SchedulerConfig config;
    config.limit = 100000;
    auto opened
        = ApiSession::open(QUrl(environment.value(u"CHCLOUD_BENCH_URL"_s)), environment.value(u"CHCLOUD_BENCH_KEY"_s),
                           Secret(environment.value(u"CHCLOUD_BENCH_SECRET"_s)), config);
    if (!opened)
        return fail("ApiSession::open", opened.error().displayText());
    std::unique_ptr<ApiSession> session = std::move(opened).value();

    std::optional<ApiResult<QList<Organization>>> organizations;
    session->api()->organizationGetList(RequestPriority::Interactive, nullptr,
                                        [&](ApiResult<QList<Organization>> r) { organizations = std::move(r); });
    runUntil([] {}, [&] { return organizations.has_value(); });
    if (!organizations || !*organizations || organizations->value().isEmpty())
        return fail("organizationGetList",
                    organizations && !*organizations ? organizations->error().displayText() : u"no organization"_s);
    const QString org = organizations->value().first().id;

    if (page == u"services"_s) {
        ServicesViewModel viewModel;
        ServicesFilterModel proxy;
        proxy.setSourceModel(&viewModel);
        proxy.sort(ServicesViewModel::NameColumn, Qt::AscendingOrder); // as the page shows it
        viewModel.setContext(session.get(), org);
        bool refreshed = false;
        QObject::connect(&viewModel, &ServicesViewModel::refreshed, &viewModel, [&] { refreshed = true; });
        const auto timing = runUntil([&] { viewModel.refresh(); }, [&] { return refreshed; });
        if (!viewModel.errorText().isEmpty())
            return fail("services load", viewModel.errorText());
        reportLoad(u"services_load"_s, proxy.rowCount(), timing);
        const int middle = viewModel.rowCount() / 2;
        const QString name = viewModel.index(middle, ServicesViewModel::NameColumn).data().toString();
        reportKeystroke(u"services_filter"_s, proxy, name.right(4),
                        [&](const QString &text) { proxy.setTextFilter(text); });
        report(u"services_sort"_s, proxy.rowCount(), timed([&] {
                   proxy.sort(ServicesViewModel::CreatedColumn, Qt::DescendingOrder), (void)proxy.rowCount();
               }));
    } else if (page == u"keys"_s) {
        ApiKeysViewModel viewModel;
        ApiKeysFilterModel proxy;
        proxy.setSourceModel(&viewModel);
        proxy.sort(ApiKeysViewModel::NameColumn, Qt::AscendingOrder);
        viewModel.setContext(session.get(), org, {});
        bool refreshed = false;
        QObject::connect(&viewModel, &ApiKeysViewModel::refreshed, &viewModel, [&] { refreshed = true; });
        const auto timing = runUntil([&] { viewModel.refresh(); }, [&] { return refreshed; });
        if (!viewModel.errorText().isEmpty())
            return fail("keys load", viewModel.errorText());
        reportLoad(u"keys_load"_s, proxy.rowCount(), timing);
        const QString name = viewModel.index(viewModel.rowCount() / 2, ApiKeysViewModel::NameColumn).data().toString();
        reportKeystroke(u"keys_filter"_s, proxy, name.right(4),
                        [&](const QString &text) { proxy.setFilterText(text); });
        report(u"keys_sort"_s, proxy.rowCount(), timed([&] {
                   proxy.sort(ApiKeysViewModel::CreatedColumn, Qt::DescendingOrder), (void)proxy.rowCount();
               }));
    } else if (page == u"activity"_s || page == u"usage"_s) {
        const bool activity = page == u"activity"_s;
        std::unique_ptr<RemoteViewModel> viewModel;
        QSortFilterProxyModel *proxy = nullptr;
        std::function<void(const QString &)> setSearch;
        std::function<void(QDate, QDate)> setRange;
        int sortColumn = 0;
        if (activity) {
            auto *activityModel = new ActivityViewModel;
            viewModel.reset(activityModel);
            ActivityFilterModel *filter = activityModel->filterModel();
            proxy = filter;
            filter->sort(ActivityModel::TimeColumn, Qt::DescendingOrder);
            setSearch = [filter](const QString &text) {
                filter->setSearchText(text);
            };
            setRange = [activityModel](QDate from, QDate to) {
                activityModel->setRange(from, to);
            };
            sortColumn = ActivityModel::ActorColumn;
        } else {
            auto *usageModel = new UsageViewModel;
            viewModel.reset(usageModel);
            UsageFilterModel *filter = usageModel->filterModel();
            proxy = filter;
            filter->sort(UsageTableModel::DateColumn, Qt::DescendingOrder);
            setSearch = [filter](const QString &text) {
                filter->setSearchText(text);
            };
            setRange = [usageModel](QDate from, QDate to) {
                usageModel->setRange(from, to);
            };
            sortColumn = UsageTableModel::TotalColumn;
        }
        viewModel->setContext(session.get(), org);
        const auto load = [&](const QString &name) {
            bool finished = false;
            const auto connection
                = QObject::connect(viewModel.get(), &RemoteViewModel::loadFinished, [&] { finished = true; });
            const auto timing = runUntil([&] { viewModel->refresh(); }, [&] { return finished; });
            QObject::disconnect(connection);
            reportLoad(name, proxy->rowCount(), timing);
            return viewModel->errorText();
        };
        if (const QString error = load(page + u"_load"_s); !error.isEmpty())
            return fail("load", error);
        reportKeystroke(page + u"_filter"_s, *proxy, u"serv"_s, setSearch);
        report(page + u"_sort"_s, proxy->rowCount(),
               timed([&] { proxy->sort(sortColumn, Qt::AscendingOrder), (void)proxy->rowCount(); }));
        // A longer range: a year of activity (twelve windows); 90 days of usage (three
        // windows of tens of megabytes each).
        const QDate today = QDateTime::currentDateTimeUtc().date();
        setRange(today.addDays(activity ? -364 : -89), today);
        const QString longRange = page + (activity ? u"_year"_s : u"_90days"_s);
        if (const QString error = load(longRange + u"_load"_s); !error.isEmpty())
            return fail("long range load", error);
        reportKeystroke(longRange + u"_filter"_s, *proxy, u"serv"_s, setSearch);
    } else {
        return fail("--page", u"unknown page "_s + page);
    }
    printLine({ { u"case"_s, QString(page + u"_rss"_s) }, { u"peak_rss_mb"_s, qRound(peakRssMb() * 10) / 10.0 } });
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    const qsizetype pageAt = arguments.indexOf(u"--page"_s);
    if (pageAt > 0 && pageAt + 1 < arguments.size())
        return measurePage(arguments.at(pageAt + 1));

    test::EmulatorProcess emulator({ u"--seed"_s, u"large"_s, u"--rate-limit"_s, u"100000"_s });
    if (!emulator.start(120000))
        return fail("emulator start", emulator.errorString());
    // Pages named on the command line, or all four.
    QStringList pages = arguments.mid(1);
    if (pages.isEmpty())
        pages = QStringList { u"services"_s, u"keys"_s, u"activity"_s, u"usage"_s };
    int result = 0;
    for (const QString &page : std::as_const(pages)) {
        QProcess child;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"CHCLOUD_BENCH_URL"_s, emulator.baseUrl().toString());
        environment.insert(u"CHCLOUD_BENCH_KEY"_s, emulator.keyId());
        environment.insert(u"CHCLOUD_BENCH_SECRET"_s, emulator.keySecret());
        child.setProcessEnvironment(environment);
        child.setProcessChannelMode(QProcess::ForwardedChannels);
        child.start(QCoreApplication::applicationFilePath(), { u"--page"_s, page });
        if (!child.waitForFinished(kTimeoutMs) || child.exitStatus() != QProcess::NormalExit || child.exitCode() != 0) {
            std::fprintf(stderr, "page %s: the measuring process failed\n", qPrintable(page));
            result = 1;
        }
    }
    return result;
}
