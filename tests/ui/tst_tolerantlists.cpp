// One odd row never blanks a list: a services reply where one row does not
// decode (an integer field sent as text) and another carries spec-valid but
// unusual values (a fractional port, which the spec types as number; a state
// the app has never heard of). Served over loopback by a canned server, read
// through the real session, CloudApi and view-model, shown by the real page.

#include "CannedServer.h"
#include "SignedInComposition.h"
#include "pages/ServicesPage.h"
#include "viewmodels/ServicesViewModel.h"
#include "widgets/ErrorBanner.h"
#include "widgets/IsolatingItemDelegate.h"

#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

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

/// A services page signed in to a canned server that answers the services list with result.
class CannedServicesPage
{
public:
    bool load(const QByteArray &result)
    {
        if (!m_server.listen())
            return false;
        const QString organizationId = u"0f6a1c2e-0000-4000-8000-00000000000a"_s;
        m_server.setAnswer(u"/v1/organizations/"_s + organizationId + u"/services"_s,
                           R"({"status":200,"requestId":"5f2b8e4e-1c1d-4d4e-9a55-3f0c4b6f7a10","result":)" + result
                               + "}");
        // Signing in asks for the organization first.
        m_server.setAnswer(u"/v1/organizations"_s,
                           R"({"status":200,"requestId":"5f2b8e4e-1c1d-4d4e-9a55-3f0c4b6f7a11","result":[{"id":")"
                               + organizationId.toUtf8()
                               + R"(","name":"Canned","createdAt":"2023-05-01T00:00:00Z","privateEndpoints":[],)"
                                 R"("byocConfig":[]}]})");
        if (!m_app.signIn(m_server.baseUrl(), u"canned-key"_s, Secret(QByteArray("canned-secret"))))
            return false;
        page = m_app.createPage<ServicesPage>(u"services"_s);
        if (!page)
            return false;
        page->resize(1200, 700);
        QSignalSpy loaded(page.get(), &Page::loaded);
        page->show(); // a page loads when it is first shown
        return loaded.wait(20000);
    }

    ErrorBanner *banner() const { return page->findChild<ErrorBanner *>(u"servicesLoadError"_s); }
    QTableView *table() const { return page->findChild<QTableView *>(u"servicesTable"_s); }

private:
    test::CannedServer m_server;
    test::SignedInComposition m_app;

public:
    std::unique_ptr<ServicesPage> page; // destroyed before the session it uses
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

    void aResultThatIsNotAListStillBlanksThePage()
    {
        CannedServicesPage canned;
        QVERIFY(canned.load(R"({"id":"x"})"));
        QCOMPARE(canned.page->viewModel()->rowCount(), 0);
        QVERIFY(canned.page->viewModel()->unreadableRows().isEmpty());
        QVERIFY(canned.page->viewModel()->errorText().contains(u"result"_s));
        QVERIFY(canned.banner()->text().startsWith(u"The services could not be loaded"_s));
        QVERIFY(!canned.page->loadError().isEmpty());
    }
};

QTEST_MAIN(TestTolerantLists)
#include "tst_tolerantlists.moc"
