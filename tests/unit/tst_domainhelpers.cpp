// Client-side validation, key hashing and generation, secrets, locations and
// the date windows of the long-range fetches.

#include "api/CloudApi.h"
#include "domain/ApiKey.h"
#include "domain/CloudLocation.h"
#include "domain/IpAccess.h"
#include "domain/Secret.h"
#include "domain/ServiceInputRules.h"
#include "domain/Validation.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

using namespace chcloud;

class DomainHelpersTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void serviceName_data();
    void serviceName();
    void replicaMemoryRange_data();
    void replicaMemoryRange();
    void replicas_data();
    void replicas();
    void idleTimeout_data();
    void idleTimeout();
    void ipSource_data();
    void ipSource();
    void keyName_data();
    void keyName();
    void email_data();
    void email();
    void tagKey_data();
    void tagKey();
    void tagValue_data();
    void tagValue();
    void hashData();
    void generatedKeyMaterial();
    void secretWipe();
    void locations();
    void dateWindows_data();
    void dateWindows();
    void dateTimeWindows();
    void anywhereSource_data();
    void anywhereSource();
    void openToAnywhere();
};

void DomainHelpersTest::serviceName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "analytics" << true;
    QTest::newRow("one character") << "a" << true;
    QTest::newRow("fifty characters") << QString(50, QLatin1Char('x')) << true;
    QTest::newRow("fifty-one characters") << QString(51, QLatin1Char('x')) << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("only spaces") << "   " << false;
}

void DomainHelpersTest::serviceName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(validation::serviceName(name).isEmpty(), valid);
}

void DomainHelpersTest::replicaMemoryRange_data()
{
    QTest::addColumn<int>("minGb");
    QTest::addColumn<int>("maxGb");
    QTest::addColumn<bool>("valid");
    QTest::newRow("8 to 356") << 8 << 356 << true;
    QTest::newRow("equal bounds") << 16 << 16 << true;
    QTest::newRow("min below 8") << 4 << 16 << false;
    QTest::newRow("max above 356") << 8 << 360 << false;
    QTest::newRow("not a multiple of 4") << 10 << 16 << false;
    QTest::newRow("min above max") << 32 << 16 << false;
}

void DomainHelpersTest::replicaMemoryRange()
{
    QFETCH(int, minGb);
    QFETCH(int, maxGb);
    QFETCH(bool, valid);
    QCOMPARE(validation::replicaMemoryRange(minGb, maxGb).isEmpty(), valid);
}

void DomainHelpersTest::replicas_data()
{
    QTest::addColumn<int>("minCount");
    QTest::addColumn<int>("maxCount");
    QTest::addColumn<bool>("valid");
    QTest::newRow("1 to 20") << 1 << 20 << true;
    QTest::newRow("zero") << 0 << 3 << false;
    QTest::newRow("21") << 1 << 21 << false;
    QTest::newRow("min above max") << 5 << 3 << false;
}

void DomainHelpersTest::replicas()
{
    QFETCH(int, minCount);
    QFETCH(int, maxCount);
    QFETCH(bool, valid);
    QCOMPARE(validation::replicaRange(minCount, maxCount).isEmpty(), valid);
    QCOMPARE(validation::replicas(minCount).isEmpty() && validation::replicas(maxCount).isEmpty(),
             minCount >= 1 && minCount <= 20 && maxCount >= 1 && maxCount <= 20);
}

void DomainHelpersTest::idleTimeout_data()
{
    QTest::addColumn<int>("minutes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("4 minutes") << 4 << false;
    QTest::newRow("5 minutes") << 5 << true;
    QTest::newRow("a day") << 1440 << true;
}

void DomainHelpersTest::idleTimeout()
{
    QFETCH(int, minutes);
    QFETCH(bool, valid);
    QCOMPARE(validation::idleTimeout(minutes).isEmpty(), valid);
}

void DomainHelpersTest::ipSource_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("valid");
    QTest::newRow("IPv4 address") << "192.168.1.10" << true;
    QTest::newRow("IPv4 CIDR") << "10.0.0.0/8" << true;
    QTest::newRow("anywhere") << "0.0.0.0/0" << true;
    QTest::newRow("IPv6 address") << "2001:db8::1" << true;
    QTest::newRow("IPv6 CIDR") << "2001:db8::/32" << true;
    QTest::newRow("prefix too long") << "10.0.0.0/33" << false;
    QTest::newRow("octet too big") << "300.1.1.1" << false;
    QTest::newRow("hostname") << "example.com" << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("slash only") << "/24" << false;
}

void DomainHelpersTest::ipSource()
{
    QFETCH(QString, source);
    QFETCH(bool, valid);
    QCOMPARE(validation::ipSource(source).isEmpty(), valid);
}

