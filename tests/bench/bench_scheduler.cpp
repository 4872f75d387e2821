// bench_scheduler: the request scheduler against a naive fire-and-retry client,
// side by side on one emulator with a 10-per-1-s rate limit. Prints one JSON
// object per line:
//   scheduler    100 GETs through RequestScheduler
//   naive        the same 100 fired at once with QNetworkAccessManager; on 429
//                wait X-RateLimit-Reset plus a tenth of the window, then retry
//   interactive  40 background GETs queued, then 10 interactive GETs issued
//                every 300 ms: how long each click waits to be sent
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
#include <QTimer>

#include <algorithm>
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

double minSeconds(int requests)
{
    return (std::ceil(double(requests) / rateLimit) - 1) * windowMs / 1000.0;
}

void printLine(QJsonObject line)
{
    const QByteArray json = QJsonDocument(line).toJson(QJsonDocument::Compact);
    std::fprintf(stdout, "%s\n", json.constData());
    std::fflush(stdout);
}

QJsonObject result(const QString &name, int requests, int http429, double wallSeconds)
{
    const double minimum = minSeconds(requests);
    return QJsonObject {
        { u"case"_s, name },       { u"requests"_s, requests },
        { u"http429"_s, http429 }, { u"wall_s"_s, std::round(wallSeconds * 1000) / 1000 },
        { u"min_s"_s, minimum },   { u"ratio_to_min"_s, std::round(wallSeconds / minimum * 1000) / 1000 }
    };
}

class Bench
{
public:
    explicit Bench(test::EmulatorProcess &emulator)
        : m_emulator(emulator)
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

    QJsonObject runScheduler(int requests)
    {
        Rig rig(m_emulator);
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
        QJsonObject line = result(u"scheduler"_s, requests, rig.counting->http429(), wall.elapsed() / 1000.0);
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
        Rig rig(m_emulator);
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
        auto percentile = [&waits](double p) -> qint64 {
            if (waits.isEmpty())
                return -1;
            const auto rank = qsizetype(std::ceil(p * double(waits.size()))) - 1;
            return waits.at(std::clamp<qsizetype>(rank, 0, waits.size() - 1));
        };
        line.insert(u"p50_wait_ms"_s, percentile(0.50));
        line.insert(u"p95_wait_ms"_s, percentile(0.95));
        line.insert(u"target_p95_ms"_s, windowMs / rateLimit + 50);
        return line;
    }

private:
    /// One scheduler over the network door, as the application builds it.
    struct Rig
    {
        explicit Rig(test::EmulatorProcess &emulator)
            : network(std::make_unique<NetworkTransport>(emulator.baseUrl(), emulator.keyId(), emulator.keySecret()))
            , counting(std::make_unique<CountingTransport>(network.get()))
            , log(std::make_unique<RequestLog>())
        {
            SchedulerConfig config;
            config.limit = rateLimit;
            config.window = std::chrono::milliseconds(windowMs);
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
    return 0;
}
