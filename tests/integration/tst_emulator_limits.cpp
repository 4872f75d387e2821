// chcloud-emulator's limits and failure modes over real HTTP: the per-key rate
// limit and its headers, fault injection through the control API, the seeds,
// the startup lines and a clean stop on SIGTERM.

#include "EmulatorProcess.h"
#include "tst_emulator_support.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace chcloud::test;
using namespace Qt::StringLiterals;

class TestEmulatorLimits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rateLimitCountsAcceptedRequests();
    void rateLimitIsPerKey();
    void faultFailNext_data();
    void faultFailNext();
    void faultFilterByMethod();
    void faultMalformedAndTruncated();
    void faultDropClosesConnection();
    void faultForce429();
    void faultLatency();
    void controlApiRejectsBadFields();
    void controlApiNeedsTheRunToken_data();
    void controlApiNeedsTheRunToken();
    void timingsRecordEachApiRequest();
    void demoSeedIsDeterministic();
    void emptySeed();
    void largeSeed();
    void deleteConflictRightAfterStop();
    void stateFileKeepsDataBetweenRuns();
    void startupLinesAndSigterm_data();
    void startupLinesAndSigterm();

private:
    QString org(const QString &suffix = {}) const { return u"/v1/organizations/"_s + m_org + suffix; }
    HttpResult setFaults(const QJsonObject &faults);

    std::unique_ptr<EmulatorProcess> m_limited;
    std::unique_ptr<EmulatorClient> m_limitedClient;
    std::unique_ptr<EmulatorProcess> m_faulty;
    std::unique_ptr<EmulatorClient> m_client;
    QString m_org;
};

void TestEmulatorLimits::initTestCase()
{
    m_limited = std::make_unique<EmulatorProcess>(
        QStringList { u"--rate-limit"_s, u"5"_s, u"--rate-window-ms"_s, u"2000"_s });
    QVERIFY2(m_limited->start(), qPrintable(m_limited->errorString()));
    m_limitedClient = std::make_unique<EmulatorClient>(m_limited->baseUrl(), m_limited->authorization());
    m_limitedClient->setControlToken(m_limited->controlToken());

    m_faulty = std::make_unique<EmulatorProcess>(QStringList { u"--rate-limit"_s, u"100000"_s });
    QVERIFY2(m_faulty->start(), qPrintable(m_faulty->errorString()));
    m_client = std::make_unique<EmulatorClient>(m_faulty->baseUrl(), m_faulty->authorization());
    m_client->setControlToken(m_faulty->controlToken());
    m_org = m_client->organizationId();
    QVERIFY(!m_org.isEmpty());
}

HttpResult TestEmulatorLimits::setFaults(const QJsonObject &faults)
{
    return m_client->post(u"/_emulator/faults"_s, faults, "-");
}

