// The scheduler and the network door against a real emulator over loopback,
// with a 10-per-1-s rate limit and faults injected through the emulator's
// control route (sent directly, not through the scheduler).

#include "EmulatorProcess.h"
#include "api/Clock.h"
#include "api/NetworkTransport.h"
#include "api/RequestLog.h"
#include "api/RequestScheduler.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace chcloud;
using namespace std::chrono_literals;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(chcloud::ApiErrorKind)

namespace {

/// Passes requests on to the real transport and counts every HTTP status that comes back.
class CountingTransport final : public Transport
{
public:
    explicit CountingTransport(Transport *inner)
        : m_inner(inner)
    {
    }

    TransportCall *send(const ApiRequest &request) override
    {
        ++m_sends;
        TransportCall *call = m_inner->send(request);
        QObject::connect(call, &TransportCall::finished, call,
                         [this, call] { ++m_statuses[call->result().httpStatus]; });
        return call;
    }

    int sends() const { return m_sends; }
    int count(int status) const { return m_statuses.value(status); }
    void reset()
    {
        m_sends = 0;
        m_statuses.clear();
    }

private:
    Transport *m_inner;
    int m_sends = 0;
    QHash<int, int> m_statuses;
};

} // namespace

class TestSchedulerEmulator : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void manyMixedGetsNeverHit429();
    void forced429BurstIsAbsorbed();
    void injected5xxOnGetIsRetried();
    void injected5xxOnPostIsReportedOnce();
    void brokenBodiesEndAsParseErrors_data();
    void brokenBodiesEndAsParseErrors();
    void droppedConnectionIsRetriedForGet();
    void droppedConnectionOnPostIsReportedOnce();
    void postWithBodySucceeds();
    void refusesPlainHttpToOtherHosts();

private:
    QJsonObject control(const QByteArray &method, const QString &route, const QJsonObject &body = {});
    ApiReply *submitAndWait(ApiRequest request);
    QString orgPath(const QString &rest = {}) const
    {
        return QStringLiteral("/v1/organizations/") + m_organizationId + rest;
    }

    std::unique_ptr<test::EmulatorProcess> m_emulator;
    QNetworkAccessManager m_control;
    QString m_organizationId;
    std::unique_ptr<SteadyClock> m_clock;
    std::unique_ptr<NetworkTransport> m_network;
    std::unique_ptr<CountingTransport> m_transport;
    std::unique_ptr<RequestLog> m_log;
    std::unique_ptr<RequestScheduler> m_scheduler;
};

QJsonObject TestSchedulerEmulator::control(const QByteArray &method, const QString &route, const QJsonObject &body)
{
    QUrl url = m_emulator->baseUrl();
    url.setPath(QStringLiteral("/_emulator/") + route);
    QNetworkRequest request(url);
    request.setRawHeader(test::EmulatorProcess::controlTokenHeader(), m_emulator->controlToken());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = m_control.sendCustomRequest(request, method, QJsonDocument(body).toJson());
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}

ApiReply *TestSchedulerEmulator::submitAndWait(ApiRequest request)
{
    ApiReply *reply = m_scheduler->submit(std::move(request));
    QSignalSpy finished(reply, &ApiReply::finished);
    if (!reply->isFinished())
        finished.wait(30000);
    return reply;
}

void TestSchedulerEmulator::initTestCase()
{
    m_emulator = std::make_unique<test::EmulatorProcess>(
        QStringList { QStringLiteral("--rate-limit"), QStringLiteral("10"), QStringLiteral("--rate-window-ms"),
                      QStringLiteral("1000") });
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
    m_organizationId = control("GET", QStringLiteral("health")).value(u"organizationId").toString();
    QVERIFY(!m_organizationId.isEmpty());
}

void TestSchedulerEmulator::init()
{
    control("POST", QStringLiteral("faults/reset"));
    control("POST", QStringLiteral("reset-rate-limits"));
    m_clock = std::make_unique<SteadyClock>();
    m_network = std::make_unique<NetworkTransport>(m_emulator->baseUrl(), m_emulator->keyId(), m_emulator->keySecret());
    m_transport = std::make_unique<CountingTransport>(m_network.get());
    m_log = std::make_unique<RequestLog>();
    SchedulerConfig config;
    config.limit = 10;
    config.window = 1000ms;
    config.backoffBase = 100ms;
    config.backoffMax = 1000ms;
    m_scheduler = std::make_unique<RequestScheduler>(m_transport.get(), m_clock.get(), config, m_log.get());
}

void TestSchedulerEmulator::cleanup()
{
    m_scheduler.reset();
    m_log.reset();
    m_transport.reset();
    m_network.reset();
    m_clock.reset();
}

