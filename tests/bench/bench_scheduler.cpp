// bench_scheduler: the request scheduler against a naive fire-and-retry client,
// side by side on one emulator with a 10-per-1-s rate limit. Prints one JSON
// object per line:
//   scheduler    100 GETs through RequestScheduler
//   naive        the same 100 fired at once with QNetworkAccessManager; on 429
//                wait X-RateLimit-Reset plus a tenth of the window, then retry
//   interactive  40 background GETs queued, then 10 interactive GETs issued
//                every 300 ms: how long each click waits to be sent
//   mixed        20 background and 20 visible GETs queued at once, 10
//                interactive GETs issued every 300 ms: each class's p50/p95 wait,
//                and how many lower-priority GETs were sent while a click waited
// Then, on a second emulator with the real limit (10 per 10 s):
//   scheduler_real  30 GETs through RequestScheduler
//   reactive        the same 30 as the official Terraform provider sends them:
//                   fire; on 429 sleep X-RateLimit-Reset + 1 s; on 5xx back off
//                   from 4 s, doubling. speedup = its wall time / the scheduler's.
//   reactive_provider  the same, plus the pause the provider's retry library
//                   adds before every new attempt (1 s, randomized by +-50 %)
// min_s is the least time the limit allows: (ceil(requests/limit) - 1) x window.

#include "EmulatorProcess.h"
#include "api/Clock.h"
#include "api/NetworkTransport.h"
#include "api/RequestLog.h"
#include "api/RequestScheduler.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QTimer>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdio>
#include <functional>
#include <memory>

using namespace chcloud;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

namespace {

constexpr int rateLimit = 10;
constexpr int windowMs = 1000;
constexpr int realWindowMs = 10000;

/// Counts every HTTP status the scheduler's requests come back with.
class CountingTransport final : public Transport
{
public:
    explicit CountingTransport(Transport *inner)
        : m_inner(inner)
    {
    }

    TransportCall *send(const ApiRequest &request) override
    {
        TransportCall *call = m_inner->send(request);
        QObject::connect(call, &TransportCall::finished, call, [this, call] {
            if (call->result().httpStatus == 429)
                ++m_http429;
        });
        return call;
    }
    int http429() const { return m_http429; }

private:
    Transport *m_inner;
    int m_http429 = 0;
};

/// Runs the event loop until done() says so (or a generous deadline passes).
bool runUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (done() || timer.elapsed() > timeoutMs)
            loop.quit();
    });
    poll.start();
    if (!done())
        loop.exec();
    return done();
}

double minSeconds(int requests, int window = windowMs)
{
    return (std::ceil(double(requests) / rateLimit) - 1) * window / 1000.0;
}

/// The p-th percentile (0..1) of sorted values by the nearest-rank method; -1 when empty.
qint64 percentile(const QList<qint64> &sorted, double p)
{
    if (sorted.isEmpty())
        return -1;
    const auto rank = qsizetype(std::ceil(p * double(sorted.size()))) - 1;
    return sorted.at(std::clamp<qsizetype>(rank, 0, sorted.size() - 1));
}

void printLine(QJsonObject line)
{
    const QByteArray json = QJsonDocument(line).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", json.constData());
    std::fflush(stdout);
}

QJsonObject result(const QString &name, int requests, int http429, double wallSeconds, int window = windowMs)
{
    const double minimum = minSeconds(requests, window);
    return QJsonObject {
        { u"case"_s, name },       { u"requests"_s, requests },
        { u"http429"_s, http429 }, { u"wall_s"_s, std::round(wallSeconds * 1000) / 1000 },
        { u"min_s"_s, minimum },   { u"ratio_to_min"_s, std::round(wallSeconds / minimum * 1000) / 1000 },
        { u"window_ms"_s, window }
    };
}

class Bench
{
public:
    explicit Bench(test::EmulatorProcess &emulator, int window = windowMs)
        : m_emulator(emulator)
        , m_window(window)
    {
    }

    bool prepare()
    {
        const QJsonObject health = control("GET", u"health"_s);
        m_organizationId = health.value(u"organizationId").toString();
        return !m_organizationId.isEmpty();
    }

    void resetRateLimits() { control("POST", u"reset-rate-limits"_s); }

