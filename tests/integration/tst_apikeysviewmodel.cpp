// ApiKeysViewModel against a running emulator: loading, the table's columns,
// "which key am I", "created by" from the activity log, and every command with
// its failures surfaced as the server worded them.

#include "EmulatorProcess.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "api/RequestScheduler.h"
#include "domain/ApiKey.h"
#include "viewmodels/ApiKeysFilterModel.h"
#include "viewmodels/ApiKeysViewModel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace chcloud;

namespace {

/// Waits for a command to end and returns whether it succeeded.
bool waitFor(ApiKeyCommand *command, QString *errorText = nullptr, std::optional<ApiError> *error = nullptr)
{
    QPointer<ApiKeyCommand> guard(command);
    bool success = false;
    bool done = false;
    QObject::connect(command, &ApiKeyCommand::finished, command, [&] {
        success = command->isSuccess();
        done = true;
        if (errorText)
            *errorText = command->errorText();
        if (error)
            *error = command->error();
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        return false;
    return success;
}

} // namespace

class TestApiKeysViewModel : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorProcess> m_emulator;
    QString m_organizationId;

    /// A raw call to the emulator, bypassing the app (to change things "meanwhile"); bounded by a timeout.
    QJsonObject raw(const QByteArray &method, const QString &path, const QJsonObject &body = {},
                    const QByteArray &authorization = {})
    {
        return m_emulator->raw(method, path, body, authorization);
    }

    std::unique_ptr<ApiSession> session(const QString &keyId, const QString &secret)
    {
        auto opened = ApiSession::open(m_emulator->baseUrl(), keyId, Secret(secret));
        return opened ? std::move(opened).value() : nullptr;
    }

    /// A view-model loaded for the bootstrap admin key.
    struct Loaded
    {
        std::unique_ptr<ApiSession> session;
        std::unique_ptr<ApiKeysViewModel> model;
        std::unique_ptr<QAbstractItemModelTester> tester;
    };

    Loaded load(const QString &keyId = {}, const QString &secret = {})
    {
        Loaded loaded;
        const QString id = keyId.isEmpty() ? m_emulator->keyId() : keyId;
        loaded.session = session(id, secret.isEmpty() ? m_emulator->keySecret() : secret);
        loaded.model = std::make_unique<ApiKeysViewModel>();
        loaded.tester = std::make_unique<QAbstractItemModelTester>(
            loaded.model.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        loaded.model->setContext(loaded.session.get(), m_organizationId, id);
        loaded.model->setVisible(true);
        QSignalSpy refreshed(loaded.model.get(), &ApiKeysViewModel::refreshed);
        loaded.model->refresh();
        if (!refreshed.wait(20000))
            qWarning("the key list did not load");
        return loaded;
    }

    /// A session whose budget (one request a minute) is already spent: what it
    /// is asked next waits in its scheduler's queue.
    std::unique_ptr<ApiSession> spentSession()
    {
        SchedulerConfig config;
        config.limit = 1;
        config.window = std::chrono::minutes(1);
        auto opened
            = ApiSession::open(m_emulator->baseUrl(), m_emulator->keyId(), Secret(m_emulator->keySecret()), config);
        if (!opened)
            return nullptr;
        std::unique_ptr<ApiSession> spent = std::move(opened).value();
        spent->api()->organizationGetList(RequestPriority::Interactive, nullptr, [](auto) {});
        return spent;
    }

    int rowNamed(const ApiKeysViewModel &model, const QString &name)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            if (model.keyAt(row)->name == name)
                return row;
        }
        return -1;
    }

    QString cell(const ApiKeysViewModel &model, int row, int column, int role = Qt::DisplayRole)
    {
        return model.data(model.index(row, column), role).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        // A generous limit: the test's own raw calls share the bootstrap key's budget with the app.
        m_emulator = std::make_unique<test::EmulatorProcess>(
            QStringList { u"--rate-limit"_s, u"100"_s, u"--rate-window-ms"_s, u"1000"_s });
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        const QJsonObject organizations = raw("GET", u"/v1/organizations"_s);
        m_organizationId = organizations.value(u"result"_s).toArray().first().toObject().value(u"id"_s).toString();
        QVERIFY(!m_organizationId.isEmpty());
    }