void TestEmulatorLimits::rateLimitCountsAcceptedRequests()
{
    QCOMPARE(m_limitedClient->post(u"/_emulator/reset-rate-limits"_s, {}, "-").status, 200);
    QList<int> statuses;
    QList<QByteArray> remaining;
    HttpResult last;
    for (int i = 0; i < 8; ++i) {
        last = m_limitedClient->get(u"/v1/organizations"_s);
        statuses << last.status;
        remaining << last.header("x-ratelimit-remaining");
        QCOMPARE(last.header("x-ratelimit-limit"), QByteArray("5"));
        const int reset = last.header("x-ratelimit-reset").toInt();
        QVERIFY2(reset >= 0 && reset <= 2, last.header("x-ratelimit-reset").constData());
    }
    QCOMPARE(statuses.count(200), 5);
    QCOMPARE(statuses.count(429), 3);
    QCOMPARE(remaining.mid(0, 5), (QList<QByteArray> { "4", "3", "2", "1", "0" }));
    QCOMPARE(last.status, 429);
    QCOMPARE(last.json(), (QJsonObject { { u"status"_s, 429 }, { u"error"_s, u"TOO_MANY_REQUESTS"_s } }));
    const int retryAfter = last.header("retry-after").toInt();
    QVERIFY2(retryAfter >= 1 && retryAfter <= 2, last.header("retry-after").constData());
    QCOMPARE(last.header("x-ratelimit-remaining"), QByteArray("0"));

    // Rejected requests consumed nothing: once the window slides, a full budget is back.
    int status = 0;
    QTRY_VERIFY_WITH_TIMEOUT(status == 200 || (status = m_limitedClient->get(u"/v1/organizations"_s).status) == 200,
                             10000);
    QCOMPARE(m_limitedClient->post(u"/_emulator/reset-rate-limits"_s, {}, "-").status, 200);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(m_limitedClient->get(u"/v1/organizations"_s).status, 200);
    QCOMPARE(m_limitedClient->get(u"/v1/organizations"_s).status, 429);
    // 401s are not rate limited and carry no rate headers.
    const HttpResult unauthorized = m_limitedClient->get(u"/v1/organizations"_s, "-");
    QCOMPARE(unauthorized.status, 401);
}

void TestEmulatorLimits::rateLimitIsPerKey()
{
    QCOMPARE(m_limitedClient->post(u"/_emulator/reset-rate-limits"_s, {}, "-").status, 200);
    const QString orgId = m_limitedClient->organizationId();
    const HttpResult created = m_limitedClient->post(
        u"/v1/organizations/"_s + orgId + u"/keys"_s,
        QJsonObject { { u"name"_s, u"second"_s }, { u"roles"_s, QJsonArray { u"developer"_s } } });
    QCOMPARE(created.status, 200);
    const QByteArray second
        = EmulatorClient::basic(created.result()[u"keyId"_s].toString(), created.result()[u"keySecret"_s].toString());
    for (int i = 0; i < 3; ++i)
        QCOMPARE(m_limitedClient->get(u"/v1/organizations"_s).status, 200);
    QCOMPARE(m_limitedClient->get(u"/v1/organizations"_s).status, 429);
    const HttpResult other = m_limitedClient->get(u"/v1/organizations"_s, second);
    QCOMPARE(other.status, 200);
    QCOMPARE(other.header("x-ratelimit-remaining"), QByteArray("4"));
}

void TestEmulatorLimits::faultFailNext_data()
{
    QTest::addColumn<int>("status");
    QTest::newRow("500") << 500;
    QTest::newRow("502") << 502;
    QTest::newRow("503") << 503;
    QTest::newRow("424") << 424;
}

void TestEmulatorLimits::faultFailNext()
{
    QFETCH(int, status);
    const HttpResult set = setFaults(QJsonObject { { u"failNext"_s, 2 }, { u"failNextStatus"_s, status } });
    QCOMPARE(set.status, 200);
    QCOMPARE(set.json()[u"failNext"_s].toInt(), 2);
    for (int i = 0; i < 2; ++i) {
        const HttpResult failed = m_client->get(org(u"/services"_s));
        QCOMPARE(failed.status, status);
        QCOMPARE(failed.json()[u"status"_s].toInt(), status);
        QVERIFY(failed.error().contains(u"injected fault"_s));
    }
    QCOMPARE(m_client->get(org(u"/services"_s)).status, 200);
}

void TestEmulatorLimits::faultFilterByMethod()
{
    QCOMPARE(setFaults(QJsonObject { { u"failNext"_s, 1 },
                                     { u"failNextStatus"_s, 503 },
                                     { u"methods"_s, QJsonArray { u"PATCH"_s } },
                                     { u"pathContains"_s, u"/organizations/"_s } })
                 .status,
             200);
    QCOMPARE(m_client->get(org()).status, 200);
    QCOMPARE(m_client->patch(org(), QJsonObject {}).status, 503);
    QCOMPARE(m_client->patch(org(), QJsonObject {}).status, 200);
    QCOMPARE(m_client->post(u"/_emulator/faults/reset"_s, {}, "-").status, 200);
}