    /// A mix of the list endpoints a console polls, each made distinct by a query.
    ApiRequest mixedGet(int i, RequestPriority priority) const
    {
        static const QStringList tails { QString(), u"/services"_s, u"/keys"_s, u"/members"_s, u"/invitations"_s };
        ApiRequest request = ApiRequest::make(
            "GET", u"/v1/organizations/"_s + m_organizationId + tails.at(i % tails.size()), priority);
        request.query.addQueryItem(u"n"_s, QString::number(i));
        return request;
    }

    QJsonObject runScheduler(int requests, const QString &name = u"scheduler"_s)
    {
        Rig rig(m_emulator, m_window);
        QElapsedTimer wall;
        wall.start();
        int finished = 0;
        int failed = 0;
        for (int i = 0; i < requests; ++i) {
            ApiReply *reply = rig.scheduler->submit(mixedGet(i, RequestPriority::Visible));
            QObject::connect(reply, &ApiReply::finished, reply, [&finished, &failed, reply] {
                ++finished;
                failed += reply->isSuccess() ? 0 : 1;
                reply->deleteLater();
            });
        }
        runUntil([&] { return finished == requests; });
        QJsonObject line = result(name, requests, rig.counting->http429(), wall.elapsed() / 1000.0, m_window);
        line.insert(u"failed"_s, failed + (requests - finished));
        return line;
    }

