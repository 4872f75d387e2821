// The request log: what it keeps, how long, and that no secret ever gets in.

#include "api/RequestLog.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

/// The test's own reading of "looks secret", written apart from RequestLog's rule
/// so that a mistake in one does not hide behind the same mistake in the other.
bool looksSecret(const QString &name)
{
    static const QRegularExpression words(
        u"secret|password|hash|token|credential|privatekey|accesskey|connectionstring|serviceaccount"_s,
        QRegularExpression::CaseInsensitiveOption);
    // A key's identifier is not secret: keyId, targetKeyId, keySuffix, keyIdSuffix.
    static const QRegularExpression keyIdentifier(u"key(id)?(suffix)?$"_s, QRegularExpression::CaseInsensitiveOption);
    if (words.match(name).hasMatch())
        return true;
    if (!name.contains(u"key"_s, Qt::CaseInsensitive))
        return false;
    const QRegularExpressionMatch identifier = keyIdentifier.match(name);
    return !(identifier.hasMatch() && (!identifier.captured(1).isEmpty() || !identifier.captured(2).isEmpty()));
}

void collectPropertyNames(const QJsonValue &schema, QSet<QString> &names)
{
    if (schema.isArray()) {
        for (const QJsonValue &item : schema.toArray())
            collectPropertyNames(item, names);
        return;
    }
    if (!schema.isObject())
        return;
    const QJsonObject object = schema.toObject();
    const QJsonObject properties = object.value(u"properties"_s).toObject();
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        names.insert(it.key());
        collectPropertyNames(it.value(), names);
    }
    for (const QString &nested :
         { u"items"_s, u"additionalProperties"_s, u"not"_s, u"oneOf"_s, u"allOf"_s, u"anyOf"_s, u"prefixItems"_s })
        collectPropertyNames(object.value(nested), names);
}

/// The spec the tests are built with, and the newer contract beside it when present.
QStringList specFiles()
{
    QStringList files { QStringLiteral(CHCLOUD_SPEC_PATH) };
    const QFileInfo given(files.constFirst());
    const QString contract = given.absolutePath() + u"/clickhouse-cloud-openapi-2026-07.json"_s;
    if (QFileInfo::exists(contract) && QFileInfo(contract) != given)
        files.append(contract);
    return files;
}

} // namespace

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
    void readsTheEnvelopesRequestId_data();
    void readsTheEnvelopesRequestId();
    void redactsByRule_data();
    void redactsByRule();
    void everySecretLookingSpecFieldIsRedacted();
    void backupBucketCredentialsAreRedacted_data();
    void backupBucketCredentialsAreRedacted();
    void redactsSecretQueryParameters();
    void curlExportCarriesNoSecret();
    void curlExportQuotesForTheShell();
    void curlExportKeepsCredentialsOffTheCommandLine();
    void curlExportSendsTheRequestWithRealCurl();
    void jsonLineIsOneRedactedObject();
    void hugeResponseBodyKeptAsItsSizeOnly();
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
    QTest::newRow("GCP backup bucket HMAC secret") << QByteArray(
        R"({"bucketProvider":"GCP","bucketPath":"gs://b/p","accessKeyId":"GOOG1","secretAccessKey":"HmacSecretValue"})")
                                                   << QByteArray("HmacSecretValue");
    QTest::newRow("Azure backup bucket connection string") << QByteArray(
        R"({"bucketProvider":"AZURE","containerName":"c","connectionString":"AccountName=a;AccountKey=ConnKey=="})")
                                                           << QByteArray("ConnKey==");
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

void TestRequestLog::hugeResponseBodyKeptAsItsSizeOnly()
{
    RequestLog log;
    RequestLogEntry entry;
    entry.method = "GET";
    entry.pathAndQuery = QStringLiteral("/v1/organizations/o/usageCost");
    // Starts with a secret, so a prefix of it would carry one.
    QByteArray body = R"({"result":{"keySecret":"SSS","costs":[)";
    while (body.size() <= RequestLog::maxRedactedResponseBody)
        body += R"({"entityName":"service","totalCHC":1.5},)";
    body += R"({}]}})";
    entry.responseBody = body;
    log.add(entry);
    const RequestLogEntry stored = log.entries().first();
    QVERIFY(!stored.responseBody.contains("SSS"));
    QCOMPARE(stored.responseBody, QByteArray("[body of " + QByteArray::number(body.size()) + " bytes not kept]"));
    QVERIFY(!RequestLog::toJsonLine(stored).contains("SSS"));
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

void TestRequestLog::readsTheEnvelopesRequestId_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QByteArray>("responseBody");
    QTest::addColumn<QString>("expected");
    const QString id = QStringLiteral("5f2b8e4e-1c1d-4d4e-9a55-3f0c4b6f7a12");
    QTest::newRow("success envelope") << QString()
                                      << QByteArray(R"({"status":200,"requestId":")" + id.toLatin1()
                                                    + R"(","result":[]})")
                                      << id;
    QTest::newRow("id after a long result, body shortened")
        << QString()
        << QByteArray(R"({"status":200,"result":")" + QByteArray(8000, 'x') + R"(","requestId":")" + id.toLatin1()
                      + R"("})")
        << id;
    QTest::newRow("error's id kept") << QStringLiteral("from-error") << QByteArray(R"({"requestId":"other"})")
                                     << QStringLiteral("from-error");
    QTest::newRow("429 without id") << QString() << QByteArray(R"({"error":"TOO_MANY_REQUESTS"})") << QString();
    QTest::newRow("id not a string") << QString() << QByteArray(R"({"requestId":42})") << QString();
    QTest::newRow("not JSON") << QString() << QByteArray("# HELP metric") << QString();
    QTest::newRow("array") << QString() << QByteArray(R"([{"requestId":"x"}])") << QString();
}

