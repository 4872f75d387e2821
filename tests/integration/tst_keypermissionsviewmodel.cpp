// KeyPermissionsViewModel against the emulator seeded with "demo": the key in use
// found in the key list by its suffix, its assigned roles' policies read from the
// roles list, both asked for at background priority, once per context.

#include "EmulatorProcess.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "api/RequestLog.h"
#include "viewmodels/KeyPermissionsViewModel.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;

struct Credentials
{
    QString keyId;
    QString keySecret;
};

} // namespace

class TestKeyPermissionsViewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void adminKeyMayDoEverything();
    void developerRoleIsReadOnly();
    void denyOnOneServiceWinsOverAdmin();
    void loadsOnceAtBackgroundPriority();
    void withoutAKeyIdNothingIsAsked();

private:
    /// A key with the named roles, made with the bootstrap admin key.
    Credentials createKey(const QString &name, const QStringList &roleNames);
    QString roleId(const QString &name);
    /// A view-model on a new session of these credentials, loaded; null on failure.
    std::unique_ptr<KeyPermissionsViewModel> loadedFor(const Credentials &credentials);

    std::unique_ptr<test::EmulatorProcess> m_emulator;
    QString m_organizationId;
    std::vector<std::unique_ptr<ApiSession>> m_sessions;
};

void TestKeyPermissionsViewModel::initTestCase()
{
    m_emulator = std::make_unique<test::EmulatorProcess>(
        QStringList { u"--rate-limit"_s, u"1000"_s, u"--rate-window-ms"_s, u"1000"_s });
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
    m_organizationId = m_emulator->raw("GET", u"/_emulator/health"_s)[u"organizationId"_s].toString();
    QVERIFY(!m_organizationId.isEmpty());
}

void TestKeyPermissionsViewModel::cleanupTestCase()
{
    m_sessions.clear();
    m_emulator.reset();
}

QString TestKeyPermissionsViewModel::roleId(const QString &name)
{
    const QJsonArray roles
        = m_emulator->raw("GET", u"/v1/organizations/"_s + m_organizationId + u"/roles"_s)[u"result"_s].toArray();
    for (const QJsonValue &role : roles) {
        if (role[u"name"_s].toString() == name)
            return role[u"id"_s].toString();
    }
    return {};
}

Credentials TestKeyPermissionsViewModel::createKey(const QString &name, const QStringList &roleNames)
{
    QJsonArray ids;
    for (const QString &role : roleNames)
        ids.append(roleId(role));
    const QJsonObject reply = m_emulator->raw("POST", u"/v1/organizations/"_s + m_organizationId + u"/keys"_s,
                                              { { u"name"_s, name }, { u"assignedRoleIds"_s, ids } });
    const QJsonObject result = reply[u"result"_s].toObject();
    return { result[u"keyId"_s].toString(), result[u"keySecret"_s].toString() };
}

std::unique_ptr<KeyPermissionsViewModel> TestKeyPermissionsViewModel::loadedFor(const Credentials &credentials)
{
    SchedulerConfig config;
    config.limit = 1000;
    config.window = std::chrono::milliseconds(1000);
    auto session = ApiSession::open(m_emulator->baseUrl(), credentials.keyId, Secret(credentials.keySecret), config);
    if (!session)
        return {};
    m_sessions.push_back(std::move(session).value());
    auto viewModel = std::make_unique<KeyPermissionsViewModel>();
    viewModel->setAuthKeyId(credentials.keyId);
    viewModel->setContext(m_sessions.back().get(), m_organizationId);
    QSignalSpy finished(viewModel.get(), &RemoteViewModel::loadFinished);
    viewModel->ensureLoaded();
    if (!finished.wait(kTimeoutMs) && finished.isEmpty())
        return {};
    return viewModel;
}

void TestKeyPermissionsViewModel::adminKeyMayDoEverything()
{
    auto viewModel = loadedFor({ m_emulator->keyId(), m_emulator->keySecret() });
    QVERIFY(viewModel);
    QCOMPARE(viewModel->errorText(), QString());
    const KeyPermissions &permissions = viewModel->permissions();
    QVERIFY(permissions.isKnown());
    QCOMPARE(permissions.decide(KeyPermissions::organizationManage(), KeyPermissions::organizationResource()),
             KeyPermissions::Decision::Allowed);
    QCOMPARE(permissions.decide(KeyPermissions::serviceManage(), KeyPermissions::serviceResource()),
             KeyPermissions::Decision::Allowed);
}

