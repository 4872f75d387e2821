// Custom roles through RolesViewModel against a running emulator seeded with
// "demo": create, edit, delete, a refusal from the server, system roles left alone.

#include "EmulatorProcess.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "api/RequestLog.h"
#include "viewmodels/RolesViewModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;

bool load(RemoteViewModel &viewModel)
{
    QSignalSpy finished(&viewModel, &RemoteViewModel::loadFinished);
    viewModel.refresh();
    return finished.wait(kTimeoutMs) || !finished.isEmpty();
}

RolePolicyRequest policy(const QString &allowDeny, const QStringList &permissions, const QStringList &resources)
{
    RolePolicyRequest request;
    request.allowDeny = allowDeny;
    request.permissions = permissions;
    request.resources = resources;
    return request;
}

/// Waits for the command's one finished(); false when it never came or came twice.
/// Waits for the update's one finished(); false when it never came or came twice.
bool waitForEnd(RoleHoldersUpdate *update)
{
    int ends = 0;
    QObject::connect(update, &RoleHoldersUpdate::finished, update, [&ends] { ++ends; });
    return QTest::qWaitFor([&] { return ends > 0; }, kTimeoutMs) && ends == 1;
}

const RoleHolder *findHolder(const QList<RoleHolder> &holders, RoleHolder::Kind kind, const QString &id)
{
    const auto found = std::find_if(holders.cbegin(), holders.cend(),
                                    [&](const RoleHolder &h) { return h.kind == kind && h.id == id; });
    return found == holders.cend() ? nullptr : &*found;
}

/// A listed role by name.
QString roleIdNamed(const RolesViewModel &roles, const QString &name)
{
    for (const Role &role : roles.model()->roles()) {
        if (role.name == name)
            return role.id;
    }
    return {};
}

bool waitForEnd(RoleCommand *command, std::optional<ApiError> *error, QString *errorText, QString *roleId)
{
    int ends = 0;
    QObject::connect(command, &RoleCommand::finished, command, [&, command] {
        ++ends;
        *error = command->error();
        *errorText = command->errorText();
        *roleId = command->roleId();
    });
    return QTest::qWaitFor([&] { return ends > 0; }, kTimeoutMs) && ends == 1;
}

} // namespace

Q_DECLARE_METATYPE(chcloud::RoleCreateRequest)

class TestRolesViewModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void permissionChoicesIncludeTheDocumentedOnes();
    void validateObjectsBeforeSending_data();
    void validateObjectsBeforeSending();
    void createEditDelete();
    void serverRefusalIsAMessage();
    void systemRoleIsNotEditable();
    void newContextCancelsWithoutError();
    void assignGivesAndTakesAwayARole();
    void assignReportsEachHolderThatFailed();
    void assignRefusesBeforeSending();

private:
    std::unique_ptr<RolesViewModel> makeLoaded();

    std::unique_ptr<test::EmulatorProcess> m_emulator;
    std::unique_ptr<ApiSession> m_session;
    QString m_organizationId;
};