void TestRequestLog::readsTheEnvelopesRequestId()
{
    QFETCH(QString, given);
    QFETCH(QByteArray, responseBody);
    QFETCH(QString, expected);
    RequestLog log;
    RequestLogEntry entry;
    entry.requestId = given;
    entry.responseBody = responseBody;
    log.add(entry);
    QCOMPARE(log.entries().first().requestId, expected);
}

void TestRequestLog::redactsByRule_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("secret");
    QTest::newRow("keySecret") << u"keySecret"_s << true;
    QTest::newRow("password") << u"password"_s << true;
    QTest::newRow("newDoubleSha1Hash") << u"newDoubleSha1Hash"_s << true;
    QTest::newRow("secretAccessKey") << u"secretAccessKey"_s << true;
    QTest::newRow("accessKeyId (an access key's half)") << u"accessKeyId"_s << true;
    QTest::newRow("privateKey") << u"privateKey"_s << true;
    QTest::newRow("connectionString") << u"connectionString"_s << true;
    QTest::newRow("serviceAccountFile") << u"serviceAccountFile"_s << true;
    QTest::newRow("credentials") << u"credentials"_s << true;
    QTest::newRow("refresh_token") << u"refresh_token"_s << true;
    QTest::newRow("encryptionKey") << u"encryptionKey"_s << true;
    QTest::newRow("key") << u"key"_s << true;
    QTest::newRow("KEYSECRET upper case") << u"KEYSECRET"_s << true;
    QTest::newRow("keyId is an identifier") << u"keyId"_s << false;
    QTest::newRow("targetKeyId is an identifier") << u"targetKeyId"_s << false;
    QTest::newRow("keySuffix is an identifier") << u"keySuffix"_s << false;
    QTest::newRow("name") << u"name"_s << false;
    QTest::newRow("monkey business is still a key") << u"monkeyBusiness"_s << true;
}

void TestRequestLog::redactsByRule()
{
    QFETCH(QString, name);
    QFETCH(bool, secret);
    QCOMPARE(RequestLog::isSecretFieldName(name), secret);
    const QByteArray body
        = QJsonDocument(
              QJsonObject { { u"wrapper"_s, QJsonArray { QJsonObject { { name, u"Sentinel-Value-1"_s } } } } })
              .toJson(QJsonDocument::Compact);
    QCOMPARE(!RequestLog::redactBody(body).contains("Sentinel-Value-1"), secret);
}