    void cleanupTestCase() { m_emulator.reset(); }

    void loadsTheSeededKeys()
    {
        Loaded loaded = load();
        ApiKeysViewModel &model = *loaded.model;
        QVERIFY(model.isLoaded());
        QVERIFY(model.errorText().isEmpty());
        QVERIFY2(model.rowCount() >= 8, qPrintable(QString::number(model.rowCount())));
        QCOMPARE(model.columnCount(), int(ApiKeysViewModel::ColumnCount));
        QCOMPARE(model.headerData(ApiKeysViewModel::KeyIdColumn, Qt::Horizontal).toString(), u"Key ID"_s);
        QVERIFY(!model.isBusy());
        const Qt::ItemFlags flags = model.flags(model.index(0, 0));
        QVERIFY(flags.testFlag(Qt::ItemIsSelectable));
        QVERIFY(!flags.testFlag(Qt::ItemIsEditable));
    }

    void columnsDescribeEachKey()
    {
        Loaded loaded = load();
        ApiKeysViewModel &model = *loaded.model;
        bool sawExpiringSoon = false, sawExpired = false, sawDisabled = false, sawNever = false;
        for (int row = 0; row < model.rowCount(); ++row) {
            const ApiKey *key = model.keyAt(row);
            QCOMPARE(cell(model, row, ApiKeysViewModel::KeyIdColumn), u"…"_s + key->keySuffix);
            QVERIFY(!cell(model, row, ApiKeysViewModel::RolesColumn).isEmpty());
            const QString expiration = cell(model, row, ApiKeysViewModel::ExpirationColumn);
            const bool highlighted
                = model.data(model.index(row, ApiKeysViewModel::ExpirationColumn), ApiKeysViewModel::HighlightRole)
                      .toBool();
            if (expiration == u"expired"_s) {
                sawExpired = true;
                QVERIFY(highlighted);
                QCOMPARE(model.displayState(row), KeyDisplayState::Expired);
            } else if (expiration.startsWith(u"expires in"_s) || expiration == u"expires today"_s) {
                const bool soon = key->expireAt->date() <= QDate::currentDate().addDays(7);
                QCOMPARE(highlighted, soon);
                sawExpiringSoon = sawExpiringSoon || soon;
            } else {
                QCOMPARE(expiration, u"never"_s);
                QVERIFY(!highlighted);
                sawNever = true;
            }
            if (key->state == ApiKeyState::Disabled) {
                sawDisabled = true;
                QCOMPARE(cell(model, row, ApiKeysViewModel::StateColumn), u"Disabled"_s);
            }
            if (!key->usedAt)
                QCOMPARE(cell(model, row, ApiKeysViewModel::LastUsedColumn), u"never"_s);
        }
        QVERIFY(sawExpiringSoon);
        QVERIFY(sawExpired);
        QVERIFY(sawDisabled);
        QVERIFY(sawNever);
        QCOMPARE(ApiKeysViewModel::ipAccessSummary({ { u"0.0.0.0/0"_s, {} } }), u"anywhere"_s);
        QCOMPARE(ApiKeysViewModel::ipAccessSummary({}), u"none — all access denied"_s);
        QCOMPARE(ApiKeysViewModel::ipAccessSummary({ { u"10.0.0.0/8"_s, {} }, { u"192.0.2.1"_s, {} } }),
                 u"2 entries"_s);
    }

