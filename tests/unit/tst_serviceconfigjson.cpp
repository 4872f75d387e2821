// The service configuration types read strictly (a wrong field is an error that
// names its path) and write request bodies that carry only what they should.

#include "domain/BackupBucket.h"
#include "domain/ClickhouseSettings.h"
#include "domain/ScalingSchedule.h"
#include "domain/ServicePrivateEndpoint.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

QJsonValue parse(const char *text)
{
    return QJsonDocument::fromJson(QByteArray(text)).object().value(u"result"_s);
}

} // namespace

class TestServiceConfigJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsAScheduleWithItsActiveEntry();
    void rejectsBadDocuments_data();
    void rejectsBadDocuments();
    void settingsUpdateResultDecodesTheEncodedObject();
    void settingsUpdateRequestEncodesAnObjectAsText();
    void bucketRequestSendsOnlyItsProvidersFields_data();
    void bucketRequestSendsOnlyItsProvidersFields();
    void scheduleAndWindowRequests();
};

void TestServiceConfigJson::readsAScheduleWithItsActiveEntry()
{
    const auto schedule = ScalingSchedule::fromJson(parse(R"({"result":{"entries":[
            {"id":"e1","name":"Nights","weekdays":[1,2],"startHourUtc":22,"endHourUtc":4,
             "autoscalingMode":"vertical","minReplicaMemoryGb":16,"maxReplicaMemoryGb":32.0,"isActiveNow":false},
            {"id":"e2","name":"Days","weekdays":[0],"startHourUtc":0,"endHourUtc":24,"autoscalingMode":"diagonal",
             "minReplicas":2,"maxReplicas":5,"idleScaling":true,"idleTimeoutMinutes":10,"isActiveNow":true}],
          "baseConfig":{"autoscalingMode":"vertical","minReplicas":3,"maxReplicas":3},
          "activeEntryId":"e2"}})"),
                                                    u"result"_s);
    QVERIFY2(schedule, schedule ? "" : qPrintable(schedule.error().toString()));
    QCOMPARE(schedule->entries.size(), 2);
    QCOMPARE(schedule->entries.at(0).weekdays, (QList<int> { 1, 2 }));
    QCOMPARE(schedule->entries.at(0).maxReplicaMemoryGb, std::optional<double>(32));
    QCOMPARE(schedule->entries.at(1).autoscalingMode, u"diagonal"_s); // an unknown mode is kept, not fatal
    QCOMPARE(schedule->baseConfig->minReplicas, std::optional<int>(3));
    QVERIFY(schedule->activeEntry());
    QCOMPARE(schedule->activeEntry()->name, u"Days"_s);

    const auto window
        = UpgradeWindow::fromJson(parse(R"({"result":{"weekday":6,"startHourUtc":18,"duration":6}})"), u"result"_s);
    QVERIFY(window);
    QCOMPARE(*window, (UpgradeWindow { 6, 18, 6 }));
}