void TestSchedulerEmulator::manyMixedGetsNeverHit429()
{
    const QStringList paths { QStringLiteral("/v1/organizations"),  orgPath(),
                              orgPath(QStringLiteral("/services")), orgPath(QStringLiteral("/keys")),
                              orgPath(QStringLiteral("/members")),  orgPath(QStringLiteral("/invitations")) };
    const RequestPriority priorities[]
        = { RequestPriority::Interactive, RequestPriority::Visible, RequestPriority::Background };
    constexpr int total = 200;
    QList<ApiReply *> replies;
    for (int i = 0; i < total; ++i) {
        ApiRequest request = ApiRequest::make("GET", paths.at(i % paths.size()), priorities[i % 3]);
        // A distinct query per request so coalescing does not hide any of them.
        request.query.addQueryItem(QStringLiteral("n"), QString::number(i));
        replies << m_scheduler->submit(request);
    }
    int finished = 0;
    for (ApiReply *reply : std::as_const(replies))
        connect(reply, &ApiReply::finished, this, [&finished] { ++finished; });
    QTRY_COMPARE_WITH_TIMEOUT(finished, total, 60000);

    for (ApiReply *reply : std::as_const(replies))
        QVERIFY2(reply->isSuccess(), qPrintable(reply->error() ? reply->error()->displayText() : QString()));
    QCOMPARE(m_transport->count(429), 0);
    QCOMPARE(m_transport->count(200), total);
    QCOMPARE(m_transport->sends(), total);
    QCOMPARE(m_scheduler->status().totalQueued(), 0);
}

void TestSchedulerEmulator::forced429BurstIsAbsorbed()
{
    control("POST", QStringLiteral("faults"), QJsonObject { { u"force429Next"_s, 3 } });
    QList<ApiReply *> replies;
    for (int i = 0; i < 5; ++i) {
        ApiRequest request = ApiRequest::make("GET", orgPath(QStringLiteral("/services")));
        request.query.addQueryItem(QStringLiteral("n"), QString::number(i));
        replies << m_scheduler->submit(request);
    }
    int finished = 0;
    for (ApiReply *reply : std::as_const(replies))
        connect(reply, &ApiReply::finished, this, [&finished] { ++finished; });
    QTRY_COMPARE_WITH_TIMEOUT(finished, 5, 30000);
    for (ApiReply *reply : std::as_const(replies))
        QVERIFY(reply->isSuccess());
    QCOMPARE(m_transport->count(429), 3);
    QCOMPARE(m_transport->sends(), 8);
}

void TestSchedulerEmulator::injected5xxOnGetIsRetried()
{
    control("POST", QStringLiteral("faults"), QJsonObject { { u"failNext"_s, 2 }, { u"failNextStatus"_s, 503 } });
    ApiReply *reply = submitAndWait(ApiRequest::make("GET", orgPath(QStringLiteral("/keys"))));
    QVERIFY2(reply->isSuccess(), qPrintable(reply->error() ? reply->error()->displayText() : QString()));
    QCOMPARE(reply->attempts(), 3);
    QCOMPARE(m_transport->count(503), 2);
    QVERIFY(reply->result().isArray());
    QCOMPARE(control("GET", QStringLiteral("faults")).value(u"failNext").toInt(), 0);
}

void TestSchedulerEmulator::injected5xxOnPostIsReportedOnce()
{
    control("POST", QStringLiteral("faults"), QJsonObject { { u"failNext"_s, 2 }, { u"failNextStatus"_s, 503 } });
    ApiRequest invite = ApiRequest::make("POST", orgPath(QStringLiteral("/invitations")), RequestPriority::Interactive);
    const QString email = QStringLiteral("once-%1@example.com").arg(QDateTime::currentMSecsSinceEpoch());
    invite.body = QJsonDocument(QJsonObject { { u"email"_s, email }, { u"role"_s, u"developer"_s } }).toJson();
    ApiReply *reply = submitAndWait(invite);
    QVERIFY(reply->error());
    QCOMPARE(reply->error()->kind, ApiErrorKind::Server);
    QCOMPARE(reply->httpStatus(), 503);
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(m_transport->sends(), 1);
    // The emulator took exactly one of its two injected failures: it saw the POST once.
    QCOMPARE(control("GET", QStringLiteral("faults")).value(u"failNext").toInt(), 1);
    control("POST", QStringLiteral("faults/reset"));

    ApiReply *list = submitAndWait(ApiRequest::make("GET", orgPath(QStringLiteral("/invitations"))));
    QVERIFY(list->isSuccess());
    const QJsonArray invitations = list->result().toArray();
    for (const QJsonValue &invitation : invitations)
        QVERIFY(invitation.toObject().value(u"email").toString() != email);
}

void TestSchedulerEmulator::brokenBodiesEndAsParseErrors_data()
{
    QTest::addColumn<QString>("fault");
    QTest::newRow("malformed JSON") << QStringLiteral("malformedNext");
    QTest::newRow("truncated JSON") << QStringLiteral("truncateNext");
}