void TestEmulatorLimits::faultMalformedAndTruncated()
{
    const HttpResult good = m_client->get(org());
    QCOMPARE(good.parseError.error, QJsonParseError::NoError);

    QCOMPARE(setFaults(QJsonObject { { u"malformedNext"_s, 1 } }).status, 200);
    const HttpResult malformed = m_client->get(org());
    QCOMPARE(malformed.status, 200);
    QVERIFY(malformed.parseError.error != QJsonParseError::NoError);

    QCOMPARE(setFaults(QJsonObject { { u"truncateNext"_s, 1 } }).status, 200);
    const HttpResult truncated = m_client->get(org());
    QCOMPARE(truncated.status, 200);
    QVERIFY(truncated.parseError.error != QJsonParseError::NoError);
    QCOMPARE(truncated.body.size(), good.body.size() / 2);
    QVERIFY(truncated.body.startsWith("{\"requestId\":\""));

    QCOMPARE(m_client->get(org()).parseError.error, QJsonParseError::NoError);
}

void TestEmulatorLimits::faultDropClosesConnection()
{
    // On a raw socket: the connection closes and not a byte of a response arrives.
    QCOMPARE(setFaults(QJsonObject { { u"dropNext"_s, 1 } }).status, 200);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_faulty->port());
    QVERIFY(socket.waitForConnected(5000));
    socket.write("GET " + org().toUtf8() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + m_faulty->authorization()
                 + "\r\n\r\n");
    QVERIFY(socket.waitForBytesWritten(5000));
    QTRY_COMPARE_WITH_TIMEOUT(socket.state(), QAbstractSocket::UnconnectedState, 5000);
    QVERIFY(socket.readAll().isEmpty());

    // QNetworkAccessManager silently retries a request whose connection dropped, so a
    // client sees the failure only when the retry is dropped too.
    QCOMPARE(setFaults(QJsonObject { { u"dropNext"_s, 3 } }).status, 200);
    const HttpResult dropped = m_client->get(org());
    QCOMPARE(dropped.status, 0);
    QVERIFY(dropped.networkError != QNetworkReply::NoError);
    const int attempts = 3 - m_client->get(u"/_emulator/faults"_s, "-").json()[u"dropNext"_s].toInt();
    qInfo("QNetworkAccessManager made %d attempts before giving up", attempts);
    QCOMPARE(setFaults(QJsonObject { { u"dropNext"_s, 0 } }).status, 200);
    QCOMPARE(m_client->get(org()).status, 200);
}

void TestEmulatorLimits::faultForce429()
{
    QCOMPARE(setFaults(QJsonObject { { u"force429Next"_s, 2 } }).status, 200);
    for (int i = 0; i < 2; ++i) {
        const HttpResult limited = m_client->get(org());
        QCOMPARE(limited.status, 429);
        QCOMPARE(limited.json()[u"error"_s].toString(), u"TOO_MANY_REQUESTS"_s);
        QVERIFY(limited.header("retry-after").toInt() >= 1);
        QVERIFY(!limited.header("x-ratelimit-reset").isEmpty());
    }
    QCOMPARE(m_client->get(org()).status, 200);
}

void TestEmulatorLimits::faultLatency()
{
    QCOMPARE(setFaults(QJsonObject { { u"latencyMs"_s, 400 } }).status, 200);
    QElapsedTimer timer;
    timer.start();
    QCOMPARE(m_client->get(org()).status, 200);
    QVERIFY2(timer.elapsed() >= 380, qPrintable(QString::number(timer.elapsed())));
    // Lifted again: how fast it then answers is a matter for benchmarks, not for this test.
    QCOMPARE(setFaults(QJsonObject { { u"latencyMs"_s, 0 } }).status, 200);
    QCOMPARE(m_client->get(org()).status, 200);
}