    void filterBySateAndText()
    {
        Loaded loaded = load();
        ApiKeysFilterModel filter;
        QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setSourceModel(loaded.model.get());
        filter.setStateFilter(KeyDisplayState::Disabled);
        QVERIFY(filter.rowCount() >= 1);
        for (int row = 0; row < filter.rowCount(); ++row)
            QCOMPARE(filter.index(row, ApiKeysViewModel::StateColumn).data().toString(), u"Disabled"_s);
        filter.setStateFilter(std::nullopt);
        filter.setFilterText(u"bootstrap"_s);
        QCOMPARE(filter.rowCount(), 1);
        filter.setFilterText({});
        filter.sort(ApiKeysViewModel::CreatedColumn, Qt::AscendingOrder);
        for (int row = 1; row < filter.rowCount(); ++row) {
            QVERIFY(
                filter.index(row - 1, ApiKeysViewModel::CreatedColumn).data(ApiKeysViewModel::SortRole).toDateTime()
                <= filter.index(row, ApiKeysViewModel::CreatedColumn).data(ApiKeysViewModel::SortRole).toDateTime());
        }
    }

    void marksTheKeyInUse()
    {
        Loaded loaded = load();
        ApiKeysViewModel &model = *loaded.model;
        const int bootstrap = rowNamed(model, u"Bootstrap admin"_s);
        QVERIFY(bootstrap >= 0);
        QCOMPARE(model.currentKeyMatch(bootstrap), CurrentKeyMatch::Yes);
        QVERIFY(cell(model, bootstrap, ApiKeysViewModel::NameColumn).contains(u"this app's key"_s));
        int marked = 0;
        for (int row = 0; row < model.rowCount(); ++row)
            marked += model.currentKeyMatch(row) != CurrentKeyMatch::No;
        QCOMPARE(marked, 1);
    }

    void saysProbablyWhenSuffixesCollide()
    {
        Loaded loaded = load();
        ApiKeysViewModel &model = *loaded.model;
        // A key made from hashData whose ID ends like the bootstrap key's.
        const QString keyId = u"collide"_s + test::EmulatorProcess::randomToken(9) + m_emulator->keyId().right(4);
        const Secret secret(test::EmulatorProcess::randomToken(40));
        ApiKeyCreateRequest request;
        request.name = u"Same suffix"_s;
        request.roles = { u"developer"_s };
        request.hashData = ApiKeyHashData::compute(keyId, secret);
        ApiKeyCommand *command = model.createKey(request);
        QString error;
        QVERIFY2(waitFor(command, &error), qPrintable(error));
        const int same = rowNamed(model, u"Same suffix"_s);
        const int bootstrap = rowNamed(model, u"Bootstrap admin"_s);
        QCOMPARE(model.currentKeyMatch(same), CurrentKeyMatch::Probably);
        QCOMPARE(model.currentKeyMatch(bootstrap), CurrentKeyMatch::Probably);
        QVERIFY(cell(model, bootstrap, ApiKeysViewModel::NameColumn).contains(u"probably"_s));
        // Clean up so later tests see one match again.
        QVERIFY(waitFor(model.setKeyEnabled(model.keyAt(same)->id, false)));
        const QString sameId = model.keyAt(same)->id;
        raw("DELETE", u"/v1/organizations/%1/keys/%2"_s.arg(m_organizationId, sameId));
    }

    void fillsCreatedByFromActivities()
    {
        Loaded loaded = load();
        ApiKeysViewModel &model = *loaded.model;
        if (model.isResolvingCreators()) {
            QSignalSpy resolved(&model, &ApiKeysViewModel::creatorsResolved);
            QVERIFY(resolved.wait(30000));
        }
        const QJsonArray activities
            = raw("GET", u"/v1/organizations/%1/activities"_s.arg(m_organizationId)).value(u"result"_s).toArray();
        int checked = 0;
        for (const QJsonValue &value : activities) {
            const QJsonObject activity = value.toObject();
            if (activity.value(u"type"_s).toString() != u"key_create"_s)
                continue;
            const int row = model.rowOfKey(activity.value(u"targetKeyId"_s).toString());
            if (row < 0)
                continue;
            QCOMPARE(cell(model, row, ApiKeysViewModel::CreatedByColumn), activity.value(u"actorDetails"_s).toString());
            ++checked;
        }
        QVERIFY(checked >= 1);
    }

