// ApiReply ends once whatever happens; ApiError reads the server's error texts.

#include "api/ApiReply.h"

#include <QSignalSpy>
#include <QTest>

using namespace chcloud;

Q_DECLARE_METATYPE(chcloud::ApiErrorKind)

class TestApiReply : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void kindForStatus_data();
    void kindForStatus();
    void fromHttpReadsTheErrorText_data();
    void fromHttpReadsTheErrorText();
    void displayTextNamesMessageAndStatus();
    void finishesOnceWithResult();
    void finishesOnceWithError();
    void cancelAsksTheSchedulerThenEnds();
    void cancelAfterFinishChangesNothing();
};

void TestApiReply::kindForStatus_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<ApiErrorKind>("kind");
    QTest::newRow("400") << 400 << ApiErrorKind::BadRequest;
    QTest::newRow("413 payload too large") << 413 << ApiErrorKind::BadRequest;
    QTest::newRow("422") << 422 << ApiErrorKind::BadRequest;
    QTest::newRow("401") << 401 << ApiErrorKind::Unauthorized;
    QTest::newRow("403") << 403 << ApiErrorKind::Forbidden;
    QTest::newRow("404") << 404 << ApiErrorKind::NotFound;
    QTest::newRow("409") << 409 << ApiErrorKind::Conflict;
    QTest::newRow("424") << 424 << ApiErrorKind::FailedDependency;
    QTest::newRow("429") << 429 << ApiErrorKind::RateLimited;
    QTest::newRow("405 other 4xx") << 405 << ApiErrorKind::Http;
    QTest::newRow("500") << 500 << ApiErrorKind::Server;
    QTest::newRow("503") << 503 << ApiErrorKind::Server;
    QTest::newRow("599") << 599 << ApiErrorKind::Server;
    QTest::newRow("302 unexpected redirect") << 302 << ApiErrorKind::Http;
    QTest::newRow("no response") << 0 << ApiErrorKind::Network;
}

void TestApiReply::kindForStatus()
{
    QFETCH(int, status);
    QFETCH(ApiErrorKind, kind);
    QCOMPARE(ApiError::kindForStatus(status), kind);
}

void TestApiReply::fromHttpReadsTheErrorText_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("requestId");

    QTest::newRow("code and message")
        << 400 << QByteArray(R"({"status":400,"requestId":"r-1","error":"BAD_REQUEST: name is too long"})")
        << QStringLiteral("BAD_REQUEST") << QStringLiteral("name is too long") << QStringLiteral("r-1");
    QTest::newRow("bare code of a 429") << 429 << QByteArray(R"({"error":"TOO_MANY_REQUESTS"})")
                                        << QStringLiteral("TOO_MANY_REQUESTS") << QString() << QString();
    QTest::newRow("message with colons") << 424 << QByteArray(R"({"error":"FAILED_DEPENDENCY: backup: still running"})")
                                         << QStringLiteral("FAILED_DEPENDENCY")
                                         << QStringLiteral("backup: still running") << QString();
    QTest::newRow("text without a code") << 409 << QByteArray(R"({"error":"Service is not stopped"})") << QString()
                                         << QStringLiteral("Service is not stopped") << QString();
    QTest::newRow("non-JSON body") << 502 << QByteArray("<html>\n Bad   Gateway\n</html>") << QString()
                                   << QStringLiteral("<html> Bad Gateway </html>") << QString();
    QTest::newRow("empty body") << 404 << QByteArray() << QString() << QString() << QString();
    QTest::newRow("JSON that is not an object")
        << 500 << QByteArray("[1]") << QString() << QStringLiteral("[1]") << QString();
}

void TestApiReply::fromHttpReadsTheErrorText()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(QString, requestId);
    const ApiError error = ApiError::fromHttp(status, body);
    QCOMPARE(error.httpStatus, status);
    QCOMPARE(error.kind, ApiError::kindForStatus(status));
    QCOMPARE(error.code, code);
    QCOMPARE(error.message, message);
    QCOMPARE(error.requestId, requestId);
}

void TestApiReply::displayTextNamesMessageAndStatus()
{
    const ApiError error = ApiError::fromHttp(400, R"({"error":"BAD_REQUEST: name is too long"})");
    const QString text = error.displayText();
    QVERIFY2(text.contains(u"name is too long"), qPrintable(text));
    QVERIFY2(text.contains(u"400"), qPrintable(text));

    const ApiError parse = ApiError::parse(QStringLiteral("result[3].state"), QStringLiteral("not a string"));
    QVERIFY(parse.displayText().contains(u"result[3].state"));
    QCOMPARE(parse.kind, ApiErrorKind::Parse);
    QCOMPARE(ApiError::cancelled().kind, ApiErrorKind::Cancelled);
    QVERIFY(!ApiError::cancelled().displayText().isEmpty());
}

void TestApiReply::finishesOnceWithResult()
{
    ApiReply reply(ApiRequest::make("GET", QStringLiteral("/v1/organizations")));
    QSignalSpy finished(&reply, &ApiReply::finished);
    reply.finishWithResult(200, QStringLiteral("r"), QJsonValue(42), "{}");
    reply.finishWithError(ApiError::fromHttp(500, {}));
    reply.finishWithResult(201, QStringLiteral("s"), QJsonValue(1), "{}");
    QCOMPARE(finished.count(), 1);
    QVERIFY(reply.isSuccess());
    QCOMPARE(reply.httpStatus(), 200);
    QCOMPARE(reply.result().toInt(), 42);
}

void TestApiReply::finishesOnceWithError()
{
    ApiReply reply(ApiRequest::make("POST", QStringLiteral("/v1/x")));
    QSignalSpy finished(&reply, &ApiReply::finished);
    reply.finishWithError(ApiError::fromHttp(404, R"({"requestId":"q","error":"NOT_FOUND: gone"})"), "body");
    reply.finishWithResult(200, QString(), QJsonValue(), {});
    QCOMPARE(finished.count(), 1);
    QVERIFY(!reply.isSuccess());
    QCOMPARE(reply.error()->kind, ApiErrorKind::NotFound);
    QCOMPARE(reply.httpStatus(), 404);
    QCOMPARE(reply.requestId(), QStringLiteral("q"));
    QCOMPARE(reply.rawBody(), QByteArray("body"));
}

void TestApiReply::cancelAsksTheSchedulerThenEnds()
{
    ApiReply reply(ApiRequest::make("GET", QStringLiteral("/v1/x")));
    QStringList order;
    connect(&reply, &ApiReply::cancelRequested, this, [&] { order << QStringLiteral("cancelRequested"); });
    connect(&reply, &ApiReply::finished, this, [&] { order << QStringLiteral("finished"); });
    reply.cancel();
    reply.cancel();
    QCOMPARE(order, (QStringList { QStringLiteral("cancelRequested"), QStringLiteral("finished") }));
    QCOMPARE(reply.error()->kind, ApiErrorKind::Cancelled);
}

void TestApiReply::cancelAfterFinishChangesNothing()
{
    ApiReply reply(ApiRequest::make("GET", QStringLiteral("/v1/x")));
    QSignalSpy finished(&reply, &ApiReply::finished);
    QSignalSpy cancelRequested(&reply, &ApiReply::cancelRequested);
    reply.finishWithResult(200, QString(), QJsonValue(), {});
    reply.cancel();
    QCOMPARE(finished.count(), 1);
    QCOMPARE(cancelRequested.count(), 0);
    QVERIFY(reply.isSuccess());
}

QTEST_GUILESS_MAIN(TestApiReply)
#include "tst_apireply.moc"