void TestKeyPermissionsViewModel::developerRoleIsReadOnly()
{
    const Credentials developer = createKey(u"perm developer"_s, { u"Developer"_s });
    QVERIFY(!developer.keyId.isEmpty());
    auto viewModel = loadedFor(developer);
    QVERIFY(viewModel);
    const KeyPermissions &permissions = viewModel->permissions();
    QVERIFY(permissions.isKnown());
    QCOMPARE(permissions.decide(KeyPermissions::serviceManage(), KeyPermissions::serviceResource()),
             KeyPermissions::Decision::Denied);
    QCOMPARE(permissions.decide(KeyPermissions::organizationManage(), KeyPermissions::organizationResource()),
             KeyPermissions::Decision::Denied);
    QCOMPARE(permissions.decide(u"control-plane:service:view"_s, KeyPermissions::serviceResource(u"x"_s)),
             KeyPermissions::Decision::Allowed);
}

void TestKeyPermissionsViewModel::denyOnOneServiceWinsOverAdmin()
{
    // "Analytics readers" (seeded) denies control-plane:service:manage on one service.
    const QJsonArray roles
        = m_emulator->raw("GET", u"/v1/organizations/"_s + m_organizationId + u"/roles"_s)[u"result"_s].toArray();
    QString deniedService;
    for (const QJsonValue &role : roles) {
        if (role[u"name"_s].toString() != u"Analytics readers"_s)
            continue;
        for (const QJsonValue &policy : role[u"policies"_s].toArray()) {
            if (policy[u"allowDeny"_s].toString() == u"DENY"_s)
                deniedService = policy[u"resources"_s].toArray().first().toString().section(u'/', 1);
        }
    }
    QVERIFY(!deniedService.isEmpty());
    const Credentials key = createKey(u"perm admin with deny"_s, { u"Admin"_s, u"Analytics readers"_s });
    auto viewModel = loadedFor(key);
    QVERIFY(viewModel);
    const KeyPermissions &permissions = viewModel->permissions();
    QCOMPARE(permissions.decide(KeyPermissions::serviceManage(), KeyPermissions::serviceResource(deniedService)),
             KeyPermissions::Decision::Denied);
    QCOMPARE(permissions.decide(KeyPermissions::serviceManage(), KeyPermissions::serviceResource(u"other"_s)),
             KeyPermissions::Decision::Allowed);
    QCOMPARE(permissions.decide(KeyPermissions::organizationManage(), KeyPermissions::organizationResource()),
             KeyPermissions::Decision::Allowed);
}

void TestKeyPermissionsViewModel::loadsOnceAtBackgroundPriority()
{
    auto viewModel = loadedFor({ m_emulator->keyId(), m_emulator->keySecret() });
    QVERIFY(viewModel);
    RequestLog *log = m_sessions.back()->requestLog();
    const auto sent = log->entries();
    QCOMPARE(sent.size(), 2);
    QStringList operations;
    for (const RequestLogEntry &entry : sent) {
        QCOMPARE(entry.priority, RequestPriority::Background);
        operations.append(entry.operationId);
    }
    operations.sort();
    QCOMPARE(operations, (QStringList { u"openapiKeyGetList"_s, u"organizationRolesGetList"_s }));
    // Asked again in the same context: nothing more is sent.
    viewModel->ensureLoaded();
    QTest::qWait(0);
    QVERIFY(!viewModel->isBusy());
    QCOMPARE(log->size(), 2);
    // A new context forgets: unknown again until loaded.
    QSignalSpy changed(viewModel.get(), &KeyPermissionsViewModel::permissionsChanged);
    viewModel->setContext(m_sessions.back().get(), m_organizationId);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!viewModel->permissions().isKnown());
}

void TestKeyPermissionsViewModel::withoutAKeyIdNothingIsAsked()
{
    auto viewModel = std::make_unique<KeyPermissionsViewModel>();
    viewModel->setContext(m_sessions.front().get(), m_organizationId);
    const qsizetype before = m_sessions.front()->requestLog()->size();
    viewModel->ensureLoaded();
    QVERIFY(!viewModel->isBusy());
    QCOMPARE(m_sessions.front()->requestLog()->size(), before);
    QVERIFY(!viewModel->permissions().isKnown());
}

QTEST_GUILESS_MAIN(TestKeyPermissionsViewModel)
#include "tst_keypermissionsviewmodel.moc"
