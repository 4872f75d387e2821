// One odd row never blanks a list: for every list a page reads (services, API
// keys, members, invitations, activities, usage records, backups), a reply where
// one row does not decode and others carry spec-valid but unusual values
// (fractional numbers where the spec says number, null where it allows null,
// enum values the app has never heard of). Served over loopback by a canned
// server, read through the real session, CloudApi and view-model, shown by the
// real page: the readable rows show, the page says how many could not be read.

#include "CannedServer.h"
#include "SignedInComposition.h"
#include "api/ApiSession.h"
#include "pages/ActivityPage.h"
#include "pages/KeysPage.h"
#include "pages/MembersPage.h"
#include "pages/ServicesPage.h"
#include "pages/UsagePage.h"
#include "viewmodels/ApiKeysViewModel.h"
#include "viewmodels/BackupListModel.h"
#include "viewmodels/ServiceDetailsViewModel.h"
#include "viewmodels/ServicesViewModel.h"
#include "widgets/ErrorBanner.h"
#include "widgets/IsolatingItemDelegate.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>
#include <type_traits>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

const QByteArray kServices = R"([
  {"id":"3b9e1f0c-0000-4000-8000-000000000001","name":"alpha","provider":"aws","region":"us-east-1",
   "state":"running","autoscalingMode":"vertical",
   "endpoints":[{"protocol":"https","host":"alpha.example.invalid","port":8443.5}],
   "idleTimeoutMinutes":7.5,"minReplicaMemoryGb":8,"maxReplicaMemoryGb":16},
  {"id":"3b9e1f0c-0000-4000-8000-000000000002","name":"beta","provider":"gcp","state":"stopped",
   "numReplicas":"two"},
  {"id":"3b9e1f0c-0000-4000-8000-000000000003","name":"gamma","provider":"azure",
   "state":"hibernating_in_2030","someFieldFromTheFuture":{"nested":[1,2,3]}}
])";

} // namespace

const QString kOrganizationId = u"0f6a1c2e-0000-4000-8000-00000000000a"_s;

QByteArray envelope(const QByteArray &result)
{
    return R"({"status":200,"requestId":"5f2b8e4e-1c1d-4d4e-9a55-3f0c4b6f7a10","result":)" + result + "}";
}

/// The page name --page takes for each page type the tests load.
template<typename P>
QString pageNameOf()
{
    if constexpr (std::is_same_v<P, ServicesPage>)
        return u"services"_s;
    else if constexpr (std::is_same_v<P, KeysPage>)
        return u"keys"_s;
    else if constexpr (std::is_same_v<P, MembersPage>)
        return u"members"_s;
    else if constexpr (std::is_same_v<P, ActivityPage>)
        return u"activity"_s;
    else
        return u"usage"_s;
}

/// A page signed in, through the composition root, to a canned server that
/// answers each path under the organization ("/services", "/keys"…) with the given result.
template<typename P>
class CannedPage
{
public:
    bool load(const QList<QPair<QString, QByteArray>> &results)
    {
        if (!m_server.listen())
            return false;
        for (const auto &[path, result] : results)
            m_server.setAnswer(u"/v1/organizations/"_s + kOrganizationId + path, envelope(result));
        // Signing in asks for the organization first.
        m_server.setAnswer(u"/v1/organizations"_s,
                           envelope(R"([{"id":")" + kOrganizationId.toUtf8()
                                    + R"(","name":"Canned","createdAt":"2023-05-01T00:00:00Z","privateEndpoints":[],)"
                                      R"("byocConfig":[]}])"));
        if (!m_app.signIn(m_server.baseUrl(), u"canned-key"_s, Secret(QByteArray("canned-secret"))))
            return false;
        page = m_app.createPage<P>(pageNameOf<P>());
        if (!page)
            return false;
        page->resize(1200, 700);
        QSignalSpy loaded(page.get(), &Page::loaded);
        page->show(); // a page loads when it is first shown
        return loaded.wait(20000);
    }
    bool load(const QString &path, const QByteArray &result) { return load({ { path, result } }); }

    template<typename W = QTableView>
    W *child(const QString &name) const
    {
        return page->template findChild<W *>(name);
    }