void TestSchedulerEmulator::brokenBodiesEndAsParseErrors()
{
    QFETCH(QString, fault);
    control("POST", QStringLiteral("faults"), QJsonObject { { fault, 1 } });
    ApiReply *reply = submitAndWait(ApiRequest::make("GET", orgPath(QStringLiteral("/services"))));
    QVERIFY(reply->isFinished());
    QVERIFY(reply->error());
    QCOMPARE(reply->error()->kind, ApiErrorKind::Parse);
    QCOMPARE(reply->httpStatus(), 200);
    QCOMPARE(reply->attempts(), 1);

    // The next request is fine again.
    ApiReply *next = submitAndWait(ApiRequest::make("GET", orgPath(QStringLiteral("/services"))));
    QVERIFY(next->isSuccess());
}

void TestSchedulerEmulator::droppedConnectionIsRetriedForGet()
{
    control("POST", QStringLiteral("faults"), QJsonObject { { u"dropNext"_s, 1 } });
    ApiReply *reply = submitAndWait(ApiRequest::make("GET", orgPath(QStringLiteral("/members"))));
    QVERIFY2(reply->isSuccess(), qPrintable(reply->error() ? reply->error()->displayText() : QString()));
    // The drop happened (Qt's HTTP layer may already re-send an idempotent GET on a new connection).
    QCOMPARE(control("GET", QStringLiteral("faults")).value(u"dropNext").toInt(), 0);
}

void TestSchedulerEmulator::droppedConnectionOnPostIsReportedOnce()
{
    control("POST", QStringLiteral("faults"), QJsonObject { { u"dropNext"_s, 1 } });
    ApiRequest invite = ApiRequest::make("POST", orgPath(QStringLiteral("/invitations")));
    const QString email = QStringLiteral("dropped-%1@example.com").arg(QDateTime::currentMSecsSinceEpoch());
    invite.body = QJsonDocument(QJsonObject { { u"email"_s, email }, { u"role"_s, u"developer"_s } }).toJson();
    ApiReply *reply = submitAndWait(invite);
    QVERIFY(reply->error());
    QCOMPARE(reply->error()->kind, ApiErrorKind::Network);
    QCOMPARE(reply->attempts(), 1);
    QCOMPARE(m_transport->sends(), 1);
    QCOMPARE(control("GET", QStringLiteral("faults")).value(u"dropNext").toInt(), 0);

    // Not re-sent behind our back either: the invitation does not exist.
    ApiReply *list = submitAndWait(ApiRequest::make("GET", orgPath(QStringLiteral("/invitations"))));
    QVERIFY(list->isSuccess());
    const QJsonArray invitations = list->result().toArray();
    for (const QJsonValue &invitation : invitations)
        QVERIFY(invitation.toObject().value(u"email").toString() != email);
}

void TestSchedulerEmulator::postWithBodySucceeds()
{
    ApiRequest invite = ApiRequest::make("POST", orgPath(QStringLiteral("/invitations")), RequestPriority::Interactive);
    const QString email = QStringLiteral("created-%1@example.com").arg(QDateTime::currentMSecsSinceEpoch());
    invite.body = QJsonDocument(QJsonObject { { u"email"_s, email }, { u"role"_s, u"developer"_s } }).toJson();
    ApiReply *reply = submitAndWait(invite);
    QVERIFY2(reply->isSuccess(), qPrintable(reply->error() ? reply->error()->displayText() : QString()));
    QCOMPARE(reply->result().toObject().value(u"email").toString(), email);
    QCOMPARE(m_log->entries().last().httpStatus, 200);
    QVERIFY(m_log->entries().last().requestBody.contains(email.toUtf8()));
}

void TestSchedulerEmulator::refusesPlainHttpToOtherHosts()
{
    NetworkTransport insecure(QUrl(QStringLiteral("http://api.example.com")), QStringLiteral("id"),
                              QStringLiteral("secret"));
    RequestScheduler scheduler(&insecure, m_clock.get(), SchedulerConfig {});
    ApiReply *reply = scheduler.submit(ApiRequest::make("GET", QStringLiteral("/v1/organizations")));
    QSignalSpy finished(reply, &ApiReply::finished);
    QVERIFY(finished.wait(5000));
    QCOMPARE(reply->error()->kind, ApiErrorKind::InsecureUrl);
    QCOMPARE(reply->attempts(), 1);
    QVERIFY(NetworkTransport::isAllowedUrl(QUrl(QStringLiteral("http://127.0.0.2:8080"))));
    QVERIFY(NetworkTransport::isAllowedUrl(QUrl(QStringLiteral("http://[::1]:8080"))));
    // A name, not an address: what "localhost" resolves to is the resolver's business.
    QVERIFY(!NetworkTransport::isAllowedUrl(QUrl(QStringLiteral("http://localhost"))));
    QVERIFY(NetworkTransport::isAllowedUrl(QUrl(QStringLiteral("https://api.clickhouse.cloud"))));
    QVERIFY(!NetworkTransport::isAllowedUrl(QUrl(QStringLiteral("http://10.0.0.1"))));
    QVERIFY(!NetworkTransport::isAllowedUrl(QUrl(QStringLiteral("http://localhost.example.com"))));
}

QTEST_GUILESS_MAIN(TestSchedulerEmulator)
#include "tst_scheduler_emulator.moc"