void TestRolesViewModel::initTestCase()
{
    m_emulator = std::make_unique<test::EmulatorProcess>(
        QStringList { u"--rate-limit"_s, u"1000"_s, u"--rate-window-ms"_s, u"1000"_s });
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
    SchedulerConfig config;
    config.limit = 1000;
    config.window = std::chrono::milliseconds(1000);
    auto session
        = ApiSession::open(m_emulator->baseUrl(), m_emulator->keyId(), Secret(m_emulator->keySecret()), config);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().displayText()));
    m_session = std::move(session).value();

    std::optional<ApiResult<QList<Organization>>> organizations;
    m_session->api()->organizationGetList(
        RequestPriority::Interactive, this,
        [&organizations](ApiResult<QList<Organization>> result) { organizations = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(organizations.has_value(), kTimeoutMs);
    QVERIFY(organizations->hasValue());
    m_organizationId = organizations->value().first().id;
}

void TestRolesViewModel::cleanupTestCase()
{
    m_session.reset();
    m_emulator.reset();
}

std::unique_ptr<RolesViewModel> TestRolesViewModel::makeLoaded()
{
    auto roles = std::make_unique<RolesViewModel>();
    roles->setContext(m_session.get(), m_organizationId);
    if (!load(*roles) || !roles->errorText().isEmpty())
        return {};
    return roles;
}

void TestRolesViewModel::permissionChoicesIncludeTheDocumentedOnes()
{
    auto roles = makeLoaded();
    QVERIFY(roles);
    const QStringList choices = roles->permissionChoices();
    for (const QString &permission : rbac::documentedPermissions())
        QVERIFY2(choices.contains(permission), qPrintable(permission));
    // The seeded system roles use more than the document names; they are offered too.
    QVERIFY(choices.contains(u"control-plane:organization:manage"_s));
    QVERIFY(std::is_sorted(choices.cbegin(), choices.cend()));
}

void TestRolesViewModel::validateObjectsBeforeSending_data()
{
    QTest::addColumn<RoleCreateRequest>("draft");
    QTest::addColumn<QString>("expected"); // a part of the message; empty = acceptable
    const RolePolicyRequest good = policy(u"ALLOW"_s, { u"control-plane:service:view"_s }, { u"instance/*"_s });
    QTest::newRow("fine") << RoleCreateRequest { u"Viewers"_s, {}, { good } } << QString();
    QTest::newRow("blank name") << RoleCreateRequest { u"  "_s, {}, { good } } << u"name"_s;
    QTest::newRow("taken name") << RoleCreateRequest { u"admin"_s, {}, { good } } << u"already exists"_s;
    QTest::newRow("no policy") << RoleCreateRequest { u"Viewers"_s, {}, {} } << u"at least one policy"_s;
    QTest::newRow("no permission") << RoleCreateRequest {
        u"Viewers"_s, {}, { policy(u"ALLOW"_s, {}, { u"instance/*"_s }) }
    } << u"Policy 1: choose at least one permission"_s;
    QTest::newRow("no resource") << RoleCreateRequest {
        u"Viewers"_s, {}, { good, policy(u"DENY"_s, { u"control-plane:service:manage"_s }, {}) }
    } << u"Policy 2: name at least one resource"_s;
    QTest::newRow("bad resource") << RoleCreateRequest {
        u"Viewers"_s, {}, { policy(u"ALLOW"_s, { u"control-plane:service:view"_s }, { u"every service"_s }) }
    } << u"“every service” is not a resource"_s;
}

void TestRolesViewModel::validateObjectsBeforeSending()
{
    QFETCH(RoleCreateRequest, draft);
    QFETCH(QString, expected);
    auto roles = makeLoaded();
    QVERIFY(roles);
    const QString problem = roles->validate(draft);
    if (expected.isEmpty())
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    else
        QVERIFY2(problem.contains(expected), qPrintable(problem));
}

void TestRolesViewModel::createEditDelete()
{
    auto roles = makeLoaded();
    QVERIFY(roles);
    QAbstractItemModelTester tester(roles->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = roles->model()->rowCount();

    // Create: the row appears at once, without a reload.
    RoleCreateRequest create;
    create.name = u"  Night shift  "_s;
    create.policies = { policy(u"ALLOW"_s, { u"control-plane:service:view"_s }, { u"instance/*"_s }) };
    std::optional<ApiError> error;
    QString errorText;
    QString roleId;
    QVERIFY(waitForEnd(roles->createRole(create), &error, &errorText, &roleId));
    QVERIFY2(!error, qPrintable(errorText));
    QVERIFY(!roleId.isEmpty());
    QCOMPARE(roles->model()->rowCount(), before + 1);
    std::optional<Role> created = roles->role(roleId);
    QVERIFY(created);
    QCOMPARE(created->name, u"Night shift"_s);
    QVERIFY(roles->isEditable(roleId));
    const int row = roles->model()->rowOfRole(roleId);
    QVERIFY(roles->model()->index(row, RolesModel::PoliciesColumn).data().toString().contains(u"instance/*"_s));

    // Edit: a new name and two policies.
    RoleUpdateRequest update;
    update.name = u"Night shift operators"_s;
    update.policies = QList<RolePolicyRequest> {
        policy(u"ALLOW"_s, { u"control-plane:service:view"_s, u"control-plane:service:manage"_s }, { u"instance/*"_s }),
        policy(u"DENY"_s, { u"control-plane:organization:view"_s }, { u"organization/*"_s }),
    };
    QVERIFY(waitForEnd(roles->updateRole(roleId, update), &error, &errorText, &roleId));
    QVERIFY2(!error, qPrintable(errorText));
    QCOMPARE(roles->model()->rowCount(), before + 1);
    created = roles->role(roleId);
    QVERIFY(created);
    QCOMPARE(created->name, u"Night shift operators"_s);
    QCOMPARE(created->policies.size(), 2);
    QCOMPARE(created->policies.at(1).allowDeny, u"DENY"_s);

    // What the server keeps matches what the table shows.
    auto reloaded = makeLoaded();
    QVERIFY(reloaded);
    const std::optional<Role> stored = reloaded->role(roleId);
    QVERIFY(stored);
    QCOMPARE(stored->name, u"Night shift operators"_s);
    QCOMPARE(stored->policies.size(), 2);

    // Delete: the row goes.
    QVERIFY(waitForEnd(roles->deleteRole(roleId), &error, &errorText, &roleId));
    QVERIFY2(!error, qPrintable(errorText));
    QCOMPARE(roles->model()->rowCount(), before);
    QVERIFY(!roles->role(roleId));
    auto afterDelete = makeLoaded();
    QVERIFY(afterDelete);
    QVERIFY(!afterDelete->role(roleId));
}

void TestRolesViewModel::serverRefusalIsAMessage()
{
    auto roles = makeLoaded();
    QVERIFY(roles);
    const int before = roles->model()->rowCount();
    // Well-formed for the app, but no such service: only the server can tell.
    RoleCreateRequest create;
    create.name = u"Ghost readers"_s;
    create.policies = { policy(u"ALLOW"_s, { u"control-plane:service:view"_s },
                               { u"instance/00000000-0000-4000-8000-00000000dead"_s }) };
    QVERIFY(roles->validate(create).isEmpty());
    std::optional<ApiError> error;
    QString errorText;
    QString roleId;
    QVERIFY(waitForEnd(roles->createRole(create), &error, &errorText, &roleId));
    QVERIFY(error);
    QCOMPARE(error->kind, ApiErrorKind::BadRequest);
    QCOMPARE(error->httpStatus, 400);
    QVERIFY2(errorText.contains(u"no service with id"_s), qPrintable(errorText));
    QVERIFY2(errorText.contains(u"HTTP 400"_s), qPrintable(errorText));
    QCOMPARE(roles->model()->rowCount(), before);
    QVERIFY(roleId.isEmpty());
}

void TestRolesViewModel::systemRoleIsNotEditable()
{
    auto roles = makeLoaded();
    QVERIFY(roles);
    QString systemId;
    for (const Role &role : roles->model()->roles()) {
        if (role.isSystem())
            systemId = role.id;
    }
    QVERIFY(!systemId.isEmpty());
    QVERIFY(!roles->isEditable(systemId));

    const int requestsBefore = int(m_session->requestLog()->entries().size());
    RoleUpdateRequest update;
    update.name = u"Renamed"_s;
    std::optional<ApiError> error;
    QString errorText;
    QString roleId;
    QVERIFY(waitForEnd(roles->updateRole(systemId, update), &error, &errorText, &roleId));
    QVERIFY(!error); // refused before anything was sent: no error of the server's
    QCOMPARE(errorText, RolesViewModel::systemRoleText());
    QVERIFY(waitForEnd(roles->deleteRole(systemId), &error, &errorText, &roleId));
    QCOMPARE(errorText, RolesViewModel::systemRoleText());
    // The server was not asked.
    QCOMPARE(int(m_session->requestLog()->entries().size()), requestsBefore);
    QVERIFY(roles->role(systemId));
}

void TestRolesViewModel::newContextCancelsWithoutError()
{
    auto roles = makeLoaded();
    QVERIFY(roles);
    RoleCreateRequest create;
    create.name = u"Short-lived"_s;
    create.policies = { policy(u"ALLOW"_s, { u"control-plane:service:view"_s }, { u"instance/*"_s }) };
    RoleCommand *command = roles->createRole(create);
    int ends = 0;
    bool cancelled = false;
    QString text = u"unset"_s;
    connect(command, &RoleCommand::finished, this, [&, command] {
        ++ends;
        cancelled = command->isCancelled();
        text = command->errorText();
    });
    roles->setContext(nullptr, {});
    QTRY_COMPARE_WITH_TIMEOUT(ends, 1, kTimeoutMs);
    QVERIFY(cancelled);
    QVERIFY(text.isEmpty()); // never shown as an error
    QCOMPARE(roles->model()->rowCount(), 0);
}

void TestRolesViewModel::assignGivesAndTakesAwayARole()
{
    auto roles = makeLoaded();
    QVERIFY(roles);
    const QString roleId = roleIdNamed(*roles, u"Read-only auditors"_s);
    QVERIFY(!roleId.isEmpty());
    QList<RoleHolder> wanted = roles->holders(roleId);
    // One member and one key that do not hold it yet, and hold some other role.
    RoleHolder *member = nullptr;
    RoleHolder *key = nullptr;
    for (RoleHolder &h : wanted) {
        if (h.holds || h.assignedRoleIds.isEmpty())
            continue;
        if (h.kind == RoleHolder::Kind::Member && !member)
            member = &h;
        if (h.kind == RoleHolder::Kind::ApiKey && !key)
            key = &h;
    }
    QVERIFY(member && key);
    member->holds = true;
    key->holds = true;
    const QString memberId = member->id;
    const QString keyId = key->id;

    QSignalSpy reloaded(roles.get(), &RemoteViewModel::loadFinished);
    RoleHoldersUpdate *update = roles->assignRole(roleId, wanted);
    QVERIFY(waitForEnd(update));
    QVERIFY2(update->refusal().isEmpty(), qPrintable(update->refusal()));
    QCOMPARE(update->results().size(), 2);
    QCOMPARE(update->succeededCount(), 2);
    QCOMPARE(update->failedCount(), 0);
    QVERIFY(update->summary().contains(u"role given"_s));
    // The roles are listed again, and now say what the server has.
    QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), kTimeoutMs);
    QList<RoleHolder> after = roles->holders(roleId);
    QVERIFY(findHolder(after, RoleHolder::Kind::Member, memberId)->holds);
    QVERIFY(findHolder(after, RoleHolder::Kind::ApiKey, keyId)->holds);
    // Other roles the key held are kept.
    QVERIFY(findHolder(after, RoleHolder::Kind::ApiKey, keyId)->assignedRoleIds.size() >= 2);

    // And back.
    for (RoleHolder &h : after) {
        if ((h.kind == RoleHolder::Kind::Member && h.id == memberId)
            || (h.kind == RoleHolder::Kind::ApiKey && h.id == keyId))
            h.holds = false;
    }
    reloaded.clear();
    update = roles->assignRole(roleId, after);
    QVERIFY(waitForEnd(update));
    QCOMPARE(update->succeededCount(), 2);
    QVERIFY(update->summary().contains(u"role taken away"_s));
    QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), kTimeoutMs);
    after = roles->holders(roleId);
    QVERIFY(!findHolder(after, RoleHolder::Kind::Member, memberId)->holds);
    QVERIFY(!findHolder(after, RoleHolder::Kind::ApiKey, keyId)->holds);
}

