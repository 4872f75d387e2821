// The organization view-models (members, invitations, activity, usage,
// organization) against a running emulator seeded with "demo".

#include "ApiCallWaiting.h"
#include "EmulatorProcess.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "api/RequestLog.h"
#include "viewmodels/ActivityViewModel.h"
#include "viewmodels/InvitationsViewModel.h"
#include "viewmodels/MembersViewModel.h"
#include "viewmodels/OrganizationViewModel.h"
#include "viewmodels/QuotasViewModel.h"
#include "viewmodels/RolesViewModel.h"
#include "viewmodels/UsageViewModel.h"

#include <QAbstractItemModelTester>
#include <QBuffer>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kLoadTimeoutMs = 20000;

/// How many requests of this operation the session's log holds.
int requestsOf(const ApiSession &session, const QString &operationId)
{
    int count = 0;
    const auto entries = session.requestLog()->entries();
    for (const RequestLogEntry &entry : entries) {
        if (entry.operationId == operationId)
            ++count;
    }
    return count;
}

bool nearlyEqual(double a, double b)
{
    return std::abs(a - b) <= 1e-6 * std::max({ 1.0, std::abs(a), std::abs(b) });
}

/// Refreshes the view-model and waits for the end of the load.
bool load(RemoteViewModel &viewModel)
{
    QSignalSpy finished(&viewModel, &RemoteViewModel::loadFinished);
    viewModel.refresh();
    return finished.wait(kLoadTimeoutMs) || !finished.isEmpty();
}

} // namespace

class TestOrgViewModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void members_load();
    void members_changeRole();
    void members_remove();
    void invitations_load();
    void invitations_invite_data();
    void invitations_invite();
    void invitations_revoke();
    void activity_ninetyDaysInWindows();
    void activity_filters_data();
    void activity_filters();
    void activity_exportCsv();
    void activity_namesServicesAndKeys();
    void usage_chartMatchesTable();
    void usage_topNGroupsOther();
    void organization_load();
    void organization_rename_data();
    void organization_rename();
    void quotas_loadWithUsage();
    void roles_policiesAndHolders();

private:
    template<typename ViewModel>
    std::unique_ptr<ViewModel> make()
    {
        auto viewModel = std::make_unique<ViewModel>();
        viewModel->setContext(m_session.get(), m_organizationId);
        return viewModel;
    }

    std::unique_ptr<test::EmulatorProcess> m_emulator;
    std::unique_ptr<ApiSession> m_session;
    QString m_organizationId;
};

void TestOrgViewModels::initTestCase()
{
    // A generous limit: these tests are about the view-models, not the throttle.
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
    QTRY_VERIFY_WITH_TIMEOUT(organizations.has_value(), kLoadTimeoutMs);
    QVERIFY(organizations->hasValue());
    QCOMPARE(organizations->value().size(), 1);
    m_organizationId = organizations->value().first().id;
}

void TestOrgViewModels::cleanupTestCase()
{
    m_session.reset();
    m_emulator.reset();
}