void TestEmulatorLimits::controlApiRejectsBadFields()
{
    QCOMPARE(setFaults(QJsonObject { { u"errorRate"_s, 2.0 } }).status, 400);
    QCOMPARE(setFaults(QJsonObject { { u"noSuchFault"_s, 1 } }).status, 400);
    const HttpResult current = m_client->get(u"/_emulator/faults"_s, "-");
    QCOMPARE(current.status, 200);
    QCOMPARE(current.json()[u"errorRate"_s].toDouble(), 0.0);
    QCOMPARE(current.json()[u"errorStatuses"_s].toArray().size(), 3);
}

void TestEmulatorLimits::controlApiNeedsTheRunToken_data()
{
    QTest::addColumn<QString>("route");
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("status");
    // "RIGHT" stands for the run's token, known only once the emulator has started.
    QTest::newRow("health without a token: 401") << u"health"_s << QByteArray("GET") << QByteArray() << 401;
    QTest::newRow("faults without a token: 401") << u"faults"_s << QByteArray("POST") << QByteArray() << 401;
    QTest::newRow("reset-rate-limits with a wrong token: 401")
        << u"reset-rate-limits"_s << QByteArray("POST") << QByteArray("wrong-token") << 401;
    QTest::newRow("faults with the run's token: 200") << u"faults"_s << QByteArray("GET") << QByteArray("RIGHT") << 200;
}

void TestEmulatorLimits::controlApiNeedsTheRunToken()
{
    QFETCH(QString, route);
    QFETCH(QByteArray, method);
    QFETCH(QByteArray, token);
    QFETCH(int, status);
    // A client of its own: the shared one always sends the right token.
    EmulatorClient stranger(m_faulty->baseUrl(), m_faulty->authorization());
    stranger.setControlToken(token == "RIGHT" ? m_faulty->controlToken() : token);
    const HttpResult result = method == "GET" ? stranger.get(u"/_emulator/"_s + route, "-")
                                              : stranger.post(u"/_emulator/"_s + route, QJsonObject {}, "-");
    QCOMPARE(result.status, status);
    if (status == 401)
        QVERIFY2(result.error().contains(u"X-Emulator-Token"_s), result.body.constData());
}

void TestEmulatorLimits::timingsRecordEachApiRequest()
{
    const auto served = [this] {
        const HttpResult timings = m_client->get(u"/_emulator/timings"_s, "-");
        return timings.json()[u"served"_s].toArray();
    };
    const qsizetype before = served().size();
    const qint64 start = QDateTime::currentMSecsSinceEpoch();
    QCOMPARE(m_client->get(org(u"/services"_s)).status, 200);
    const QJsonArray after = served();
    // One more record, for the API request only (not for the control requests).
    QCOMPARE(after.size(), before + 1);
    const QJsonObject last = after.last().toObject();
    QCOMPARE(last[u"path"_s].toString(), org(u"/services"_s));
    QVERIFY(last[u"ms"_s].toDouble() >= 0);
    QVERIFY(last[u"ms"_s].toDouble() < 60000);
    QVERIFY(qint64(last[u"endedAtEpochMs"_s].toDouble()) >= start);
    QVERIFY(qint64(last[u"endedAtEpochMs"_s].toDouble()) <= QDateTime::currentMSecsSinceEpoch());
}

void TestEmulatorLimits::demoSeedIsDeterministic()
{
    EmulatorProcess other({ u"--rate-limit"_s, u"1000"_s });
    QVERIFY2(other.start(), qPrintable(other.errorString()));
    EmulatorClient otherClient(other.baseUrl(), other.authorization());
    QCOMPARE(otherClient.organizationId(), m_org);
    auto ids = [](EmulatorClient &client, const QString &path) {
        QStringList result;
        for (const QJsonValue &item : client.get(path).result().toArray())
            result << item[u"id"_s].toString() + item[u"name"_s].toString();
        return result;
    };
    for (const QString &path : { org(u"/services"_s), org(u"/roles"_s) })
        QCOMPARE(ids(otherClient, path), ids(*m_client, path));
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QString usage = org(u"/usageCost?from_date="_s + today.addDays(-20).toString(Qt::ISODate) + u"&to_date="_s
                              + today.addDays(-10).toString(Qt::ISODate));
    QCOMPARE(otherClient.get(usage).result(), m_client->get(usage).result());
}