private:
    test::CannedServer m_server;
    test::SignedInComposition m_app;

public:
    std::unique_ptr<P> page; // destroyed before the session it uses
};

/// A services page signed in to a canned server that answers the services list with result.
class CannedServicesPage : public CannedPage<ServicesPage>
{
public:
    bool load(const QByteArray &result) { return CannedPage::load(u"/services"_s, result); }

    ErrorBanner *banner() const { return page->findChild<ErrorBanner *>(u"servicesLoadError"_s); }
    QTableView *table() const { return page->findChild<QTableView *>(u"servicesTable"_s); }
};

class TestTolerantLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneUnreadableServiceLeavesTheOthersShown()
    {
        CannedServicesPage canned;
        QVERIFY(canned.load(kServices));
        const ServicesViewModel *model = canned.page->viewModel();
        QVERIFY(model->errorText().isEmpty());
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(model->serviceAt(0)->name, u"alpha"_s);
        QCOMPARE(model->serviceAt(0)->endpoints.value(0).port, 8443.5);
        QCOMPARE(model->serviceAt(1)->name, u"gamma"_s);
        QVERIFY(model->serviceAt(1)->state.isUnknown());
        QCOMPARE(model->serviceAt(1)->state.raw(), u"hibernating_in_2030"_s);

        QCOMPARE(model->unreadableRows().size(), 1);
        QCOMPARE(model->unreadableRows().first().id, u"3b9e1f0c-0000-4000-8000-000000000002"_s);
        QCOMPARE(model->unreadableRows().first().error.path, u"result[1].numReplicas"_s);

        ErrorBanner *banner = canned.banner();
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), u"1 of 3 services could not be read."_s);
        QVERIFY2(banner->toolTip().contains(u"result[1].numReplicas"_s), qPrintable(banner->toolTip()));
        QVERIFY(banner->toolTip().contains(u"000000000002"_s));
        QCOMPARE(canned.table()->model()->rowCount(), 2);
        QCOMPARE(canned.page->loadWarning(), banner->text());
        QVERIFY(canned.page->loadError().isEmpty());
    }

    void namesCannotSpoofTheTable()
    {
        const QString spoof = u"prod"_s + QChar(0x202E) + u"gnp.exe"_s;
        CannedServicesPage canned;
        QVERIFY(canned.load(R"([{"id":"s1","name":")" + spoof.toUtf8() + R"(","state":"running"}])"));
        QCOMPARE(canned.page->viewModel()->serviceAt(0)->name, spoof); // the model keeps what the server sent

        // What the delegate draws: isolated, without the override.
        const QModelIndex cell = canned.table()->model()->index(0, ServicesViewModel::NameColumn);
        auto *delegate = qobject_cast<IsolatingItemDelegate *>(canned.table()->itemDelegateForIndex(cell));
        QVERIFY(delegate);
        QCOMPARE(delegate->displayedText(cell), QChar(0x2068) + u"prodgnp.exe"_s + QChar(0x2069));
        auto *title = canned.page->findChild<QLabel *>(u"serviceDetailsTitle"_s);
        QVERIFY(title);
        QVERIFY(!title->text().contains(QChar(0x202E)));
    }

    void oneUnreadableKeyLeavesTheOthersShown()
    {
        CannedPage<KeysPage> canned;
        QVERIFY(canned.load(u"/keys"_s, R"([
          {"id":"k1","name":"ci","state":"enabled","roles":["developer"],"expireAt":null,
           "createdAt":"2026-11-01T10:00:00Z"},
          {"id":"k2","name":"broken","createdAt":5},
          {"id":"k3","name":"future","state":"suspended_by_policy","roles":["auditor"],
           "ipAccessList":[{"source":"10.0.0.0/8"}],"unknownField":[1]}
        ])"));
        QTableView *table = canned.child(u"keysTable"_s);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(canned.page->loadError().isEmpty());
        QCOMPARE(canned.page->loadWarning(), u"1 of 3 API keys could not be read."_s);
        auto *banner = canned.child<ErrorBanner>(u"keysErrorBanner"_s);
        QVERIFY(banner && banner->isVisible());
        QCOMPARE(banner->text(), canned.page->loadWarning());
        QVERIFY2(banner->toolTip().contains(u"result[1].createdAt"_s), qPrintable(banner->toolTip()));
        QVERIFY(banner->toolTip().contains(u"k2"_s));
    }

    void oneUnreadableMemberOrInvitationLeavesTheOthersShown()
    {
        CannedPage<MembersPage> canned;
        QVERIFY(canned.load({
            { u"/members"_s, R"([
              {"userId":"u1","name":"Ada","email":"ada@example.invalid","role":"owner_of_everything"},
              {"userId":"u2","name":"Bob","assignedRoles":"admin"}
            ])" },
            { u"/invitations"_s, R"([
              {"id":"i1","email":"new@example.invalid","role":"developer","expireAt":12},
              {"id":"i2","email":"two@example.invalid","role":"admin"},
              {"id":"i3","email":"three@example.invalid"}
            ])" },
            { u"/roles"_s, R"([{"id":"r1","name":"Admin","type":"system"},{"id":"r2","name":7}])" },
        }));
        QVERIFY(canned.page->loadError().isEmpty());
        QCOMPARE(canned.page->loadWarning(),
                 u"1 of 2 members could not be read. 1 of 3 invitations could not be read."_s);
        auto *banner = canned.child<ErrorBanner>(u"membersErrorBanner"_s);
        QVERIFY(banner && banner->isVisible());
        QCOMPARE(banner->text(), canned.page->loadWarning());
        QVERIFY2(banner->toolTip().contains(u"result[1].assignedRoles"_s), qPrintable(banner->toolTip()));
        QVERIFY(banner->toolTip().contains(u"(id u2)"_s));
        QVERIFY(banner->toolTip().contains(u"result[0].expireAt"_s));
        int rows = 0;
        for (const QTableView *table : canned.page->findChildren<QTableView *>())
            rows += table->model()->rowCount();
        QCOMPARE(rows, 1 + 2);
    }

    void oneUnreadableActivityLeavesTheOthersShown()
    {
        CannedPage<ActivityPage> canned;
        QVERIFY(canned.load(u"/activities"_s, R"([
          {"id":"a1","createdAt":"2026-11-30T10:00:00Z","type":"service_teleported","actorType":"robot"},
          {"id":"a2","createdAt":true,"type":"key_create"},
          {"id":"a3","createdAt":"2026-11-30T11:00:00Z","type":"key_create","actorDetails":null}
        ])"));
        QTableView *table = canned.child(u"activityTable"_s);
        QVERIFY(table);
        QCOMPARE(table->model()->rowCount(), 2);
        QVERIFY(canned.page->loadError().isEmpty());
        QCOMPARE(canned.page->loadWarning(), u"1 of 3 activities could not be read."_s);
        auto *banner = canned.child<ErrorBanner>(u"activityErrorBanner"_s);
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->toolTip().contains(u"result[1].createdAt"_s), qPrintable(banner->toolTip()));
    }

    void oneUnreadableUsageRecordLeavesTheOthersShown()
    {
        CannedPage<UsagePage> canned;
        const QByteArray today = QDate::currentDate().toString(Qt::ISODate).toUtf8();
        QVERIFY(canned.load(u"/usageCost"_s, R"({"grandTotalCHC":3.25,"costs":[
          {"date":")" + today + R"(","entityType":"service","entityId":"e1","entityName":"alpha",
           "serviceId":null,"totalCHC":1.125,"metrics":{"computeCHC":1.125}},
          {"date":")" + today + R"(","entityType":"clickpipe","entityName":"pipe","totalCHC":"2.125"},
          {"date":")" + today + R"(","entityType":"warehouse_of_the_future","entityName":"beta","totalCHC":2.125}
        ]})"));
        QVERIFY(canned.page->loadError().isEmpty());
        QCOMPARE(canned.page->loadWarning(), u"1 of 3 usage records could not be read."_s);
        auto *banner = canned.child<ErrorBanner>(u"usageErrorBanner"_s);
        QVERIFY(banner && banner->isVisible());
        QVERIFY2(banner->toolTip().contains(u"result.costs[1].totalCHC"_s), qPrintable(banner->toolTip()));
        int rows = 0;
        for (const QTableView *table : canned.page->findChildren<QTableView *>())
            rows += table->model()->rowCount();
        QVERIFY2(rows >= 2, qPrintable(QString::number(rows)));
    }

    void oneUnreadableBackupLeavesTheOthersListed()
    {
        test::CannedServer server;
        QVERIFY(server.listen());
        const QString service = u"3b9e1f0c-0000-4000-8000-000000000001"_s;
        const QString base = u"/v1/organizations/"_s + kOrganizationId + u"/services/"_s + service;
        server.setAnswer(base + u"/backups"_s, envelope(R"([
          {"id":"b1","status":"done","sizeInBytes":1536.5,"durationInSeconds":0.25,"type":"full"},
          {"id":"b2","status":"done","sizeInBytes":"big"},
          {"id":"b3","status":"frozen_in_time","bucket":{"bucketProvider":"AWS","bucketPath":"backups/x"}}
        ])"));
        server.setAnswer(base + u"/backupConfiguration"_s, envelope(R"({"backupPeriodInHours":24.5})"));
        auto opened = ApiSession::open(server.baseUrl(), u"canned-key"_s, Secret(QByteArray("canned-secret")));
        QVERIFY(opened);
        const std::unique_ptr<ApiSession> session = std::move(opened).value();
        ServicesViewModel services;
        ServiceDetailsViewModel details(&services);
        details.setContext(session.get(), kOrganizationId);
        details.setServiceId(service);
        details.ensureBackups();
        QTRY_COMPARE_WITH_TIMEOUT(details.backupsState(), ServiceDetailsViewModel::PartState::Loaded, 20000);
        QCOMPARE(details.backups()->rowCount(), 2);
        QCOMPARE(details.backupsWarning(), u"1 of 3 backups could not be read."_s);
        QCOMPARE(details.unreadableBackups().size(), 1);
        QCOMPARE(details.unreadableBackups().first().id, u"b2"_s);
        QCOMPARE(details.unreadableBackups().first().error.path, u"result[1].sizeInBytes"_s);
    }

    void aResultThatIsNotAListStillBlanksThePage()
    {
        CannedServicesPage canned;
        QVERIFY(canned.load(R"({"id":"x"})"));
        QCOMPARE(canned.page->viewModel()->rowCount(), 0);
        QVERIFY(canned.page->viewModel()->unreadableRows().isEmpty());
        QVERIFY(canned.page->viewModel()->errorText().contains(u"result"_s));
        QVERIFY(canned.banner()->text().startsWith(u"The services could not be loaded"_s));
        QVERIFY(!canned.page->loadError().isEmpty());

        CannedPage<ActivityPage> activity;
        QVERIFY(activity.load(u"/activities"_s, R"({"id":"a1"})"));
        QVERIFY(!activity.page->loadError().isEmpty());
        QVERIFY(activity.page->loadWarning().isEmpty());
        QVERIFY(activity.child<ErrorBanner>(u"activityErrorBanner"_s)->text().startsWith(u"Could not load"_s));
    }
};

QTEST_MAIN(TestTolerantLists)
#include "tst_tolerantlists.moc"