void TestOrgViewModels::members_load()
{
    auto members = make<MembersViewModel>();
    QAbstractItemModelTester tester(members->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy loaded(members.get(), &RemoteViewModel::loadedChanged);
    QVERIFY(load(*members));
    QCOMPARE(loaded.count(), 1);
    QVERIFY2(members->errorText().isEmpty(), qPrintable(members->errorText()));
    QVERIFY(members->isLoaded());
    QVERIFY(!members->isBusy());
    QVERIFY(members->model()->rowCount() >= 2);
    QVERIFY(!members->roleChoices().isEmpty());
    for (int row = 0; row < members->model()->rowCount(); ++row) {
        QVERIFY(!members->model()->index(row, MembersModel::EmailColumn).data().toString().isEmpty());
        QVERIFY(!members->model()->index(row, MembersModel::RolesColumn).data().toString().isEmpty());
    }
}

void TestOrgViewModels::members_changeRole()
{
    auto members = make<MembersViewModel>();
    QAbstractItemModelTester tester(members->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(*members));
    const QList<RoleChoice> choices = members->roleChoices();
    QVERIFY(choices.size() >= 2);

    // Give the last member a role other than the one it shows.
    const int row = members->model()->rowCount() - 1;
    const Member before = *members->model()->memberAt(row);
    const QString rolesBefore = members->model()->index(row, MembersModel::RolesColumn).data().toString();
    RoleChoice target = choices.first();
    for (const RoleChoice &choice : choices) {
        if (choice.name != rolesBefore) {
            target = choice;
            break;
        }
    }
    QVERIFY(target.name != rolesBefore);

    QSignalSpy updated(members.get(), &MembersViewModel::memberUpdated);
    QSignalSpy failed(members.get(), &RemoteViewModel::commandFailed);
    QSignalSpy changed(members->model(), &QAbstractItemModel::dataChanged);
    QSignalSpy removed(members->model(), &QAbstractItemModel::rowsRemoved);
    const int updatesBefore = requestsOf(*m_session, u"memberUpdate"_s);
    members->changeRoles(before.userId, RoleAssignment::fromChoices({ target }));
    QVERIFY(updated.wait(kLoadTimeoutMs));
    QCOMPARE(failed.count(), 0);
    QCOMPARE(updated.first().first().toString(), before.userId);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(removed.count(), 0);
    QCOMPARE(requestsOf(*m_session, u"memberUpdate"_s), updatesBefore + 1);
    QCOMPARE(members->model()->index(row, MembersModel::RolesColumn).data().toString(), target.name);

    // The server kept it: a fresh load shows the new role.
    auto reloaded = make<MembersViewModel>();
    QVERIFY(load(*reloaded));
    const int again = reloaded->model()->rowOf(before.userId);
    QVERIFY(again >= 0);
    QCOMPARE(reloaded->model()->index(again, MembersModel::RolesColumn).data().toString(), target.name);
}

void TestOrgViewModels::members_remove()
{
    auto members = make<MembersViewModel>();
    QAbstractItemModelTester tester(members->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(*members));
    const int rowsBefore = members->model()->rowCount();
    QVERIFY(rowsBefore >= 2);
    // Not the first member: the seed's owner stays.
    const QString userId = members->model()->memberAt(rowsBefore - 1)->userId;

    QSignalSpy removedSignal(members.get(), &MembersViewModel::memberRemoved);
    QSignalSpy removedRows(members->model(), &QAbstractItemModel::rowsRemoved);
    QSignalSpy reset(members->model(), &QAbstractItemModel::modelReset);
    members->removeMember(userId);
    QVERIFY(removedSignal.wait(kLoadTimeoutMs));
    QCOMPARE(removedRows.count(), 1);
    QCOMPARE(reset.count(), 0);
    QCOMPARE(members->model()->rowCount(), rowsBefore - 1);
    QCOMPARE(members->model()->rowOf(userId), -1);

    auto reloaded = make<MembersViewModel>();
    QVERIFY(load(*reloaded));
    QCOMPARE(reloaded->model()->rowOf(userId), -1);
}

void TestOrgViewModels::invitations_load()
{
    auto invitations = make<InvitationsViewModel>();
    QAbstractItemModelTester tester(invitations->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(*invitations));
    QVERIFY2(invitations->errorText().isEmpty(), qPrintable(invitations->errorText()));
    QVERIFY(invitations->model()->rowCount() >= 1);
    for (int row = 0; row < invitations->model()->rowCount(); ++row)
        QVERIFY(invitations->model()->index(row, InvitationsModel::EmailColumn).data().toString().contains(u'@'));
}

void TestOrgViewModels::invitations_invite_data()
{
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("legacyDeveloper");
    QTest::addColumn<bool>("sent");

    QTest::newRow("valid address is invited") << u"new.person@example.com"_s << true << true;
    QTest::newRow("address with spaces around is trimmed and invited") << u"  padded@example.com "_s << true << true;
    QTest::newRow("no at sign is rejected before sending") << u"not-an-address"_s << true << false;
    QTest::newRow("empty address is rejected before sending") << QString() << true << false;
    QTest::newRow("two addresses are rejected before sending") << u"a@example.com, b@example.com"_s << true << false;
    QTest::newRow("no role is rejected before sending") << u"norole@example.com"_s << false << false;
}

void TestOrgViewModels::invitations_invite()
{
    QFETCH(QString, email);
    QFETCH(bool, legacyDeveloper);
    QFETCH(bool, sent);

    auto invitations = make<InvitationsViewModel>();
    QAbstractItemModelTester tester(invitations->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(*invitations));
    const int rowsBefore = invitations->model()->rowCount();
    const int requestsBefore = requestsOf(*m_session, u"invitationCreate"_s);

    QSignalSpy created(invitations.get(), &InvitationsViewModel::invitationCreated);
    QSignalSpy failed(invitations.get(), &RemoteViewModel::commandFailed);
    QSignalSpy inserted(invitations->model(), &QAbstractItemModel::rowsInserted);
    RoleAssignment roles;
    if (legacyDeveloper)
        roles.legacyRole = u"developer"_s;
    QCOMPARE(invitations->invite(email, roles), sent);

    if (sent) {
        QVERIFY(created.wait(kLoadTimeoutMs));
        QCOMPARE(failed.count(), 0);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(invitations->model()->rowCount(), rowsBefore + 1);
        QCOMPARE(created.first().at(1).toString(), email.trimmed().toLower());
        QCOMPARE(requestsOf(*m_session, u"invitationCreate"_s), requestsBefore + 1);
    } else {
        QCOMPARE(failed.count(), 1);
        QVERIFY(!failed.first().first().toString().isEmpty());
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(invitations->model()->rowCount(), rowsBefore);
        // Nothing went out: the log has no new invitationCreate.
        QCOMPARE(requestsOf(*m_session, u"invitationCreate"_s), requestsBefore);
    }
}

void TestOrgViewModels::invitations_revoke()
{
    auto invitations = make<InvitationsViewModel>();
    QAbstractItemModelTester tester(invitations->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(*invitations));
    QVERIFY(invitations->model()->rowCount() >= 1);
    const int rowsBefore = invitations->model()->rowCount();
    const QString id = invitations->model()->invitationAt(0)->id;

    QSignalSpy revoked(invitations.get(), &InvitationsViewModel::invitationRevoked);
    QSignalSpy removedRows(invitations->model(), &QAbstractItemModel::rowsRemoved);
    invitations->revoke(id);
    QVERIFY(revoked.wait(kLoadTimeoutMs));
    QCOMPARE(removedRows.count(), 1);
    QCOMPARE(invitations->model()->rowCount(), rowsBefore - 1);

    auto reloaded = make<InvitationsViewModel>();
    QVERIFY(load(*reloaded));
    QCOMPARE(reloaded->model()->rowOf(id), -1);

    // Revoking it again fails with the server's message, and no row moves.
    QSignalSpy failed(invitations.get(), &RemoteViewModel::commandFailed);
    invitations->revoke(id);
    QVERIFY(failed.wait(kLoadTimeoutMs));
    QVERIFY(!failed.first().first().toString().isEmpty());
    QCOMPARE(removedRows.count(), 1);
}

void TestOrgViewModels::activity_ninetyDaysInWindows()
{
    auto activity = make<ActivityViewModel>();
    QAbstractItemModelTester sourceTester(activity->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(activity->filterModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    activity->setRange(today.addDays(-89), today);

    QSignalSpy reset(activity->model(), &QAbstractItemModel::modelReset);
    QSignalSpy inserted(activity->model(), &QAbstractItemModel::rowsInserted);
    const int before = requestsOf(*m_session, u"activityGetList"_s);
    QVERIFY(load(*activity));
    QVERIFY2(activity->errorText().isEmpty(), qPrintable(activity->errorText()));
    // 90 days in windows of at most 31: three requests, one model reset, no per-row signals.
    QCOMPARE(requestsOf(*m_session, u"activityGetList"_s) - before, 3);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inserted.count(), 0);

    const ActivityModel *rows = activity->model();
    QVERIFY(rows->rowCount() > 5);
    // The seed has activities from 60 days ago: only a range over 31 days holds them.
    const QDateTime cutoff(today.addDays(-31), QTime(0, 0), QTimeZone::utc());
    bool older = false;
    for (int row = 0; row < rows->rowCount(); ++row)
        older = older || rows->createdAtOf(row) < cutoff;
    QVERIFY(older);
    // Newest first, no duplicates across window edges.
    QSet<QString> ids;
    for (int i = 0; i < rows->rowCount(); ++i) {
        const QString id = rows->activityAt(i).id;
        QVERIFY(!ids.contains(id));
        ids.insert(id);
        if (i > 0)
            QVERIFY(rows->createdAtOf(i - 1) >= rows->createdAtOf(i));
    }
    // Every row has a readable type.
    for (int row = 0; row < activity->model()->rowCount(); ++row)
        QVERIFY(!activity->model()->index(row, ActivityModel::TypeColumn).data().toString().isEmpty());
}

void TestOrgViewModels::activity_filters_data()
{
    QTest::addColumn<QString>("filter");

    QTest::newRow("by type") << u"type"_s;
    QTest::newRow("by actor") << u"actor"_s;
    QTest::newRow("by search text") << u"search"_s;
}

void TestOrgViewModels::activity_filters()
{
    QFETCH(QString, filter);

    auto activity = make<ActivityViewModel>();
    QAbstractItemModelTester proxyTester(activity->filterModel(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    activity->setRange(today.addDays(-89), today);
    QVERIFY(load(*activity));
    ActivityModel *model = activity->model();
    ActivityFilterModel *proxy = activity->filterModel();
    const int all = model->rowCount();
    QCOMPARE(proxy->rowCount(), all);
    QVERIFY(model->types().size() >= 2);
    QVERIFY(model->actors().size() >= 2);

    int expected = 0;
    if (filter == u"type"_s) {
        const ActivityModel::TypeChoice choice = model->types().first();
        proxy->setTypeFilter(choice.type);
        expected = choice.count;
        for (int row = 0; row < proxy->rowCount(); ++row)
            QCOMPARE(proxy->index(row, 0).data(ActivityModel::RawTypeRole).toString(), choice.type);
    } else if (filter == u"actor"_s) {
        const ActivityModel::ActorChoice choice = model->actors().first();
        proxy->setActorFilter(choice.label);
        expected = choice.count;
    } else {
        // A user agent or ID is not what a person types; a type label is.
        const ActivityModel::TypeChoice choice = model->types().last();
        const QString needle = choice.label.toUpper();
        proxy->setSearchText(needle);
        for (int row = 0; row < all; ++row) {
            if (model->matches(row, needle))
                ++expected;
        }
        QVERIFY(expected >= choice.count);
    }
    QVERIFY(expected > 0);
    QVERIFY(expected < all);
    QCOMPARE(proxy->rowCount(), expected);

    // Sorting by time, oldest first, keeps the filtered rows.
    proxy->sort(ActivityModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(proxy->rowCount(), expected);
    for (int row = 1; row < proxy->rowCount(); ++row) {
        const QModelIndex a = proxy->mapToSource(proxy->index(row - 1, 0));
        const QModelIndex b = proxy->mapToSource(proxy->index(row, 0));
        QVERIFY(model->createdAtOf(a.row()) <= model->createdAtOf(b.row()));
    }

    // Clearing the filter shows everything again.
    proxy->setTypeFilter({});
    proxy->setActorFilter({});
    proxy->setSearchText({});
    QCOMPARE(proxy->rowCount(), all);
}

void TestOrgViewModels::activity_exportCsv()
{
    auto activity = make<ActivityViewModel>();
    QVERIFY(load(*activity));
    QVERIFY(activity->model()->rowCount() > 0);
    const ActivityModel::TypeChoice choice = activity->model()->types().first();
    activity->filterModel()->setTypeFilter(choice.type);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(activity->exportCsv(&buffer));
    const QList<QByteArray> lines = buffer.data().split('\n');
    // Header + one line per filtered row + the empty rest after the last CRLF.
    QCOMPARE(lines.size(), choice.count + 2);
    QVERIFY(lines.first().startsWith("Time,Activity,"));
    QVERIFY(lines.at(1).contains(choice.type.toUtf8()));
}

void TestOrgViewModels::activity_namesServicesAndKeys()
{
    CloudApi *api = m_session->api();
    const auto services = test::awaitRows<Service>(
        [&](auto done) { api->instanceGetList(m_organizationId, {}, RequestPriority::Interactive, this, done); });
    QVERIFY(services);
    const auto keys = test::awaitRows<ApiKey>(
        [&](auto done) { api->openapiKeyGetList(m_organizationId, RequestPriority::Interactive, this, done); });
    QVERIFY(keys);
    QHash<QString, QString> serviceNames;
    for (const Service &service : *services)
        serviceNames.insert(service.id, service.name);
    QHash<QString, QString> keyNames;
    for (const ApiKey &key : *keys)
        keyNames.insert(key.id, key.name);

    const auto countBackground = [this](const QString &operationId) {
        int count = 0;
        const auto entries = m_session->requestLog()->entries();
        for (const RequestLogEntry &entry : entries)
            count += entry.operationId == operationId && entry.priority == RequestPriority::Background ? 1 : 0;
        return count;
    };
    const int servicesBefore = countBackground(u"instanceGetList"_s);
    const int keysBefore = countBackground(u"openapiKeyGetList"_s);

    auto activity = make<ActivityViewModel>();
    ActivityModel *model = activity->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(*activity));
    QVERIFY2(activity->errorText().isEmpty(), qPrintable(activity->errorText()));

    // The rows that name a known service show its name, the ID in the tooltip.
    const auto namedService = [&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            const Activity a = model->activityAt(row);
            if (!serviceNames.contains(a.serviceId))
                continue;
            const QModelIndex cell = model->index(row, ActivityModel::ServiceColumn);
            if (cell.data().toString() != serviceNames.value(a.serviceId))
                return false;
            if (!cell.data(Qt::ToolTipRole).toString().contains(a.serviceId))
                return false;
        }
        return true;
    };
    const auto namedKey = [&] {
        bool any = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Activity a = model->activityAt(row);
            if (!keyNames.contains(a.targetKeyId))
                continue;
            any = true;
            const QString text = model->index(row, ActivityModel::KeyColumn).data().toString();
            if (!text.startsWith(keyNames.value(a.targetKeyId)) || text.contains(a.targetKeyId))
                return false;
        }
        return any;
    };
    bool anyService = false;
    for (int row = 0; row < model->rowCount(); ++row)
        anyService = anyService || serviceNames.contains(model->activityAt(row).serviceId);
    QVERIFY2(anyService, "the demo seed's last 30 days mention services");
    QTRY_VERIFY_WITH_TIMEOUT(namedService(), kLoadTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(namedKey(), kLoadTimeoutMs);
    // A service's name finds its rows.
    const Activity withService = [&] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (serviceNames.contains(model->activityAt(row).serviceId))
                return model->activityAt(row);
        }
        return Activity {};
    }();
    activity->filterModel()->setSearchText(serviceNames.value(withService.serviceId));
    QVERIFY(activity->filterModel()->rowCount() > 0);
    activity->filterModel()->setSearchText({});

    // Once per organization, at background priority: another range does not ask again.
    const QDate today = QDateTime::currentDateTimeUtc().date();
    activity->setRange(today.addDays(-6), today);
    QVERIFY(load(*activity));
    QCOMPARE(countBackground(u"instanceGetList"_s) - servicesBefore, 1);
    QCOMPARE(countBackground(u"openapiKeyGetList"_s) - keysBefore, 1);
}

void TestOrgViewModels::usage_chartMatchesTable()
{
    auto usage = make<UsageViewModel>();
    QAbstractItemModelTester tester(usage->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester proxyTester(usage->filterModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    const QDate from = today.addDays(-89);
    usage->setRange(from, today);

    QSignalSpy chart(usage.get(), &UsageViewModel::chartChanged);
    QSignalSpy reset(usage->model(), &QAbstractItemModel::modelReset);
    const int before = requestsOf(*m_session, u"usageCostGet"_s);
    QVERIFY(load(*usage));
    QVERIFY2(usage->errorText().isEmpty(), qPrintable(usage->errorText()));
    QCOMPARE(requestsOf(*m_session, u"usageCostGet"_s) - before, 3);
    QCOMPARE(reset.count(), 1);
    QVERIFY(chart.count() >= 1);

    const UsageChartData &data = usage->chartData();
    QCOMPARE(data.days.size(), 90);
    QCOMPARE(data.days.first(), from);
    QCOMPARE(data.days.last(), today);
    QVERIFY(!data.series.isEmpty());
    QVERIFY(usage->model()->rowCount() > 0);

    // The chart, the table and the API's grand total tell the same story.
    double seriesTotal = 0;
    for (const UsageChartSeries &series : data.series) {
        QCOMPARE(series.values.size(), data.days.size());
        double sum = 0;
        for (double v : series.values)
            sum += v;
        QVERIFY(nearlyEqual(sum, series.total));
        seriesTotal += series.total;
    }
    QVERIFY(nearlyEqual(seriesTotal, data.total));
    QVERIFY(nearlyEqual(data.total, usage->model()->total()));
    QVERIFY2(nearlyEqual(usage->grandTotal(), usage->model()->total()),
             qPrintable(u"API %1, records %2"_s.arg(usage->grandTotal()).arg(usage->model()->total())));

    // Per day as well.
    QHash<QDate, double> tableByDay;
    for (const UsageTableModel::Row &row : usage->model()->rows())
        tableByDay[row.date] += row.total;
    for (qsizetype d = 0; d < data.days.size(); ++d)
        QVERIFY(nearlyEqual(data.dayTotal(d), tableByDay.value(data.days.at(d))));

    // Biggest series first.
    for (qsizetype i = 1; i < data.series.size(); ++i) {
        if (!data.series.at(i).isOther)
            QVERIFY(data.series.at(i - 1).total >= data.series.at(i).total);
    }

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(usage->exportCsv(&buffer));
    QCOMPARE(buffer.data().count('\n'), usage->model()->rowCount() + 1);
}

void TestOrgViewModels::usage_topNGroupsOther()
{
    auto usage = make<UsageViewModel>();
    QVERIFY(load(*usage));
    const UsageChartData full = usage->chartData();
    QVERIFY2(full.series.size() >= 3, "the demo seed has several services");

    usage->setTopN(1);
    const UsageChartData grouped = usage->chartData();
    QCOMPARE(grouped.series.size(), 2);
    QCOMPARE(grouped.series.first().key, full.series.first().key);
    QVERIFY(grouped.series.last().isOther);
    QVERIFY(nearlyEqual(grouped.total, full.total));
    QVERIFY(nearlyEqual(grouped.series.last().total, full.total - full.series.first().total));
}

void TestOrgViewModels::organization_load()
{
    auto organization = make<OrganizationViewModel>();
    QAbstractItemModelTester tester(organization->privateEndpoints(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(*organization));
    QVERIFY2(organization->errorText().isEmpty(), qPrintable(organization->errorText()));
    QVERIFY(organization->organization().has_value());
    QCOMPARE(organization->organization()->id, m_organizationId);
    QVERIFY(!organization->organization()->name.isEmpty());
    QCOMPARE(organization->privateEndpoints()->rowCount(), int(organization->organization()->privateEndpoints.size()));
}

void TestOrgViewModels::organization_rename_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("sent");

    QTest::newRow("new name is sent") << u"Acme Analytics (renamed)"_s << true;
    QTest::newRow("blank name is rejected before sending") << u"   "_s << false;
    QTest::newRow("control character is rejected before sending") << u"Acme\x01"_s << false;
    QTest::newRow("overlong name is rejected before sending") << QString(300, u'x') << false;
}

void TestOrgViewModels::organization_rename()
{
    QFETCH(QString, name);
    QFETCH(bool, sent);

    auto organization = make<OrganizationViewModel>();
    QVERIFY(load(*organization));
    const QString before = organization->organization()->name;
    const int requestsBefore = requestsOf(*m_session, u"organizationUpdate"_s);
    QSignalSpy renamed(organization.get(), &OrganizationViewModel::renamed);
    QSignalSpy failed(organization.get(), &RemoteViewModel::commandFailed);

    QCOMPARE(organization->rename(name), sent);
    if (sent) {
        QVERIFY(renamed.wait(kLoadTimeoutMs));
        QCOMPARE(renamed.first().first().toString(), name);
        QCOMPARE(organization->organization()->name, name);
        auto reloaded = make<OrganizationViewModel>();
        QVERIFY(load(*reloaded));
        QCOMPARE(reloaded->organization()->name, name);
    } else {
        QCOMPARE(failed.count(), 1);
        QCOMPARE(organization->organization()->name, before);
        QCOMPARE(requestsOf(*m_session, u"organizationUpdate"_s), requestsBefore);
    }
}

void TestOrgViewModels::quotas_loadWithUsage()
{
    auto quotas = make<QuotasViewModel>();
    QAbstractItemModelTester tester(quotas->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy changed(quotas.get(), &QuotasViewModel::quotasChanged);
    QVERIFY(load(*quotas));
    QVERIFY2(quotas->errorText().isEmpty(), qPrintable(quotas->errorText()));
    QCOMPARE(changed.size(), 1);
    QuotasModel *model = quotas->model();
    QCOMPARE(model->rowCount(), 3);
    const auto services = model->quota(u"services-per-organization"_s);
    QVERIFY(services);
    QVERIFY(services->usage);
    const int row = int(model->quotas().indexOf(*services));
    QCOMPARE(model->index(row, QuotasModel::NameColumn).data().toString(), services->name);
    QCOMPARE(model->index(row, QuotasModel::ScopeColumn).data().toString(), u"Organization"_s);
    QCOMPARE(model->index(row, QuotasModel::UsageColumn).data().toString(),
             u"%1 of %2"_s.arg(*services->usage).arg(services->value));
    QCOMPARE(model->index(row, QuotasModel::NameColumn).data(Qt::ToolTipRole).toString(), services->description);
    QCOMPARE(model->index(row, 0).data(QuotasModel::ReachedRole).toBool(), false);
    // A per-warehouse quota reports no usage: shown as unknown, never as zero.
    const int warehouse = int(model->quotas().indexOf(*model->quota(u"replicas-per-warehouse"_s)));
    QCOMPARE(model->index(warehouse, QuotasModel::UsageColumn).data().toString(), u"—"_s);
    QCOMPARE(model->index(warehouse, QuotasModel::ScopeColumn).data().toString(), u"Per warehouse"_s);
    QVERIFY(!model->index(warehouse, 0).data(QuotasModel::FractionRole).isValid());

    // The texts at and over the limit.
    OrganizationQuota full { u"x"_s, u"X"_s, {}, u"organization"_s, 4, 4, true };
    QCOMPARE(QuotasModel::usageText(full), u"4 of 4 (limit reached)"_s);
    full.usage = 5;
    QCOMPARE(QuotasModel::usageText(full), u"5 of 4 (over the limit)"_s);

    // A new context empties the table until the next load.
    quotas->setContext(m_session.get(), m_organizationId);
    QCOMPARE(model->rowCount(), 0);
}

void TestOrgViewModels::roles_policiesAndHolders()
{
    auto roles = make<RolesViewModel>();
    QAbstractItemModelTester tester(roles->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(load(*roles));
    QVERIFY2(roles->errorText().isEmpty(), qPrintable(roles->errorText()));
    RolesModel *model = roles->model();
    QVERIFY(model->rowCount() >= 8);
    int custom = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        custom += model->index(row, 0).data(RolesModel::IsCustomRole).toBool() ? 1 : 0;
    QVERIFY(custom >= 1);
    QVERIFY(custom < model->rowCount()); // system roles are listed too

    int readers = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, RolesModel::NameColumn).data().toString() == u"Analytics readers"_s)
            readers = row;
    }
    QVERIFY(readers >= 0);
    QCOMPARE(model->index(readers, RolesModel::TypeColumn).data().toString(), u"Custom"_s);
    const QString policies = model->index(readers, RolesModel::PoliciesColumn).data().toString();
    QVERIFY2(policies.startsWith(u"Allow control-plane:service:view"_s), qPrintable(policies));
    QVERIFY2(policies.contains(u" · Deny control-plane:service:manage on instance/"_s), qPrintable(policies));
    QVERIFY2(policies.contains(u"SQL console: sql-console-readonly"_s), qPrintable(policies));
    // Holders by name, not by id.
    QCOMPARE(model->index(readers, RolesModel::HoldersColumn).data().toString(), u"API key Grafana metrics"_s);
    // An actor without a name keeps its id.
    Role orphan;
    orphan.id = u"r"_s;
    orphan.name = u"Orphan"_s;
    orphan.actors = { u"user/gone"_s };
    QCOMPARE(model->holderNames(orphan), QStringList { u"user/gone"_s });
}

QTEST_GUILESS_MAIN(TestOrgViewModels)
#include "tst_orgviewmodels.moc"