void TestRequestLog::everySecretLookingSpecFieldIsRedacted()
{
    const QStringList files = specFiles();
    QSet<QString> names;
    for (const QString &path : files) {
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
        QJsonParseError error;
        const QJsonDocument spec = QJsonDocument::fromJson(file.readAll(), &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(path + u": "_s + error.errorString()));
        const QJsonObject schemas = spec.object().value(u"components"_s).toObject().value(u"schemas"_s).toObject();
        QVERIFY2(!schemas.isEmpty(), qPrintable(path));
        for (auto it = schemas.begin(); it != schemas.end(); ++it)
            collectPropertyNames(it.value(), names);
    }
    qInfo("%d property names in %d spec file(s)", int(names.size()), int(files.size()));
    // The walk reached the places where the known secrets live.
    for (const QString &known : { u"keySecret"_s, u"password"_s, u"newPasswordHash"_s, u"keyIdHash"_s })
        QVERIFY2(names.contains(known), qPrintable(known));

    QStringList leaked;
    int secretLooking = 0;
    for (const QString &name : std::as_const(names)) {
        if (!looksSecret(name))
            continue;
        ++secretLooking;
        const QByteArray sentinel = "Sentinel-" + name.toUtf8() + "-7f3a";
        const QJsonObject field { { name, QString::fromUtf8(sentinel) } };
        const QJsonObject nested { { name, QJsonObject { { u"inner"_s, QString::fromUtf8(sentinel) } } } };
        const QJsonObject response { { u"result"_s, QJsonArray { field, nested } } };
        const QByteArray redacted = RequestLog::redactBody(QJsonDocument(response).toJson(QJsonDocument::Compact));
        if (redacted.contains(sentinel))
            leaked.append(name);

        RequestLog log;
        RequestLogEntry entry;
        entry.requestBody = QJsonDocument(field).toJson(QJsonDocument::Compact);
        entry.responseBody = QJsonDocument(response).toJson(QJsonDocument::Compact);
        log.add(entry);
        const RequestLogEntry stored = log.entries().constFirst();
        const QByteArray everything = stored.requestBody + stored.responseBody + RequestLog::toJsonLine(stored);
        if (everything.contains(sentinel))
            leaked.append(name + u" (stored)"_s);
    }
    qInfo("%d of them look secret", secretLooking);
    QVERIFY(secretLooking >= 10);
    leaked.sort();
    QVERIFY2(leaked.isEmpty(), qPrintable(u"not redacted: "_s + leaked.join(u", "_s)));
}

void TestRequestLog::backupBucketCredentialsAreRedacted_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<QStringList>("secrets");
    // Per request schema of the backup bucket: the credential fields. Every other field of
    // the schema (provider, paths, role ARN, the HMAC key's public half) must stay readable.
    for (const QString &verb : { u"Post"_s, u"Patch"_s }) {
        QTest::addRow("AWS %s", qPrintable(verb)) << u"AwsBackupBucket"_s + verb + u"RequestV1"_s << QStringList {};
        QTest::addRow("GCP %s", qPrintable(verb))
            << u"GcpBackupBucket"_s + verb + u"RequestV1"_s << QStringList { u"secretAccessKey"_s };
        QTest::addRow("Azure %s", qPrintable(verb))
            << u"AzureBackupBucket"_s + verb + u"RequestV1"_s << QStringList { u"connectionString"_s };
    }
}

void TestRequestLog::backupBucketCredentialsAreRedacted()
{
    QFETCH(QString, schema);
    QFETCH(QStringList, secrets);
    QFile file(QStringLiteral(CHCLOUD_SPEC_PATH));
    QVERIFY2(file.open(QIODevice::ReadOnly), CHCLOUD_SPEC_PATH);
    const QJsonObject properties = QJsonDocument::fromJson(file.readAll())
                                       .object()
                                       .value(u"components"_s)[u"schemas"_s][schema][u"properties"_s]
                                       .toObject();
    QVERIFY2(!properties.isEmpty(), qPrintable(schema + u" is not in the spec"_s));
    for (const QString &secret : std::as_const(secrets))
        QVERIFY2(properties.contains(secret), qPrintable(secret));

    QJsonObject body;
    for (auto it = properties.begin(); it != properties.end(); ++it)
        body.insert(it.key(), QString(u"Value-of-"_s + it.key()));
    RequestLog log;
    RequestLogEntry entry;
    entry.operationId = u"backupBucketCreate"_s;
    entry.requestBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    log.add(entry);
    const RequestLogEntry stored = log.entries().constFirst();
    const QByteArray everything = stored.requestBody + RequestLog::toJsonLine(stored);
    for (auto it = properties.begin(); it != properties.end(); ++it) {
        const QByteArray value = "Value-of-" + it.key().toUtf8();
        if (secrets.contains(it.key())) {
            QVERIFY2(RequestLog::isSecretFieldName(it.key()), qPrintable(it.key()));
            QVERIFY2(!everything.contains(value), qPrintable(it.key()));
        } else if (it.key() != u"accessKeyId"_s) { // the rule masks any "access key" name, this half too
            QVERIFY2(stored.requestBody.contains(value), qPrintable(it.key() + u" should stay readable"_s));
        }
    }
}

