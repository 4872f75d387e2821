// The request log: what it keeps, how long, and that no secret ever gets in.

#include "api/RequestLog.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace chcloud;

class TestRequestLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactsSecretFields_data();
    void redactsSecretFields();
    void keepsHarmlessBodiesAsTheyAre_data();
    void keepsHarmlessBodiesAsTheyAre();
    void storesOnlyRedactedBodies();
    void ringBufferDropsTheOldest();
    void emitsEntryAdded();
    void curlExportCarriesNoSecret();
    void curlExportQuotesForTheShell();
    void jsonLineIsOneRedactedObject();
};

void TestRequestLog::redactsSecretFields_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("secret");

    QTest::newRow("keySecret in a key-create result")
        << QByteArray(R"({"result":{"key":{"id":"k"},"keyId":"ABC","keySecret":"4b1dTopSecret"}})")
        << QByteArray("4b1dTopSecret");
    QTest::newRow("service password") << QByteArray(R"({"result":{"service":{},"password":"hunter2-pw"}})")
                                      << QByteArray("hunter2-pw");
    QTest::newRow("newPasswordHash in a password PATCH")
        << QByteArray(R"({"newPasswordHash":"c2hhMjU2aGFzaA==","newDoubleSha1Hash":"x"})")
        << QByteArray("c2hhMjU2aGFzaA==");
    QTest::newRow("keySecretHash at top level")
        << QByteArray(R"({"keySecretHash":"U2VjcmV0SGFzaA=="})") << QByteArray("U2VjcmV0SGFzaA==");
    QTest::newRow("keyIdHash at top level") << QByteArray(R"({"keyIdHash":"SWRIYXNo"})") << QByteArray("SWRIYXNo");
    QTest::newRow("anything under hashData")
        << QByteArray(R"({"name":"k","hashData":{"keyIdHash":"aa","keyIdSuffix":"SUFX","keySecretHash":"bb"}})")
        << QByteArray("SUFX");
    QTest::newRow("hashData nested in an array")
        << QByteArray(R"({"items":[{"deep":{"hashData":{"other":{"x":"NestedValue"}}}}]})")
        << QByteArray("NestedValue");
    QTest::newRow("a secret that is not a string")
        << QByteArray(R"({"password":{"plain":"ObjPw"}})") << QByteArray("ObjPw");
    QTest::newRow("secret field in a top-level array")
        << QByteArray(R"([{"keySecret":"InArray"}])") << QByteArray("InArray");
    QTest::newRow("truncated JSON naming a secret")
        << QByteArray(R"({"result":{"keySecret":"Truncat)") << QByteArray("Truncat");
    QTest::newRow("non-JSON text naming a password") << QByteArray("password=plainpw&user=x") << QByteArray("plainpw");
    QTest::newRow("non-JSON text with an authorization header")
        << QByteArray("Authorization: Basic QUJDOkRFRg==") << QByteArray("QUJDOkRFRg==");
}

void TestRequestLog::redactsSecretFields()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, secret);
    const QByteArray redacted = RequestLog::redactBody(body);
    QVERIFY2(!redacted.contains(secret), redacted.constData());
    // Idempotent: redacting twice changes nothing more.
    QCOMPARE(RequestLog::redactBody(redacted), redacted);
}

void TestRequestLog::keepsHarmlessBodiesAsTheyAre_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("kept");
    QTest::newRow("service create") << QByteArray(R"({"name":"prod","provider":"aws","region":"us-east-1"})")
                                    << QByteArray("us-east-1");
    QTest::newRow("key suffix stays visible")
        << QByteArray(R"({"keySuffix":"ABCD","name":"ci"})") << QByteArray("ABCD");
    QTest::newRow("plain-text metrics") << QByteArray("ClickHouse_ServiceInfo{a=\"b\"} 1\n")
                                        << QByteArray("ServiceInfo");
    QTest::newRow("empty") << QByteArray() << QByteArray();
}

void TestRequestLog::keepsHarmlessBodiesAsTheyAre()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, kept);
    QVERIFY(RequestLog::redactBody(body).contains(kept));
}

void TestRequestLog::storesOnlyRedactedBodies()
{
    RequestLog log;
    RequestLogEntry entry;
    entry.method = "POST";
    entry.pathAndQuery = QStringLiteral("/v1/organizations/o/keys");
    entry.requestBody = R"({"name":"k","hashData":{"keyIdHash":"AAA","keySecretHash":"BBB"}})";
    entry.responseBody = R"({"result":{"keySecret":"SSS"}})";
    log.add(entry);
    const RequestLogEntry stored = log.entries().first();
    QVERIFY(!stored.requestBody.contains("AAA"));
    QVERIFY(!stored.requestBody.contains("BBB"));
    QVERIFY(!stored.responseBody.contains("SSS"));
    const QJsonObject request = QJsonDocument::fromJson(stored.requestBody).object();
    QCOMPARE(request.value(u"name").toString(), QStringLiteral("k"));
    QCOMPARE(request.value(u"hashData").toObject().value(u"keyIdHash").toString(), QStringLiteral("***"));
}