void TestRolesViewModel::assignReportsEachHolderThatFailed()
{
    // A key made for this test, then deleted behind the view-model's back: its update
    // fails (404) while the other key's succeeds, and the result says which is which.
    ApiKeyCreateRequest create;
    create.name = u"holder-to-vanish"_s;
    create.roles = { u"developer"_s };
    std::optional<ApiResult<ApiKeyCreateResult>> created;
    m_session->api()->openapiKeyCreate(m_organizationId, create, RequestPriority::Interactive, this,
                                       [&created](ApiResult<ApiKeyCreateResult> r) { created = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), kTimeoutMs);
    QVERIFY(created->hasValue());
    const QString vanishingId = created->value().key.id;

    auto roles = makeLoaded();
    QVERIFY(roles);
    const QString roleId = roleIdNamed(*roles, u"Read-only auditors"_s);
    QList<RoleHolder> wanted = roles->holders(roleId);
    QString survivorId;
    for (RoleHolder &h : wanted) {
        if (h.kind != RoleHolder::Kind::ApiKey || h.holds || h.assignedRoleIds.isEmpty())
            continue;
        if (h.id == vanishingId || survivorId.isEmpty()) {
            h.holds = true;
            if (h.id != vanishingId)
                survivorId = h.id;
        }
    }
    QVERIFY(!survivorId.isEmpty());
    QVERIFY(findHolder(wanted, RoleHolder::Kind::ApiKey, vanishingId)->holds);

    std::optional<ApiResult<Nothing>> deleted;
    m_session->api()->openapiKeyDelete(m_organizationId, vanishingId, RequestPriority::Interactive, this,
                                       [&deleted](ApiResult<Nothing> r) { deleted = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), kTimeoutMs);
    QVERIFY(deleted->hasValue());

    RoleHoldersUpdate *update = roles->assignRole(roleId, wanted);
    QVERIFY(waitForEnd(update));
    QCOMPARE(update->results().size(), 2);
    QCOMPARE(update->succeededCount(), 1);
    QCOMPARE(update->failedCount(), 1);
    for (const RoleHoldersUpdate::Result &r : update->results()) {
        QCOMPARE(r.succeeded, r.holder.id == survivorId);
        QCOMPARE(r.errorText.isEmpty(), r.succeeded);
    }
    const QString summary = update->summary();
    QVERIFY2(summary.contains(u"holder-to-vanish: not changed"_s), qPrintable(summary));
    QVERIFY2(summary.contains(u"role given"_s), qPrintable(summary));
}