void TestRequestLog::redactsSecretQueryParameters()
{
    QCOMPARE(RequestLog::redactPathAndQuery(u"/v1/x?from_date=2026-01-01&token=abc&keyId=K1"_s),
             u"/v1/x?from_date=2026-01-01&token=***&keyId=K1"_s);
    QCOMPARE(RequestLog::redactPathAndQuery(u"/v1/organizations"_s), u"/v1/organizations"_s);
    RequestLog log;
    RequestLogEntry entry;
    entry.pathAndQuery = u"/v1/x?api_secret=Leaky1"_s;
    log.add(entry);
    QVERIFY(!log.entries().constFirst().pathAndQuery.contains(u"Leaky1"_s));
}

void TestRequestLog::curlExportCarriesNoSecret()
{
    RequestLogEntry entry;
    entry.method = "POST";
    entry.pathAndQuery = QStringLiteral("/v1/organizations/o/keys");
    entry.requestBody = R"({"name":"k","hashData":{"keyIdHash":"AAA","keySecretHash":"BBB"}})";
    const QString curl = RequestLog::toCurl(entry, QUrl(QStringLiteral("https://api.clickhouse.cloud")));
    const QString expected
        = uR"(curl -sS -X POST -H 'Content-Type: application/json' -K - 'https://api.clickhouse.cloud/v1/organizations/o/keys' <<CHCLOUD_CURL_CONFIG
user = "$CLICKHOUSE_CLOUD_API_KEY:$CLICKHOUSE_CLOUD_API_SECRET"
data-raw = "{\\"hashData\\":{\\"keyIdHash\\":\\"***\\",\\"keySecretHash\\":\\"***\\"},\\"name\\":\\"k\\"}"
CHCLOUD_CURL_CONFIG
)"_s;
    QCOMPARE(curl, expected);
    QVERIFY(!curl.contains(u"AAA"));
    QVERIFY(!curl.contains(u"BBB"));
    QVERIFY(!curl.contains(u"Authorization"));
    QVERIFY(!curl.contains(u" -u "));
}

void TestRequestLog::curlExportQuotesForTheShell()
{
    RequestLogEntry entry;
    entry.method = "GET";
    entry.pathAndQuery = QStringLiteral("/v1/x?from_date=2026-01-01&to_date=2026-01-31");
    const QString get = RequestLog::toCurl(entry, QUrl(QStringLiteral("http://127.0.0.1:8080/")));
    const QString expectedGet
        = uR"(curl -sS -K - 'http://127.0.0.1:8080/v1/x?from_date=2026-01-01&to_date=2026-01-31' <<CHCLOUD_CURL_CONFIG
user = "$CLICKHOUSE_CLOUD_API_KEY:$CLICKHOUSE_CLOUD_API_SECRET"
CHCLOUD_CURL_CONFIG
)"_s;
    QCOMPARE(get, expectedGet);

    entry.method = "PATCH";
    entry.pathAndQuery = QStringLiteral("/v1/it's");
    entry.requestBody = R"({"name":"it's $HOME `id` \\ \"q\""})";
    const QString patch = RequestLog::toCurl(entry);
    // JSON escapes the backslash and the quotes, curl's config escapes those again,
    // and the here-document escapes every backslash, dollar and backquote.
    const QString expectedPatch
        = uR"(curl -sS -X PATCH -H 'Content-Type: application/json' -K - 'https://api.clickhouse.cloud/v1/it'\''s' <<CHCLOUD_CURL_CONFIG
user = "$CLICKHOUSE_CLOUD_API_KEY:$CLICKHOUSE_CLOUD_API_SECRET"
data-raw = "{\\"name\\":\\"it's \$HOME \`id\` \\\\\\\\ \\\\\\"q\\\\\\"\\"}"
CHCLOUD_CURL_CONFIG
)"_s;
    QCOMPARE(patch, expectedPatch);
}