void TestEmulatorLimits::emptySeed()
{
    EmulatorProcess emulator({ u"--seed"_s, u"empty"_s });
    QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
    EmulatorClient client(emulator.baseUrl(), emulator.authorization());
    const QString orgPath = u"/v1/organizations/"_s + client.organizationId();
    QCOMPARE(client.get(orgPath + u"/services"_s).result().toArray().size(), 0);
    const QJsonArray keys = client.get(orgPath + u"/keys"_s).result().toArray();
    QCOMPARE(keys.size(), 1);
    QCOMPARE(keys.first()[u"keySuffix"_s].toString(), emulator.keyId().right(4));
}

void TestEmulatorLimits::largeSeed()
{
    EmulatorProcess emulator({ u"--seed"_s, u"large"_s, u"--rate-limit"_s, u"1000"_s });
    QVERIFY2(emulator.start(60000), qPrintable(emulator.errorString()));
    EmulatorClient client(emulator.baseUrl(), emulator.authorization());
    const QString orgPath = u"/v1/organizations/"_s + client.organizationId();
    QCOMPARE(client.get(orgPath + u"/services"_s).result().toArray().size(), 2000);
    QCOMPARE(client.get(orgPath + u"/keys"_s).result().toArray().size(), 100);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const HttpResult usage
        = client.get(orgPath + u"/usageCost?from_date="_s + today.addDays(-364).toString(Qt::ISODate) + u"&to_date="_s
                     + today.addDays(-364).toString(Qt::ISODate) + u"&filter=tag:team=team-3"_s);
    QCOMPARE(usage.status, 200);
    QVERIFY(!usage.result()[u"costs"_s].toArray().isEmpty());
    const HttpResult activities
        = client.get(orgPath + u"/activities?from_date="_s + today.addDays(-2).toString(Qt::ISODate) + u"T00:00:00Z"_s);
    QCOMPARE(activities.status, 200);
    QVERIFY(activities.result().toArray().size() > 100);
}

void TestEmulatorLimits::deleteConflictRightAfterStop()
{
    EmulatorProcess emulator(
        { u"--rate-limit"_s, u"1000"_s, u"--transition-ms"_s, u"100"_s, u"--delete-conflict-ms"_s, u"1500"_s });
    QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
    EmulatorClient client(emulator.baseUrl(), emulator.authorization());
    const QString orgPath = u"/v1/organizations/"_s + client.organizationId();
    QString running;
    for (const QJsonValue &service : client.get(orgPath + u"/services"_s).result().toArray()) {
        if (service[u"state"_s].toString() == u"running"_s)
            running = orgPath + u"/services/"_s + service[u"id"_s].toString();
    }
    QVERIFY(!running.isEmpty());
    QCOMPARE(client.patch(running + u"/state"_s, QJsonObject { { u"command"_s, u"stop"_s } }).status, 200);
    QTRY_COMPARE_WITH_TIMEOUT(client.get(running).result()[u"state"_s].toString(), u"stopped"_s, 3000);
    const HttpResult early = client.del(running);
    QCOMPARE(early.status, 409);
    QVERIFY(early.error().contains(u"retry"_s));
    // Retried until accepted; evaluated once more by the macro, hence the short-circuit.
    int status = 0;
    QTRY_VERIFY_WITH_TIMEOUT(status == 200 || (status = client.del(running).status) == 200, 8000);
    QTRY_COMPARE_WITH_TIMEOUT(client.get(running).status, 404, 5000);
}