void TestServiceConfigJson::rejectsBadDocuments_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QByteArray>("document");
    QTest::addColumn<QString>("path");
    QTest::newRow("weekday out of range")
        << u"schedule"_s << QByteArray(R"({"result":{"entries":[{"id":"e","weekdays":[1,7]}]}})")
        << u"result.entries[0].weekdays[1]"_s;
    QTest::newRow("weekday as text") << u"schedule"_s
                                     << QByteArray(R"({"result":{"entries":[{"id":"e","weekdays":["1"]}]}})")
                                     << u"result.entries[0].weekdays[0]"_s;
    QTest::newRow("entry without id") << u"schedule"_s << QByteArray(R"({"result":{"entries":[{"name":"x"}]}})")
                                      << u"result.entries[0].id"_s;
    QTest::newRow("end hour 25") << u"schedule"_s
                                 << QByteArray(R"({"result":{"entries":[{"id":"e","endHourUtc":25}]}})")
                                 << u"result.entries[0].endHourUtc"_s;
    QTest::newRow("fractional replicas") << u"schedule"_s
                                         << QByteArray(R"({"result":{"entries":[{"id":"e","minReplicas":1.5}]}})")
                                         << u"result.entries[0].minReplicas"_s;
    QTest::newRow("window without weekday")
        << u"window"_s << QByteArray(R"({"result":{"startHourUtc":6}})") << u"result.weekday"_s;
    QTest::newRow("window hour 24") << u"window"_s << QByteArray(R"({"result":{"weekday":1,"startHourUtc":24}})")
                                    << u"result.startHourUtc"_s;
    QTest::newRow("setting value not a string")
        << u"setting"_s << QByteArray(R"({"result":{"name":"max_threads","value":8}})") << u"result.value"_s;
    QTest::newRow("schema enum of text") << u"schema"_s
                                         << QByteArray(R"({"result":{"settings":[{"name":"a","enum":["on"]}]}})")
                                         << u"result.settings[0].enum[0]"_s;
    QTest::newRow("update result settings not JSON")
        << u"update"_s << QByteArray(R"({"result":{"settings":"compatibility=24.8"}})") << u"result.settings"_s;
    QTest::newRow("update result value is an object")
        << u"update"_s << QByteArray(R"({"result":{"settings":"{\"a\":{\"b\":1}}"}})") << u"result.settings.a"_s;
    QTest::newRow("bucket without provider")
        << u"bucket"_s << QByteArray(R"({"result":{"id":"b","bucketPath":"x"}})") << u"result.bucketProvider"_s;
    QTest::newRow("endpoint without id") << u"endpoint"_s << QByteArray(R"({"result":{"description":"d"}})")
                                         << u"result.id"_s;
}

void TestServiceConfigJson::rejectsBadDocuments()
{
    QFETCH(QString, type);
    QFETCH(QByteArray, document);
    QFETCH(QString, path);
    const QJsonValue json = parse(document.constData());
    QVERIFY2(!json.isUndefined(), document.constData());
    std::optional<ParseError> error;
    auto take = [&](const auto &result) {
        if (!result)
            error = result.error();
    };
    if (type == u"schedule"_s)
        take(ScalingSchedule::fromJson(json, u"result"_s));
    else if (type == u"window"_s)
        take(UpgradeWindow::fromJson(json, u"result"_s));
    else if (type == u"setting"_s)
        take(ClickhouseSetting::fromJson(json, u"result"_s));
    else if (type == u"schema"_s)
        take(ClickhouseSettingsSchema::fromJson(json, u"result"_s));
    else if (type == u"update"_s)
        take(ClickhouseSettingsUpdateResult::fromJson(json, u"result"_s));
    else if (type == u"bucket"_s)
        take(BackupBucket::fromJson(json, u"result"_s));
    else
        take(ServicePrivateEndpoint::fromJson(json, u"result"_s));
    QVERIFY2(error.has_value(), "the document was accepted");
    QCOMPARE(error->path, path);
}

void TestServiceConfigJson::settingsUpdateResultDecodesTheEncodedObject()
{
    const auto result = ClickhouseSettingsUpdateResult::fromJson(
        parse(R"({"result":{"settings":"{\"compatibility\":\"24.8\",\"max_threads\":8,\"async_insert\":true}",
                  "warnings":[{"name":"compatibility","message":"Test first."}]}})"),
        u"result"_s);
    QVERIFY2(result, result ? "" : qPrintable(result.error().toString()));
    QCOMPARE(result->applied.size(), 3);
    QVERIFY(result->applied.contains(qMakePair(u"compatibility"_s, u"24.8"_s)));
    QVERIFY(result->applied.contains(qMakePair(u"max_threads"_s, u"8"_s)));
    QVERIFY(result->applied.contains(qMakePair(u"async_insert"_s, u"true"_s)));
    QCOMPARE(result->warnings, (QList<ClickhouseSettingWarning> { { u"compatibility"_s, u"Test first."_s } }));
}