void DomainHelpersTest::keyName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "ci-deploy" << true;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("blank") << "  " << false;
    QTest::newRow("too long") << QString(256, QLatin1Char('k')) << false;
    QTest::newRow("control character") << "a\tb" << false;
}

void DomainHelpersTest::keyName()
{
    QFETCH(QString, name);
    QFETCH(bool, valid);
    QCOMPARE(validation::keyName(name).isEmpty(), valid);
}

void DomainHelpersTest::email_data()
{
    QTest::addColumn<QString>("address");
    QTest::addColumn<bool>("valid");
    QTest::newRow("plain") << "ada@example.com" << true;
    QTest::newRow("subdomain and plus") << "ada+ops@mail.example.co.uk" << true;
    QTest::newRow("no at") << "ada.example.com" << false;
    QTest::newRow("no domain dot") << "ada@localhost" << false;
    QTest::newRow("two ats") << "a@b@example.com" << false;
    QTest::newRow("space") << "ada lovelace@example.com" << false;
    QTest::newRow("empty") << "" << false;
}

void DomainHelpersTest::email()
{
    QFETCH(QString, address);
    QFETCH(bool, valid);
    QCOMPARE(validation::email(address).isEmpty(), valid);
}

void DomainHelpersTest::tagKey_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<bool>("valid");
    QTest::newRow("word") << "team" << true;
    QTest::newRow("dots dashes underscores") << "cost.center_2-eu" << true;
    QTest::newRow("128 characters") << QString(128, u'k') << true;
    QTest::newRow("129 characters") << QString(129, u'k') << false;
    QTest::newRow("empty") << "" << false;
    QTest::newRow("space") << "cost center" << false;
    QTest::newRow("colon") << "env:prod" << false;
    QTest::newRow("non-ASCII letter") << "équipe" << false;
}

void DomainHelpersTest::tagKey()
{
    QFETCH(QString, key);
    QFETCH(bool, valid);
    QCOMPARE(ServiceInputRules::checkTagKey(key).isEmpty(), valid);
}

void DomainHelpersTest::tagValue_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty is allowed") << "" << true;
    QTest::newRow("word") << "production" << true;
    QTest::newRow("256 characters") << QString(256, u'v') << true;
    QTest::newRow("257 characters") << QString(257, u'v') << false;
    QTest::newRow("slash") << "a/b" << false;
}

void DomainHelpersTest::tagValue()
{
    QFETCH(QString, value);
    QFETCH(bool, valid);
    QCOMPARE(ServiceInputRules::checkTagValue(value).isEmpty(), valid);
}

void DomainHelpersTest::hashData()
{
    const QString keyId = QStringLiteral("AbCdEfGhIjKlMnOpQrSt");
    const Secret secret(QStringLiteral("4b1dsecret"));
    const ApiKeyHashData data = ApiKeyHashData::compute(keyId, secret);
    QCOMPARE(data.keyIdSuffix, QStringLiteral("QrSt"));
    QCOMPARE(data.keyIdHash,
             QString::fromLatin1(QCryptographicHash::hash(keyId.toUtf8(), QCryptographicHash::Sha256).toBase64()));
    QCOMPARE(data.keySecretHash,
             QString::fromLatin1(QCryptographicHash::hash("4b1dsecret", QCryptographicHash::Sha256).toBase64()));
    // A known vector: SHA-256("abc")
    QCOMPARE(ApiKeyHashData::compute(QStringLiteral("abc"), Secret(QStringLiteral("abc"))).keySecretHash,
             QStringLiteral("ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0="));
}

void DomainHelpersTest::generatedKeyMaterial()
{
    const GeneratedKeyMaterial first = GeneratedKeyMaterial::generate();
    const GeneratedKeyMaterial second = GeneratedKeyMaterial::generate();
    static const QRegularExpression alphanumeric(QStringLiteral("^[A-Za-z0-9]+$"));
    QCOMPARE(first.keyId.size(), 20);
    QCOMPARE(first.keySecret.size(), 42);
    QVERIFY(alphanumeric.match(first.keyId).hasMatch());
    QVERIFY(alphanumeric.match(first.keySecret.reveal()).hasMatch());
    QVERIFY(first.keyId != second.keyId);
    QVERIFY(!(first.keySecret == second.keySecret));
}

void DomainHelpersTest::secretWipe()
{
    Secret secret(QStringLiteral("hunter2"));
    QCOMPARE(secret.size(), 7);
    Secret moved = std::move(secret);
    QVERIFY(secret.isEmpty());
    QCOMPARE(moved.reveal(), QStringLiteral("hunter2"));
    moved.wipe();
    QVERIFY(moved.isEmpty());
    QCOMPARE(moved.reveal(), QString());
}