void TestRequestLog::ringBufferDropsTheOldest()
{
    RequestLog log(3);
    for (int i = 0; i < 7; ++i) {
        RequestLogEntry entry;
        entry.pathAndQuery = QStringLiteral("/r/%1").arg(i);
        log.add(entry);
    }
    QCOMPARE(log.size(), qsizetype(3));
    const QList<RequestLogEntry> entries = log.entries();
    QCOMPARE(entries.at(0).pathAndQuery, QStringLiteral("/r/4"));
    QCOMPARE(entries.at(1).pathAndQuery, QStringLiteral("/r/5"));
    QCOMPARE(entries.at(2).pathAndQuery, QStringLiteral("/r/6"));
    log.clear();
    QCOMPARE(log.size(), qsizetype(0));
    QCOMPARE(RequestLog().capacity(), 500);
}

void TestRequestLog::emitsEntryAdded()
{
    RequestLog log;
    QSignalSpy added(&log, &RequestLog::entryAdded);
    RequestLogEntry entry;
    entry.requestBody = R"({"password":"pw1"})";
    log.add(entry);
    QCOMPARE(added.count(), 1);
    QVERIFY(!added.first().first().value<RequestLogEntry>().requestBody.contains("pw1"));
}

void TestRequestLog::curlExportCarriesNoSecret()
{
    RequestLogEntry entry;
    entry.method = "POST";
    entry.pathAndQuery = QStringLiteral("/v1/organizations/o/keys");
    entry.requestBody = R"({"name":"k","hashData":{"keyIdHash":"AAA","keySecretHash":"BBB"}})";
    const QString curl = RequestLog::toCurl(entry, QUrl(QStringLiteral("https://api.clickhouse.cloud")));
    QVERIFY(curl.startsWith(u"curl "));
    QVERIFY(curl.contains(u"-u \"$CLICKHOUSE_CLOUD_API_KEY:$CLICKHOUSE_CLOUD_API_SECRET\""));
    QVERIFY(curl.contains(u"-X POST"));
    QVERIFY(curl.contains(u"'https://api.clickhouse.cloud/v1/organizations/o/keys'"));
    QVERIFY(curl.contains(u"Content-Type: application/json"));
    QVERIFY(!curl.contains(u"AAA"));
    QVERIFY(!curl.contains(u"BBB"));
    QVERIFY(!curl.contains(u"Authorization"));
    QVERIFY(!curl.contains(u"Basic"));
}

void TestRequestLog::curlExportQuotesForTheShell()
{
    RequestLogEntry entry;
    entry.method = "GET";
    entry.pathAndQuery = QStringLiteral("/v1/x?from_date=2026-01-01&to_date=2026-01-31");
    const QString get = RequestLog::toCurl(entry, QUrl(QStringLiteral("http://127.0.0.1:8080/")));
    QVERIFY(!get.contains(u"-X"));
    QVERIFY(get.contains(u"'http://127.0.0.1:8080/v1/x?from_date=2026-01-01&to_date=2026-01-31'"));

    entry.method = "PATCH";
    entry.requestBody = R"({"name":"it's"})";
    const QString patch = RequestLog::toCurl(entry);
    QVERIFY(patch.contains(u"--data-raw '{\"name\":\"it'\\''s\"}'"));
}

void TestRequestLog::jsonLineIsOneRedactedObject()
{
    RequestLogEntry entry;
    entry.startedAt = QDateTime::currentDateTimeUtc();
    entry.method = "PATCH";
    entry.pathAndQuery = QStringLiteral("/v1/organizations/o/services/s/password");
    entry.httpStatus = 500;
    entry.errorKind = ApiErrorKind::Server;
    entry.attempts = 1;
    entry.requestBody = R"({"newPasswordHash":"PWH"})";
    const QByteArray line = RequestLog::toJsonLine(entry);
    QVERIFY(!line.contains('\n'));
    QVERIFY(!line.contains("PWH"));
    const QJsonObject object = QJsonDocument::fromJson(line).object();
    QCOMPARE(object.value(u"status").toInt(), 500);
    QCOMPARE(object.value(u"error").toString(), QStringLiteral("Server"));
    QCOMPARE(object.value(u"method").toString(), QStringLiteral("PATCH"));
}

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
