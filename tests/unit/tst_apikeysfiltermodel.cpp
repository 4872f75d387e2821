// The keys table's "expiring soon" threshold and the health checks, and the
// filter model's quick filters and counts over them, at a fixed "now".

#include "viewmodels/ApiKeysFilterModel.h"
#include "viewmodels/ApiKeysTableModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chcloud;

namespace {

const QDateTime fixedNow(QDate(2026, 7, 1), QTime(12, 0), Qt::UTC);

/// A table filled directly, the way ApiKeysViewModel fills it after a load.
class FilledTable : public ApiKeysTableModel
{
    Q_OBJECT

public:
    FilledTable()
    {
        setClock([] { return fixedNow; });
    }
    void fill(QList<ApiKey> keys) { applyKeys(std::move(keys)); }
};

ApiKey key(const QString &name, std::optional<int> usedDaysAgo, std::optional<int> expiresInDays,
           const QStringList &sources = { u"10.0.0.0/8"_s }, ApiKeyState state = ApiKeyState::Enabled)
{
    ApiKey k;
    k.id = name + u"-id"_s;
    k.name = name;
    k.state = state;
    k.createdAt = fixedNow.addDays(-400);
    if (usedDaysAgo)
        k.usedAt = fixedNow.addDays(-*usedDaysAgo);
    if (expiresInDays)
        k.expireAt = fixedNow.addDays(*expiresInDays);
    for (const QString &source : sources)
        k.ipAccessList.append({ source, {} });
    return k;
}

QList<ApiKey> keys()
{
    return {
        key(u"fresh"_s, 1, std::nullopt),
        key(u"never"_s, std::nullopt, std::nullopt),
        key(u"stale"_s, 120, std::nullopt),
        key(u"edge"_s, 90, std::nullopt), // exactly 90 days: not yet "unused"
        key(u"open4"_s, 3, std::nullopt, { u"0.0.0.0/0"_s }),
        key(u"open6"_s, 3, std::nullopt, { u"10.0.0.0/8"_s, u"::/0"_s }),
        key(u"soon"_s, 2, 5),
        key(u"later"_s, 2, 20),
        key(u"expired"_s, 2, -1),
        key(u"disabledSoon"_s, 2, 3, { u"10.0.0.0/8"_s }, ApiKeyState::Disabled),
    };
}

QStringList shownNames(const ApiKeysFilterModel &filter)
{
    QStringList names;
    for (int row = 0; row < filter.rowCount(); ++row) {
        const QString id = filter.index(row, 0).data(ApiKeysTableModel::KeyIdRole).toString();
        names.append(id.chopped(3));
    }
    names.sort();
    return names;
}

} // namespace

Q_DECLARE_METATYPE(chcloud::KeyHealthCheck)

class TestApiKeysFilterModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thresholdDecidesExpiringSoon();
    void healthFilterShowsTheKeysThatFail_data();
    void healthFilterShowsTheKeysThatFail();
    void countsFollowTheRowsAndTheThreshold();
    void healthAndTextFiltersCombine();
};

void TestApiKeysFilterModel::thresholdDecidesExpiringSoon()
{
    FilledTable table;
    QAbstractItemModelTester tester(&table, QAbstractItemModelTester::FailureReportingMode::QtTest);
    table.fill(keys());
    const int later = table.rowOfKey(u"later-id"_s);
    QCOMPARE(table.expiringSoonDays(), ApiKeysTableModel::defaultExpiringSoonDays);
    QCOMPARE(table.displayState(later), KeyDisplayState::Enabled);
    QCOMPARE(table.displayState(table.rowOfKey(u"soon-id"_s)), KeyDisplayState::ExpiringSoon);

    QSignalSpy changed(&table, &QAbstractItemModel::dataChanged);
    table.setExpiringSoonDays(30);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(table.displayState(later), KeyDisplayState::ExpiringSoon);
    QVERIFY(table.index(later, ApiKeysTableModel::ExpirationColumn).data(ApiKeysTableModel::HighlightRole).toBool());
    table.setExpiringSoonDays(30); // the same: nothing to tell
    QCOMPARE(changed.count(), 1);
    table.setExpiringSoonDays(0); // below the floor: one day
    QCOMPARE(table.expiringSoonDays(), 1);
    QCOMPARE(table.displayState(table.rowOfKey(u"soon-id"_s)), KeyDisplayState::Enabled);
}

void TestApiKeysFilterModel::healthFilterShowsTheKeysThatFail_data()
{
    QTest::addColumn<KeyHealthCheck>("check");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("never used: no usedAt") << KeyHealthCheck::NeverUsed << QStringList { u"never"_s };
    QTest::newRow("unused: last use more than 90 days ago") << KeyHealthCheck::Unused << QStringList { u"stale"_s };
    QTest::newRow("open to anywhere: 0.0.0.0/0 or ::/0")
        << KeyHealthCheck::OpenToAnywhere << QStringList { u"open4"_s, u"open6"_s };
    QTest::newRow("expiring soon: enabled, not expired, within 7 days")
        << KeyHealthCheck::ExpiringSoon << QStringList { u"soon"_s };
}

void TestApiKeysFilterModel::healthFilterShowsTheKeysThatFail()
{
    QFETCH(KeyHealthCheck, check);
    QFETCH(QStringList, expected);
    FilledTable table;
    table.fill(keys());
    ApiKeysFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    filter.setSourceModel(&table);
    QCOMPARE(filter.rowCount(), 10);
    filter.setHealthFilter(check);
    QCOMPARE(shownNames(filter), expected);
    QCOMPARE(filter.healthCount(check), int(expected.size()));
    filter.setHealthFilter(std::nullopt);
    QCOMPARE(filter.rowCount(), 10);
}

void TestApiKeysFilterModel::countsFollowTheRowsAndTheThreshold()
{
    FilledTable table;
    ApiKeysFilterModel filter;
    filter.setSourceModel(&table);
    QCOMPARE(filter.healthCount(KeyHealthCheck::NeverUsed), 0);
    QSignalSpy counts(&filter, &ApiKeysFilterModel::healthCountsChanged);
    table.fill(keys());
    QVERIFY(!counts.isEmpty());
    QCOMPARE(filter.healthCount(KeyHealthCheck::NeverUsed), 1);
    QCOMPARE(filter.healthCount(KeyHealthCheck::ExpiringSoon), 1);

    counts.clear();
    table.setExpiringSoonDays(30);
    QVERIFY(!counts.isEmpty());
    QCOMPARE(filter.healthCount(KeyHealthCheck::ExpiringSoon), 2); // "later" joins "soon"

    QList<ApiKey> fewer = keys();
    fewer.removeIf([](const ApiKey &k) { return k.name == u"never"_s; });
    table.fill(fewer);
    QCOMPARE(filter.healthCount(KeyHealthCheck::NeverUsed), 0);
}

void TestApiKeysFilterModel::healthAndTextFiltersCombine()
{
    FilledTable table;
    table.fill(keys());
    ApiKeysFilterModel filter;
    filter.setSourceModel(&table);
    filter.setHealthFilter(KeyHealthCheck::OpenToAnywhere);
    filter.setFilterText(u"open6"_s);
    QCOMPARE(shownNames(filter), QStringList { u"open6"_s });
    // Counts are over all keys, whatever the other filters show.
    QCOMPARE(filter.healthCount(KeyHealthCheck::OpenToAnywhere), 2);
}

QTEST_GUILESS_MAIN(TestApiKeysFilterModel)
#include "tst_apikeysfiltermodel.moc"