namespace {

/// Runs `command` with /bin/sh, `curl` replaced by a function that prints its
/// arguments and then its standard input.
QString runWithFakeCurl(const QString &command, const QString &keyId, const QString &secret)
{
    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CLICKHOUSE_CLOUD_API_KEY"_s, keyId);
    environment.insert(u"CLICKHOUSE_CLOUD_API_SECRET"_s, secret);
    shell.setProcessEnvironment(environment);
    const QString fake = u"curl() { for a in \"$@\"; do printf 'ARG[%s]\\n' \"$a\"; done; echo STDIN; cat; }\n"_s;
    shell.start(u"/bin/sh"_s, { u"-c"_s, fake + command });
    if (!shell.waitForFinished(30'000))
        return {};
    return QString::fromUtf8(shell.readAllStandardOutput());
}

} // namespace

void TestRequestLog::curlExportKeepsCredentialsOffTheCommandLine()
{
    RequestLogEntry entry;
    entry.method = "POST";
    entry.pathAndQuery = QStringLiteral("/v1/organizations/o/services");
    entry.requestBody = R"({"name":"a \"b\" $HOME"})";
    const QString secret = u"4b1d$HOME`x`\\S3cret"_s;
    const QString output = runWithFakeCurl(RequestLog::toCurl(entry), u"KEYID1"_s, secret);
    QVERIFY2(output.contains(u"\nSTDIN\n"_s), qPrintable(output));
    const QString arguments = output.left(output.indexOf(u"\nSTDIN\n"_s));
    const QString input = output.mid(output.indexOf(u"\nSTDIN\n"_s));
    QVERIFY2(!arguments.contains(u"S3cret"_s), qPrintable(arguments));
    QVERIFY2(!arguments.contains(u"KEYID1"_s), qPrintable(arguments));
    QVERIFY(arguments.contains(u"ARG[-K]\nARG[-]\n"_s));
    QVERIFY2(input.contains(u"user = \"KEYID1:"_s + secret + u"\"\n"_s), qPrintable(input));
    // The shell did not expand anything inside the body.
    const QString expectedData = uR"(data-raw = "{\"name\":\"a \\\"b\\\" $HOME\"}")"_s;
    QVERIFY2(input.contains(expectedData), qPrintable(input));
}

void TestRequestLog::curlExportSendsTheRequestWithRealCurl()
{
    // scripts/setup installs curl; without it the export cannot be proven to work.
    if (QStandardPaths::findExecutable(u"curl"_s).isEmpty())
        QFAIL("curl is not installed (scripts/setup installs it)");
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QByteArray received;
    connect(&server, &QTcpServer::newConnection, &server, [&server, &received] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket, &received] {
            received += socket->readAll();
            const qsizetype headerEnd = received.indexOf("\r\n\r\n");
            if (headerEnd < 0)
                return;
            const qsizetype lengthAt = received.toLower().indexOf("content-length: ");
            const qsizetype length = lengthAt < 0
                ? 0
                : received.mid(lengthAt + 16, received.indexOf('\r', lengthAt) - lengthAt - 16).toLongLong();
            if (received.size() - headerEnd - 4 < length)
                return;
            socket->write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}");
            socket->disconnectFromHost();
        });
    });

    RequestLogEntry entry;
    entry.method = "PATCH";
    entry.pathAndQuery = QStringLiteral("/v1/organizations/o?x=1");
    entry.requestBody = R"({"name":"it's \"quoted\" $HOME `id` \\ back","tags":[{"key":"hidden"}]})";
    const QByteArray expectedBody = RequestLog::redactBody(entry.requestBody);
    QUrl base(u"http://127.0.0.1"_s);
    base.setPort(server.serverPort());

    QProcess shell;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"CLICKHOUSE_CLOUD_API_KEY"_s, u"KEYID2"_s);
    environment.insert(u"CLICKHOUSE_CLOUD_API_SECRET"_s, u"s3cr3t$HOME`x`"_s);
    shell.setProcessEnvironment(environment);
    shell.start(u"/bin/sh"_s, { u"-c"_s, RequestLog::toCurl(entry, base) });
    QVERIFY(shell.waitForStarted());
    QSignalSpy finished(&shell, &QProcess::finished);
    QVERIFY(finished.wait(30'000));
    QVERIFY2(shell.exitCode() == 0, shell.readAllStandardError().constData());
    QCOMPARE(shell.readAllStandardOutput(), QByteArray("{}"));

    QVERIFY2(received.startsWith("PATCH /v1/organizations/o?x=1 HTTP/1.1\r\n"), received.constData());
    const QByteArray credentials = QByteArray("KEYID2:s3cr3t$HOME`x`").toBase64();
    const QByteArray authorization = "\r\nAuthorization: Basic " + credentials + "\r\n";
    QVERIFY2(received.contains(authorization), received.constData());
    QVERIFY(received.contains("\r\nContent-Type: application/json\r\n"));
    QCOMPARE(received.mid(received.indexOf("\r\n\r\n") + 4), expectedBody);
    QVERIFY(!expectedBody.contains("hidden"));
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