void TestEmulatorLimits::stateFileKeepsDataBetweenRuns()
{
    QTemporaryDir directory;
    QVERIFY(directory.isValid());
    const QString stateFile = directory.filePath(u"state.json"_s);
    QString keyName;
    {
        EmulatorProcess emulator({ u"--state"_s, stateFile });
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        EmulatorClient client(emulator.baseUrl(), emulator.authorization());
        const QString orgPath = u"/v1/organizations/"_s + client.organizationId();
        const HttpResult created
            = client.post(orgPath + u"/keys"_s,
                          QJsonObject { { u"name"_s, u"persisted"_s }, { u"roles"_s, QJsonArray { u"developer"_s } } });
        QCOMPARE(created.status, 200);
        QCOMPARE(client.patch(orgPath, QJsonObject { { u"name"_s, u"Persisted Org"_s } }).status, 200);
        QFile file(stateFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY(content.contains("Persisted Org"));
        QVERIFY(!content.contains(created.result()[u"keySecret"_s].toString().toUtf8()));
        QVERIFY(!content.contains(emulator.keySecret().toUtf8()));
    }
    EmulatorProcess restarted({ u"--state"_s, stateFile });
    QVERIFY2(restarted.start(), qPrintable(restarted.errorString()));
    EmulatorClient client(restarted.baseUrl(), restarted.authorization());
    const HttpResult organizations = client.get(u"/v1/organizations"_s);
    QCOMPARE(organizations.status, 200);
    QCOMPARE(organizations.result().toArray().first()[u"name"_s].toString(), u"Persisted Org"_s);
    bool found = false;
    for (const QJsonValue &key :
         client.get(u"/v1/organizations/"_s + client.organizationId() + u"/keys"_s).result().toArray())
        found |= key[u"name"_s].toString() == u"persisted"_s;
    QVERIFY(found);
}

void TestEmulatorLimits::startupLinesAndSigterm_data()
{
    QTest::addColumn<bool>("giveSecret");
    QTest::newRow("secret given: not printed") << true;
    QTest::newRow("secret generated: printed once") << false;
}

void TestEmulatorLimits::startupLinesAndSigterm()
{
    QFETCH(bool, giveSecret);
    QProcess process;
    QStringList arguments { u"--port"_s, u"0"_s, u"--seed"_s, u"empty"_s, u"--key-id"_s, u"ABCDEFGHIJKLMNOPWXYZ"_s };
    if (giveSecret)
        arguments << u"--key-secret"_s << u"given-secret-value"_s;
    process.start(EmulatorProcess::executablePath(), arguments);
    QVERIFY(process.waitForStarted());
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 10000);
    const QString first = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(QRegularExpression(u"^listening on http://127\\.0\\.0\\.1:\\d+$"_s).match(first).hasMatch(),
             qPrintable(first));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 5000);
    const QString token = QString::fromUtf8(process.readLine()).trimmed();
    QVERIFY2(QRegularExpression(u"^control token: \\S{32}$"_s).match(token).hasMatch(), qPrintable(token));
    QTRY_VERIFY_WITH_TIMEOUT(process.canReadLine(), 5000);
    const QString second = QString::fromUtf8(process.readLine()).trimmed();
    if (giveSecret) {
        QCOMPARE(second, u"bootstrap key id: ABCDEFGHIJKLMNOPWXYZ"_s);
    } else {
        QVERIFY2(
            QRegularExpression(u"^bootstrap key id: ABCDEFGHIJKLMNOPWXYZ secret: \\S{20,}$"_s).match(second).hasMatch(),
            qPrintable(second));
    }
    process.terminate();
    QVERIFY(process.waitForFinished(5000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
    QVERIFY(process.readAllStandardError().isEmpty());
}

QTEST_GUILESS_MAIN(TestEmulatorLimits)
#include "tst_emulator_limits.moc"