    QJsonObject runNaive(int requests)
    {
        QNetworkAccessManager manager;
        int finished = 0;
        int failed = 0;
        int http429 = 0;
        std::function<void(const ApiRequest &)> fire = [&](const ApiRequest &request) {
            QUrl url = m_emulator.baseUrl();
            url.setPath(request.path);
            url.setQuery(request.query);
            QNetworkRequest networkRequest(url);
            networkRequest.setRawHeader("Authorization", m_emulator.authorization());
            QNetworkReply *reply = manager.get(networkRequest);
            QObject::connect(reply, &QNetworkReply::finished, &manager, [&, reply, request] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 429) {
                    ++http429;
                    const int resetSeconds = reply->rawHeader("X-RateLimit-Reset").toInt();
                    QTimer::singleShot(resetSeconds * 1000 + windowMs / 10, &manager,
                                       [&fire, request] { fire(request); });
                    return;
                }
                ++finished;
                failed += status == 200 ? 0 : 1;
            });
        };
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < requests; ++i)
            fire(mixedGet(i, RequestPriority::Visible));
        runUntil([&] { return finished == requests; });
        QJsonObject line = result(u"naive"_s, requests, http429, wall.elapsed() / 1000.0);
        line.insert(u"failed"_s, failed + (requests - finished));
        return line;
    }

    QJsonObject runInteractive(int background, int interactive, int intervalMs)
    {
        Rig rig(m_emulator, m_window);
        QList<qint64> waits;
        QObject::connect(rig.log.get(), &RequestLog::entryAdded, rig.log.get(), [&waits](const RequestLogEntry &e) {
            if (e.priority == RequestPriority::Interactive)
                waits << e.queueWaitMs;
        });
        const int total = background + interactive;
        int finished = 0;
        auto submit = [&](ApiRequest request) {
            ApiReply *reply = rig.scheduler->submit(std::move(request));
            QObject::connect(reply, &ApiReply::finished, reply, [&finished, reply] {
                ++finished;
                reply->deleteLater();
            });
        };
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < background; ++i)
            submit(mixedGet(i, RequestPriority::Background));
        for (int i = 0; i < interactive; ++i) {
            QTimer::singleShot(intervalMs * (i + 1), rig.scheduler.get(),
                               [&, i] { submit(mixedGet(background + i, RequestPriority::Interactive)); });
        }
        runUntil([&] { return finished == total; });
        QJsonObject line = result(u"interactive"_s, total, rig.counting->http429(), wall.elapsed() / 1000.0);
        std::sort(waits.begin(), waits.end());
        line.insert(u"p50_wait_ms"_s, percentile(waits, 0.50));
        line.insert(u"p95_wait_ms"_s, percentile(waits, 0.95));
        line.insert(u"target_p95_ms"_s, m_window / rateLimit + 50);
        return line;
    }

    /// Background, visible and interactive requests together: what each class waits.
    QJsonObject runMixed(int background, int visible, int interactive, int intervalMs)
    {
        Rig rig(m_emulator, m_window);
        std::array<QList<qint64>, 3> waits;
        QList<RequestLogEntry> entries;
        QObject::connect(rig.log.get(), &RequestLog::entryAdded, rig.log.get(),
                         [&waits, &entries](const RequestLogEntry &e) {
                             waits.at(size_t(e.priority)) << e.queueWaitMs;
                             entries << e;
                         });
        const int total = background + visible + interactive;
        int finished = 0;
        auto submit = [&](ApiRequest request) {
            ApiReply *reply = rig.scheduler->submit(std::move(request));
            QObject::connect(reply, &ApiReply::finished, reply, [&finished, reply] {
                ++finished;
                reply->deleteLater();
            });
        };
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < background; ++i)
            submit(mixedGet(i, RequestPriority::Background));
        for (int i = 0; i < visible; ++i)
            submit(mixedGet(background + i, RequestPriority::Visible));
        for (int i = 0; i < interactive; ++i) {
            QTimer::singleShot(intervalMs * (i + 1), rig.scheduler.get(),
                               [&, i] { submit(mixedGet(background + visible + i, RequestPriority::Interactive)); });
        }
        runUntil([&] { return finished == total; });
        QJsonObject line = result(u"mixed"_s, total, rig.counting->http429(), wall.elapsed() / 1000.0, m_window);
        const std::array<std::pair<RequestPriority, QString>, 3> classes { {
            { RequestPriority::Interactive, u"interactive"_s },
            { RequestPriority::Visible, u"visible"_s },
            { RequestPriority::Background, u"background"_s },
        } };
        for (const auto &[priority, name] : classes) {
            QList<qint64> &list = waits.at(size_t(priority));
            std::sort(list.begin(), list.end());
            line.insert(name + u"_p50_wait_ms"_s, percentile(list, 0.50));
            line.insert(name + u"_p95_wait_ms"_s, percentile(list, 0.95));
        }
        line.insert(u"target_interactive_p95_ms"_s, m_window / rateLimit + 50);
        line.insert(u"interactive_overtaken"_s, overtaken(entries));
        return line;
    }

    /// How many lower-priority requests were first sent while an interactive one
    /// was queued (strictly between its submission and its send, to the millisecond).
    static int overtaken(const QList<RequestLogEntry> &entries)
    {
        int count = 0;
        for (const RequestLogEntry &click : entries) {
            if (click.priority != RequestPriority::Interactive)
                continue;
            const qint64 sent = click.startedAt.toMSecsSinceEpoch();
            const qint64 submitted = sent - click.queueWaitMs;
            for (const RequestLogEntry &other : entries) {
                const qint64 otherSent = other.startedAt.toMSecsSinceEpoch();
                if (other.priority != RequestPriority::Interactive && otherSent > submitted + 1 && otherSent < sent - 1)
                    ++count;
            }
        }
        return count;
    }

    /// The policy of the official Terraform provider: fire everything; on 429
    /// sleep X-RateLimit-Reset + 1 s and send again; on 5xx back off from 4 s, doubling.
    /// With libraryPause, every new attempt also waits the interval the provider's
    /// retry library adds (1 s randomized by +-50 %, from a fixed seed).
    QJsonObject runReactive(int requests, bool libraryPause = false)
    {
        QRandomGenerator random(20261202);
        auto pause = [&](int ms) {
            return libraryPause ? ms + 500 + int(random.bounded(1001)) : ms;
        };
        QNetworkAccessManager manager;
        int finished = 0;
        int failed = 0;
        int http429 = 0;
        std::function<void(const ApiRequest &, int)> fire = [&](const ApiRequest &request, int backoffMs) {
            QUrl url = m_emulator.baseUrl();
            url.setPath(request.path);
            url.setQuery(request.query);
            QNetworkRequest networkRequest(url);
            networkRequest.setRawHeader("Authorization", m_emulator.authorization());
            QNetworkReply *reply = manager.get(networkRequest);
            QObject::connect(reply, &QNetworkReply::finished, &manager, [&, reply, request, backoffMs] {
                reply->deleteLater();
                const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status == 429) {
                    ++http429;
                    const int resetSeconds = reply->rawHeader("X-RateLimit-Reset").toInt();
                    QTimer::singleShot(pause(resetSeconds * 1000 + 1000), &manager,
                                       [&fire, request] { fire(request, 4000); });
                    return;
                }
                if (status >= 500 && backoffMs <= 64000) {
                    QTimer::singleShot(pause(backoffMs), &manager,
                                       [&fire, request, backoffMs] { fire(request, backoffMs * 2); });
                    return;
                }
                ++finished;
                failed += status == 200 ? 0 : 1;
            });
        };
        QElapsedTimer wall;
        wall.start();
        for (int i = 0; i < requests; ++i)
            fire(mixedGet(i, RequestPriority::Visible), 4000);
        runUntil([&] { return finished == requests; }, 600000);
        QJsonObject line = result(libraryPause ? u"reactive_provider"_s : u"reactive"_s, requests, http429,
                                  wall.elapsed() / 1000.0, m_window);
        line.insert(u"failed"_s, failed + (requests - finished));
        return line;
    }