void TestServiceConfigJson::settingsUpdateRequestEncodesAnObjectAsText()
{
    ClickhouseSettingsUpdateRequest request;
    request.settings = { { u"compatibility"_s, u"24.8"_s }, { u"max_threads"_s, 4 } };
    const QJsonObject body = request.toJson();
    QCOMPARE(body.keys(), QStringList { u"settings"_s });
    QVERIFY(body.value(u"settings"_s).isString());
    const QJsonObject inner = QJsonDocument::fromJson(body.value(u"settings"_s).toString().toUtf8()).object();
    QCOMPARE(inner, (QJsonObject { { u"compatibility"_s, u"24.8"_s }, { u"max_threads"_s, 4 } }));
}

void TestServiceConfigJson::bucketRequestSendsOnlyItsProvidersFields_data()
{
    QTest::addColumn<QString>("provider");
    QTest::addColumn<bool>("forPatch");
    QTest::addColumn<QStringList>("keys");
    QTest::newRow("AWS") << u"AWS"_s << false
                         << QStringList { u"bucketPath"_s, u"bucketProvider"_s, u"iamRoleArn"_s,
                                          u"iamRoleSessionName"_s };
    QTest::newRow("GCP") << u"GCP"_s << false
                         << QStringList { u"accessKeyId"_s, u"bucketPath"_s, u"bucketProvider"_s,
                                          u"secretAccessKey"_s };
    QTest::newRow("AZURE") << u"AZURE"_s << false
                           << QStringList { u"bucketProvider"_s, u"connectionString"_s, u"containerName"_s };
}

void TestServiceConfigJson::bucketRequestSendsOnlyItsProvidersFields()
{
    QFETCH(QString, provider);
    QFETCH(bool, forPatch);
    QFETCH(QStringList, keys);
    BackupBucketRequest request;
    request.provider = provider;
    request.bucketPath = u"path"_s;
    request.iamRoleArn = u"arn"_s;
    request.iamRoleSessionName = u"session"_s;
    request.accessKeyId = u"GOOG1"_s;
    request.secretAccessKey = Secret(u"hmac"_s);
    request.containerName = u"container"_s;
    request.connectionString = Secret(u"AccountName=a"_s);
    QStringList sent = request.toJson(forPatch).keys();
    sent.sort();
    QCOMPARE(sent, keys);
}

void TestServiceConfigJson::scheduleAndWindowRequests()
{
    BackupBucketRequest clear;
    clear.provider = u"AWS"_s;
    clear.iamRoleSessionName = QString();
    QVERIFY(clear.toJson(true).value(u"iamRoleSessionName"_s).isNull());
    QVERIFY(!clear.toJson(false).contains(u"iamRoleSessionName"_s));
    QVERIFY(!clear.toJson(true).contains(u"bucketPath"_s)); // unchanged fields are left out

    ScalingScheduleEntryRequest entry;
    entry.name = u"Nights"_s;
    entry.weekdays = { 1, 2 };
    entry.startHourUtc = 22;
    entry.endHourUtc = 4;
    entry.numReplicas = 2;
    const QJsonObject body = ScalingScheduleRequest { { entry } }.toJson();
    const QJsonObject sent = body.value(u"entries"_s).toArray().first().toObject();
    QCOMPARE(sent.value(u"weekdays"_s).toArray(), (QJsonArray { 1, 2 }));
    QCOMPARE(sent.value(u"numReplicas"_s).toInt(), 2);
    QVERIFY(!sent.contains(u"autoscalingMode"_s));
    QVERIFY(!sent.contains(u"minReplicas"_s));
    QCOMPARE(ScalingScheduleRequest {}.toJson(), (QJsonObject { { u"entries"_s, QJsonArray {} } }));

    QCOMPARE((UpgradeWindowRequest { 3, 12 }).toJson(),
             (QJsonObject { { u"weekday"_s, 3 }, { u"startHourUtc"_s, 12 } }));
    QCOMPARE((ServicePrivateEndpointRequest { u"vpce-1"_s, {} }).toJson(), (QJsonObject { { u"id"_s, u"vpce-1"_s } }));
}

QTEST_GUILESS_MAIN(TestServiceConfigJson)
#include "tst_serviceconfigjson.moc"