void DomainHelpersTest::locations()
{
    QVERIFY(Provider::isKnown(QStringLiteral("gcp")));
    QVERIFY(!Provider::isKnown(QStringLiteral("oracle")));
    QCOMPARE(Provider::label(QStringLiteral("oracle")), QStringLiteral("oracle"));
    QCOMPARE(Region::providerOf(QStringLiteral("europe-west4")), QStringLiteral("gcp"));
    QCOMPARE(Region::providerOf(QStringLiteral("eastus2")), QStringLiteral("azure"));
    QVERIFY(Region::knownFor(QStringLiteral("aws")).contains(QStringLiteral("il-central-1")));
    QVERIFY(Region::knownFor(QStringLiteral("aws")).contains(QStringLiteral("ca-central-1")));
    QVERIFY(!Region::isKnown(QStringLiteral("mars-north-1")));
    QCOMPARE(Region::known().size(), 24);
}

void DomainHelpersTest::dateWindows_data()
{
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::addColumn<int>("count");
    QTest::newRow("one day") << QDate(2024, 1, 1) << QDate(2024, 1, 1) << 1;
    QTest::newRow("exactly 31 days") << QDate(2024, 1, 1) << QDate(2024, 1, 31) << 1;
    QTest::newRow("32 days") << QDate(2024, 1, 1) << QDate(2024, 2, 1) << 2;
    QTest::newRow("90 days") << QDate(2024, 1, 1) << QDate(2024, 3, 30) << 3;
    QTest::newRow("reversed") << QDate(2024, 2, 1) << QDate(2024, 1, 1) << 0;
}

void DomainHelpersTest::dateWindows()
{
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    QFETCH(int, count);
    const auto windows = CloudApi::dateWindows(from, to);
    QCOMPARE(windows.size(), count);
    if (count == 0)
        return;
    QCOMPARE(windows.first().first, from);
    QCOMPARE(windows.last().second, to);
    for (qsizetype i = 0; i < windows.size(); ++i) {
        QVERIFY(windows[i].first.daysTo(windows[i].second) <= 30); // at most 31 days, both ends inclusive
        if (i > 0)
            QCOMPARE(windows[i - 1].second.addDays(1), windows[i].first); // no gap, no overlap
    }
}

void DomainHelpersTest::dateTimeWindows()
{
    const QDateTime from(QDate(2024, 1, 1), QTime(0, 0), Qt::UTC);
    const QDateTime to = from.addDays(90);
    const auto windows = CloudApi::dateTimeWindows(from, to);
    QCOMPARE(windows.size(), 3);
    QCOMPARE(windows.first().first, from);
    QCOMPARE(windows.last().second, to);
    for (qsizetype i = 1; i < windows.size(); ++i)
        QCOMPARE(windows[i - 1].second, windows[i].first);
    QCOMPARE(CloudApi::dateTimeWindows(from, from).size(), 1);
}

void DomainHelpersTest::anywhereSource_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("anywhere");
    QTest::newRow("IPv4 everything") << QStringLiteral("0.0.0.0/0") << true;
    QTest::newRow("IPv6 everything") << QStringLiteral("::/0") << true;
    QTest::newRow("blanks around") << QStringLiteral(" 0.0.0.0/0 ") << true;
    QTest::newRow("any IPv4 address with prefix 0") << QStringLiteral("10.0.0.0/0") << true;
    QTest::newRow("one address") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("a /1 is not everything") << QStringLiteral("0.0.0.0/1") << false;
    QTest::newRow("IPv6 range") << QStringLiteral("2001:db8::/32") << false;
    QTest::newRow("garbage") << QStringLiteral("anywhere/0") << false;
    QTest::newRow("empty") << QString() << false;
}

void DomainHelpersTest::anywhereSource()
{
    QFETCH(QString, source);
    QFETCH(bool, anywhere);
    QCOMPARE(IpAccess::isAnywhereSource(source), anywhere);
}

void DomainHelpersTest::openToAnywhere()
{
    const IpAccessListEntry office { QStringLiteral("203.0.113.0/24"), QStringLiteral("Office") };
    QVERIFY(!IpAccess::isOpenToAnywhere({}));
    QVERIFY(!IpAccess::isOpenToAnywhere({ office }));
    QVERIFY(IpAccess::isOpenToAnywhere({ office, { QStringLiteral("::/0"), {} } }));
    QVERIFY(IpAccess::isOpenToAnywhere({ IpAccess::anywhereEntry(QStringLiteral("everyone")) }));
    QCOMPARE(IpAccess::anywhereEntry(QStringLiteral("everyone")).source, QStringLiteral("0.0.0.0/0"));
    QCOMPARE(IpAccess::anywhereEntry(QStringLiteral("everyone")).description, QStringLiteral("everyone"));
}

QTEST_GUILESS_MAIN(DomainHelpersTest)
#include "tst_domainhelpers.moc"