private:
    /// One scheduler over the network door, as the application builds it.
    struct Rig
    {
        Rig(test::EmulatorProcess &emulator, int window)
            : network(std::make_unique<NetworkTransport>(emulator.baseUrl(), emulator.keyId(), emulator.keySecret()))
            , counting(std::make_unique<CountingTransport>(network.get()))
            , log(std::make_unique<RequestLog>())
        {
            SchedulerConfig config;
            config.limit = rateLimit;
            config.window = std::chrono::milliseconds(window);
            const QByteArray margin = qgetenv("BENCH_MARGIN_MS");
            if (!margin.isEmpty())
                config.safetyMargin = std::chrono::milliseconds(margin.toInt());
            const QByteArray ratio = qgetenv("BENCH_MARGIN_RATIO");
            if (!ratio.isEmpty())
                config.safetyMarginRatio = ratio.toDouble();
            scheduler = std::make_unique<RequestScheduler>(counting.get(), &clock, config, log.get());
        }
        ~Rig() { scheduler.reset(); }

        SteadyClock clock;
        std::unique_ptr<NetworkTransport> network;
        std::unique_ptr<CountingTransport> counting;
        std::unique_ptr<RequestLog> log;
        std::unique_ptr<RequestScheduler> scheduler;
    };

    QJsonObject control(const QByteArray &method, const QString &route)
    {
        QUrl url = m_emulator.baseUrl();
        url.setPath(u"/_emulator/"_s + route);
        QNetworkRequest request(url);
        request.setRawHeader(test::EmulatorProcess::controlTokenHeader(), m_emulator.controlToken());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply *reply = m_control.sendCustomRequest(request, method, method == "POST" ? "{}" : "");
        runUntil([reply] { return reply->isFinished(); }, 10000);
        const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return answer;
    }

    test::EmulatorProcess &m_emulator;
    int m_window;
    QNetworkAccessManager m_control;
    QString m_organizationId;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    test::EmulatorProcess emulator(
        { u"--rate-limit"_s, QString::number(rateLimit), u"--rate-window-ms"_s, QString::number(windowMs) });
    if (!emulator.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(emulator.errorString()));
        return 1;
    }
    Bench bench(emulator);
    if (!bench.prepare()) {
        std::fprintf(stderr, "the emulator did not name its organization\n");
        return 1;
    }

    printLine(bench.runScheduler(100));
    bench.resetRateLimits();
    printLine(bench.runNaive(100));
    bench.resetRateLimits();
    printLine(bench.runInteractive(40, 10, 300));
    bench.resetRateLimits();
    printLine(bench.runMixed(20, 20, 10, 300));

    // The real limit: the scheduler against the reactive policy on the same burst.
    test::EmulatorProcess real(
        { u"--rate-limit"_s, QString::number(rateLimit), u"--rate-window-ms"_s, QString::number(realWindowMs) });
    if (!real.start()) {
        std::fprintf(stderr, "%s\n", qPrintable(real.errorString()));
        return 1;
    }
    Bench realBench(real, realWindowMs);
    if (!realBench.prepare())
        return 1;
    const QJsonObject ours = realBench.runScheduler(30, u"scheduler_real"_s);
    printLine(ours);
    for (const bool libraryPause : { false, true }) {
        realBench.resetRateLimits();
        QJsonObject theirs = realBench.runReactive(30, libraryPause);
        theirs.insert(u"speedup"_s,
                      std::round(theirs.value(u"wall_s").toDouble() / ours.value(u"wall_s").toDouble() * 100) / 100);
        printLine(theirs);
    }
    return 0;
}