    void createsWithServerGeneratedSecret()
    {
        Loaded loaded = load();
        ApiKeysViewModel &model = *loaded.model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const int before = model.rowCount();
        ApiKeyCreateRequest request;
        request.name = u"Nightly export job"_s;
        request.roles = { u"developer"_s };
        request.ipAccessList = { { u"203.0.113.0/24"_s, u"office"_s } };
        ApiKeyCommand *command = model.createKey(request);
        QString keyId;
        QString secret;
        connect(command, &ApiKeyCommand::finished, this, [&] {
            ApiKeyCreateResult result = command->takeCreateResult();
            keyId = result.keyId;
            secret = result.keySecret.reveal();
        });
        QString error;
        QVERIFY2(waitFor(command, &error), qPrintable(error));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), before + 1);
        QVERIFY(!keyId.isEmpty());
        QVERIFY(!secret.isEmpty());
        const int row = rowNamed(model, u"Nightly export job"_s);
        QCOMPARE(model.keyAt(row)->keySuffix, keyId.right(4));
        QCOMPARE(cell(model, row, ApiKeysViewModel::IpAccessColumn), u"1 entries"_s);
        // The new credentials work.
        const QJsonObject answer
            = raw("GET", u"/v1/organizations"_s, {}, "Basic " + (keyId + u':' + secret).toUtf8().toBase64());
        QCOMPARE(answer.value(u"status"_s).toInt(), 200);
    }

    void createsFromHashData()
    {
        Loaded loaded = load();
        ApiKeysViewModel &model = *loaded.model;
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        const GeneratedKeyMaterial material = GeneratedKeyMaterial::generate();
        ApiKeyCreateRequest request;
        request.name = u"Local secret"_s;
        request.roles = { u"developer"_s };
        request.hashData = ApiKeyHashData::compute(material.keyId, material.keySecret);
        ApiKeyCommand *command = model.createKey(request);
        QString returnedSecret = u"unset"_s;
        connect(command, &ApiKeyCommand::finished, this,
                [&] { returnedSecret = command->takeCreateResult().keySecret.reveal(); });
        QString error;
        QVERIFY2(waitFor(command, &error), qPrintable(error));
        QCOMPARE(inserted.size(), 1);
        QVERIFY(returnedSecret.isEmpty()); // the server never saw the secret
        const int row = rowNamed(model, u"Local secret"_s);
        QCOMPARE(model.keyAt(row)->keySuffix, material.keyId.right(4));
        const QJsonObject answer
            = raw("GET", u"/v1/organizations"_s, {},
                  "Basic " + (material.keyId + u':' + material.keySecret.reveal()).toUtf8().toBase64());
        QCOMPARE(answer.value(u"status"_s).toInt(), 200);
    }

    void editClearsExpiryAndReplacesIpList()
    {
        Loaded loaded = load();
        ApiKeysViewModel &model = *loaded.model;
        int row = -1;
        for (int r = 0; r < model.rowCount(); ++r) {
            if (model.keyAt(r)->expireAt && !model.isCurrentKey(model.keyAt(r)->id)) {
                row = r;
                break;
            }
        }
        QVERIFY(row >= 0);
        const QString id = model.keyAt(row)->id;
        ApiKeyUpdateRequest request;
        request.expireAt = std::optional<QDateTime>(); // clear
        request.ipAccessList = QList<IpAccessListEntry> { { u"198.51.100.7"_s, {} }, { u"10.1.0.0/16"_s, {} } };
        QString error;
        QVERIFY2(waitFor(model.updateKey(id, request), &error), qPrintable(error));
        const ApiKey updated = *model.key(id);
        QVERIFY(!updated.expireAt.has_value());
        QCOMPARE(updated.ipAccessList.size(), 2);
        QCOMPARE(updated.ipAccessList.first().source, u"198.51.100.7"_s);
        QCOMPARE(cell(model, model.rowOfKey(id), ApiKeysViewModel::ExpirationColumn), u"never"_s);
        // The server agrees.
        const QJsonObject stored
            = raw("GET", u"/v1/organizations/%1/keys/%2"_s.arg(m_organizationId, id)).value(u"result"_s).toObject();
        QVERIFY(stored.value(u"expireAt"_s).isNull() || stored.value(u"expireAt"_s).isUndefined());
        QCOMPARE(stored.value(u"ipAccessList"_s).toArray().size(), 2);
    }

    void disablesAndEnables()
    {
        Loaded loaded = load();
        ApiKeysViewModel &model = *loaded.model;
        const int row = rowNamed(model, u"Nightly export job"_s);
        QVERIFY(row >= 0);
        const QString id = model.keyAt(row)->id;
        QVERIFY(waitFor(model.setKeyEnabled(id, false)));
        QCOMPARE(model.key(id)->state, ApiKeyState::Disabled);
        QCOMPARE(cell(model, model.rowOfKey(id), ApiKeysViewModel::StateColumn), u"Disabled"_s);
        QVERIFY(waitFor(model.setKeyEnabled(id, true)));
        QCOMPARE(model.key(id)->state, ApiKeyState::Enabled);
    }

    void deletesAndRefusesToDeleteItself()
    {
        Loaded loaded = load();
        ApiKeysViewModel &model = *loaded.model;
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        const QString id = model.keyAt(rowNamed(model, u"Local secret"_s))->id;
        QVERIFY(waitFor(model.deleteKey(id)));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowOfKey(id), -1);

        const QString self = model.keyAt(rowNamed(model, u"Bootstrap admin"_s))->id;
        QString error;
        QVERIFY(!waitFor(model.deleteKey(self), &error));
        QVERIFY(error.contains(u"cannot delete itself"_s));
        QCOMPARE(removed.size(), 1);
        QVERIFY(model.rowOfKey(self) >= 0);
    }

    void surfacesServerErrors_data()
    {
        QTest::addColumn<QString>("scenario");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expectedText");
        QTest::newRow("400 invalid CIDR in the IP access list") << u"invalidCidr"_s << 400 << u"ipAccessList"_s;
        QTest::newRow("403 when a developer key creates a key") << u"developerCreates"_s << 403 << QString();
        QTest::newRow("404 key deleted meanwhile") << u"deletedMeanwhile"_s << 404 << QString();
    }

    void surfacesServerErrors()
    {
        QFETCH(QString, scenario);
        QFETCH(int, status);
        QFETCH(QString, expectedText);

        Loaded loaded = load();
        ApiKeysViewModel &model = *loaded.model;
        std::optional<ApiError> error;
        QString text;
        if (scenario == u"invalidCidr"_s) {
            const QString id = model.keyAt(rowNamed(model, u"Nightly export job"_s))->id;
            ApiKeyUpdateRequest request;
            request.ipAccessList = QList<IpAccessListEntry> { { u"300.1.2.3/40"_s, {} } };
            QVERIFY(!waitFor(model.updateKey(id, request), &text, &error));
            QVERIFY(model.rowOfKey(id) >= 0);
        } else if (scenario == u"developerCreates"_s) {
            // A developer key: made by the admin, then used for a mutation.
            const GeneratedKeyMaterial material = GeneratedKeyMaterial::generate();
            ApiKeyCreateRequest developer;
            developer.name = u"Developer only %1"_s.arg(QTest::currentDataTag() ? 1 : 0);
            developer.roles = { u"developer"_s };
            developer.hashData = ApiKeyHashData::compute(material.keyId, material.keySecret);
            QVERIFY(waitFor(model.createKey(developer)));
            Loaded asDeveloper = load(material.keyId, material.keySecret.reveal());
            QVERIFY(asDeveloper.model->errorText().isEmpty());
            ApiKeyCreateRequest request;
            request.name = u"Should not exist"_s;
            request.roles = { u"admin"_s };
            const int before = asDeveloper.model->rowCount();
            QVERIFY(!waitFor(asDeveloper.model->createKey(request), &text, &error));
            QCOMPARE(asDeveloper.model->rowCount(), before);
        } else {
            const QString id = model.keyAt(rowNamed(model, u"Nightly export job"_s))->id;
            raw("DELETE", u"/v1/organizations/%1/keys/%2"_s.arg(m_organizationId, id));
            QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
            ApiKeyUpdateRequest request;
            request.name = u"Renamed"_s;
            QVERIFY(!waitFor(model.updateKey(id, request), &text, &error));
            QCOMPARE(removed.size(), 1);
            QCOMPARE(model.rowOfKey(id), -1);
        }
        QVERIFY(error.has_value());
        QCOMPARE(error->httpStatus, status);
        QVERIFY(!error->message.isEmpty());
        // The server's own words reach the user.
        QVERIFY2(text.contains(error->message), qPrintable(text));
        if (!expectedText.isEmpty())
            QVERIFY2(text.contains(expectedText), qPrintable(text));
    }

    void refreshSupersedesAndNewContextCancels()
    {
        auto slow = spentSession();
        QVERIFY(slow);
        ApiKeysViewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContext(slow.get(), m_organizationId, m_emulator->keyId());
        QSignalSpy busy(&model, &ApiKeysViewModel::busyChanged);
        QSignalSpy refreshed(&model, &ApiKeysViewModel::refreshed);
        model.refresh();
        model.refresh();
        // One list load (the second superseded the first), and the roles and the
        // services for "May do", asked for once per context, in the background.
        QCOMPARE(slow->scheduler()->status().totalQueued(), 3);
        QCOMPARE(slow->scheduler()->status().queued[int(RequestPriority::Background)], 2);
        QCOMPARE(busy.count(), 1);
        ApiKeyCommand *update = model.setKeyEnabled(u"some-key"_s, false);
        QCOMPARE(slow->scheduler()->status().totalQueued(), 4);
        QCOMPARE(model.runningCallCount(), 4);
        std::optional<ApiError> updateApiError;
        bool updateDone = false;
        connect(update, &ApiKeyCommand::finished, update, [&] {
            updateDone = true;
            updateApiError = update->error();
        });

        // Another profile: the old one's queue is emptied, and the old command's
        // end does not touch the new context's busy state.
        auto other = spentSession();
        QVERIFY(other);
        model.setContext(other.get(), m_organizationId, m_emulator->keyId());
        QCOMPARE(slow->scheduler()->status().totalQueued(), 0);
        QCOMPARE(refreshed.count(), 0);
        QVERIFY(model.errorText().isEmpty()); // Cancelled is no error to show
        model.refresh();
        QVERIFY(model.isBusy());
        const qsizetype busyBefore = busy.count();
        QTRY_VERIFY_WITH_TIMEOUT(updateDone, 15000);
        QVERIFY(updateApiError.has_value());
        QCOMPARE(updateApiError->kind, ApiErrorKind::Cancelled);
        QVERIFY(model.isBusy());
        QCOMPARE(busy.count(), busyBefore);
        model.setContext(nullptr, {}, {});
        QCOMPARE(other->scheduler()->status().totalQueued(), 0);
    }

    void loadErrorIsShownAsTheServerSaidIt()
    {
        auto badSession = session(m_emulator->keyId(), u"not-the-secret"_s);
        ApiKeysViewModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setContext(badSession.get(), m_organizationId, m_emulator->keyId());
        QSignalSpy loaded(&model, &ApiKeysViewModel::loadedChanged);
        model.refresh();
        QVERIFY(loaded.wait(20000));
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!model.errorText().isEmpty());
        QCOMPARE(model.loadError()->httpStatus, 401);
    }
};

QTEST_MAIN(TestApiKeysViewModel)
#include "tst_apikeysviewmodel.moc"