void TestRolesViewModel::assignRefusesBeforeSending()
{
    auto roles = makeLoaded();
    QVERIFY(roles);
    const QString roleId = roleIdNamed(*roles, u"Read-only auditors"_s);
    const QList<RoleHolder> unchanged = roles->holders(roleId);
    QCOMPARE(roles->validateHolders(roleId, unchanged), u"Nothing to change."_s);
    QVERIFY(roles->validateHolders(u"no-such-role"_s, unchanged).contains(u"no longer listed"_s));

    // Someone who holds just one role: taking it away would leave them with none.
    QString onlyRoleId;
    QList<RoleHolder> wanted;
    for (const Role &role : roles->model()->roles()) {
        wanted = roles->holders(role.id);
        for (RoleHolder &h : wanted) {
            if (h.holds && h.assignedRoleIds.size() == 1 && onlyRoleId.isEmpty()) {
                h.holds = false;
                onlyRoleId = role.id;
            }
        }
        if (!onlyRoleId.isEmpty())
            break;
    }
    const bool found = !onlyRoleId.isEmpty();
    QVERIFY(found);
    QVERIFY(roles->validateHolders(onlyRoleId, wanted).contains(u"without any role"_s));
    RoleHoldersUpdate *update = roles->assignRole(onlyRoleId, wanted);
    QVERIFY(waitForEnd(update));
    QVERIFY(update->refusal().contains(u"without any role"_s));
    QVERIFY(update->results().isEmpty());
}

QTEST_GUILESS_MAIN(TestRolesViewModel)
#include "tst_rolesviewmodel.moc"
