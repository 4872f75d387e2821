// The "created by" lookup of the Keys page against a running emulator whose
// data has keys older than the lookup's bound and keys without a key_create
// record: it reads a bounded number of activity windows, each once, never on a
// refresh, and nothing while the page is hidden.

#include "EmulatorProcess.h"
#include "api/ApiSession.h"
#include "api/RequestLog.h"
#include "api/RequestScheduler.h"
#include "viewmodels/ApiKeysViewModel.h"
#include "viewmodels/KeyCreatorLookup.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace chcloud;

namespace {

/// The demo key whose creation record stays: its creator must be found.
const QString foundKeyName = u"CI deploy"_s;
/// Created about a year ago, its record removed: the walk goes back to the last window for it.
const QString lastWindowKeyName = u"Old integration"_s;
/// Created well over a year ago, its record removed: beyond the bound, never walked for.
const QString olderKeyName = u"Terraform"_s;

QString isoDaysAgo(int days)
{
    return QDateTime::currentDateTimeUtc().addDays(-days).toString(Qt::ISODate);
}

} // namespace

class TestKeyCreatorLookup : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<test::EmulatorProcess> m_emulator;
    QString m_organizationId;

    struct Loaded
    {
        std::unique_ptr<ApiSession> session;
        std::unique_ptr<ApiKeysViewModel> model;
        std::unique_ptr<QAbstractItemModelTester> tester;
    };

    Loaded open()
    {
        Loaded loaded;
        SchedulerConfig config;
        config.limit = 100;
        config.window = std::chrono::seconds(1);
        auto opened
            = ApiSession::open(m_emulator->baseUrl(), m_emulator->keyId(), Secret(m_emulator->keySecret()), config);
        if (opened)
            loaded.session = std::move(opened).value();
        loaded.model = std::make_unique<ApiKeysViewModel>();
        loaded.tester = std::make_unique<QAbstractItemModelTester>(
            loaded.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        return loaded;
    }

    /// Refreshes the key list and waits until it is loaded.
    static bool refreshAndWait(ApiKeysViewModel &model)
    {
        QSignalSpy refreshed(&model, &ApiKeysViewModel::refreshed);
        model.refresh();
        return refreshed.wait(30000);
    }

    /// The window requests the lookup has sent, by path and query.
    static QStringList windowRequests(const ApiSession &session)
    {
        QStringList paths;
        const QList<RequestLogEntry> entries = session.requestLog()->entries();
        for (const RequestLogEntry &entry : entries) {
            if (entry.operationId == u"activityGetList"_s)
                paths.append(entry.pathAndQuery);
        }
        return paths;
    }

    static int rowNamed(const ApiKeysViewModel &model, const QString &name)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.keyAt(row)->name == name)
                return row;
        }
        return -1;
    }

    static QString createdByCell(const ApiKeysViewModel &model, const QString &name)
    {
        return model.data(model.index(rowNamed(model, name), ApiKeysViewModel::CreatedByColumn)).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString stateFile = m_dir.filePath(u"state.json"_s);
        // A first run writes the demo data to the state file; it is then aged by hand.
        {
            test::EmulatorProcess seeding(QStringList { u"--state"_s, stateFile });
            QVERIFY2(seeding.start(), qPrintable(seeding.errorString()));
        }
        QFile file(stateFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray keys = state.value(u"keys"_s).toArray();
        QSet<QString> recordsRemoved;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            QJsonObject key = keys.at(i).toObject();
            const QString name = key.value(u"name"_s).toString();
            if (name == lastWindowKeyName)
                key.insert(u"createdAt"_s,
                           isoDaysAgo(KeyCreatorLookup::maxWindows * KeyCreatorLookup::windowDays - 10));
            else if (name == olderKeyName)
                key.insert(u"createdAt"_s, isoDaysAgo(500));
            else
                continue;
            recordsRemoved.insert(key.value(u"id"_s).toString());
            keys[i] = key;
        }
        QCOMPARE(recordsRemoved.size(), 2);
        state.insert(u"keys"_s, keys);
        QJsonArray activities;
        for (const QJsonValue &value : state.value(u"activities"_s).toArray()) {
            const QJsonObject activity = value.toObject();
            if (activity.value(u"type"_s).toString() == u"key_create"_s
                && recordsRemoved.contains(activity.value(u"targetKeyId"_s).toString()))
                continue;
            activities.append(activity);
        }
        QVERIFY(activities.size() < state.value(u"activities"_s).toArray().size());
        state.insert(u"activities"_s, activities);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(state).toJson(QJsonDocument::Compact));
        file.close();

        // This run's bootstrap key is new to the state file: it has no creation record either.
        m_emulator = std::make_unique<test::EmulatorProcess>(
            QStringList { u"--state"_s, stateFile, u"--rate-limit"_s, u"100"_s, u"--rate-window-ms"_s, u"1000"_s });
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_organizationId = state.value(u"organization"_s).toObject().value(u"id"_s).toString();
        QVERIFY(!m_organizationId.isEmpty());
    }

    void cleanupTestCase() { m_emulator.reset(); }

    void readsEachWindowOnceWithinTheBound()
    {
        Loaded loaded = open();
        QVERIFY(loaded.session);
        ApiKeysViewModel &model = *loaded.model;
        model.setContext(loaded.session.get(), m_organizationId, m_emulator->keyId());
        model.setVisible(true);
        QSignalSpy resolved(&model, &ApiKeysViewModel::creatorsResolved);
        QVERIFY(refreshAndWait(model));
        QVERIFY(rowNamed(model, foundKeyName) >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isResolvingCreators() && !model.creatorLookup()->isRunning(), 60000);
        QVERIFY(resolved.count() >= 1);

        const QStringList sent = windowRequests(*loaded.session);
        const KeyCreatorLookup *lookup = model.creatorLookup();
        // The key created a little less than twelve windows ago drives the walk to its last window, no further.
        QCOMPARE(lookup->windowsRead(), KeyCreatorLookup::maxWindows);
        QCOMPARE(lookup->windowsPlanned(), KeyCreatorLookup::maxWindows);
        QCOMPARE(int(sent.size()), lookup->windowsRead());
        QCOMPARE(int(QSet<QString>(sent.cbegin(), sent.cend()).size()), int(sent.size()));

        // Keys with a record show its actor; keys without one say they were not found.
        QCOMPARE(lookup->status(model.keyAt(rowNamed(model, foundKeyName))->id), KeyCreatorLookup::Status::Found);
        QVERIFY(!model.createdBy(model.keyAt(rowNamed(model, foundKeyName))->id).isEmpty());
        QCOMPARE(createdByCell(model, foundKeyName), model.createdBy(model.keyAt(rowNamed(model, foundKeyName))->id));
        const QString notFound = u"unknown (not found in the last 12 months)"_s;
        QCOMPARE(createdByCell(model, lastWindowKeyName), notFound);
        QCOMPARE(createdByCell(model, olderKeyName), notFound);
        int bootstrapRows = 0;
        for (int row = 0; row < model.rowCount(); ++row) {
            const ApiKey *key = model.keyAt(row);
            const QString cell = model.data(model.index(row, ApiKeysViewModel::CreatedByColumn)).toString();
            QVERIFY2(cell != u"looking up…"_s, qPrintable(key->name));
            if (key->matchesKeyId(m_emulator->keyId())) {
                ++bootstrapRows;
                QCOMPARE(cell, notFound);
            }
        }
        QCOMPARE(bootstrapRows, 1);

        // A refresh reloads the keys but reads no window again.
        QVERIFY(refreshAndWait(model));
        QVERIFY(refreshAndWait(model));
        QVERIFY(!model.creatorLookup()->isRunning());
        QCOMPARE(windowRequests(*loaded.session), sent);
        QCOMPARE(createdByCell(model, lastWindowKeyName), notFound);
    }

    void sendsNothingWhileHidden()
    {
        Loaded loaded = open();
        QVERIFY(loaded.session);
        ApiKeysViewModel &model = *loaded.model;
        model.setContext(loaded.session.get(), m_organizationId, m_emulator->keyId());
        // Hidden: the keys load, the lookup waits.
        QVERIFY(refreshAndWait(model));
        QVERIFY(refreshAndWait(model));
        QVERIFY(model.isResolvingCreators());
        QCOMPARE(windowRequests(*loaded.session).size(), 0);
        QCOMPARE(createdByCell(model, foundKeyName), u"looking up…"_s);

        // Shown: it reads one window, then the page is hidden again right away.
        bool hideAfterFirst = true;
        connect(&model, &ApiKeysViewModel::creatorProgressChanged, this, [&](int read, int) {
            if (hideAfterFirst && read >= 1) {
                hideAfterFirst = false;
                model.setVisible(false);
            }
        });
        model.setVisible(true);
        QTRY_VERIFY_WITH_TIMEOUT(!hideAfterFirst, 30000);
        QCOMPARE(model.creatorLookup()->windowsRead(), 1);
        QVERIFY(model.isResolvingCreators());
        QVERIFY(!model.creatorLookup()->isRunning());
        QVERIFY(refreshAndWait(model));
        QVERIFY(refreshAndWait(model));
        QCOMPARE(windowRequests(*loaded.session).size(), 1);
        QCOMPARE(model.creatorLookup()->windowsRead(), 1);

        // Shown again: it resumes where it stopped and never reads a window twice.
        model.setVisible(true);
        QTRY_VERIFY_WITH_TIMEOUT(!model.isResolvingCreators() && !model.creatorLookup()->isRunning(), 60000);
        const QStringList sent = windowRequests(*loaded.session);
        QCOMPARE(int(sent.size()), KeyCreatorLookup::maxWindows);
        QCOMPARE(int(QSet<QString>(sent.cbegin(), sent.cend()).size()), int(sent.size()));
        QVERIFY(!model.createdBy(model.keyAt(rowNamed(model, foundKeyName))->id).isEmpty());
    }

    void contextChangeStartsAfresh()
    {
        Loaded loaded = open();
        QVERIFY(loaded.session);
        ApiKeysViewModel &model = *loaded.model;
        model.setContext(loaded.session.get(), m_organizationId, m_emulator->keyId());
        model.setVisible(true);
        QVERIFY(refreshAndWait(model));
        QTRY_VERIFY_WITH_TIMEOUT(model.creatorLookup()->windowsRead() >= 1, 30000);
        model.setContext(loaded.session.get(), m_organizationId, m_emulator->keyId());
        QCOMPARE(model.creatorLookup()->windowsRead(), 0);
        QVERIFY(!model.creatorLookup()->isRunning());
        QCOMPARE(model.runningCallCount(), 0);
    }
};

QTEST_MAIN(TestKeyCreatorLookup)
#include "tst_keycreatorlookup.moc"
