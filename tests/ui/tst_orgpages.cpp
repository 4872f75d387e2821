// The organization pages (members & invitations, activity, usage, organization)
// driven as a user would, offscreen, against a running emulator.

#include "EmulatorProcess.h"
#include "SignedInComposition.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "api/RequestLog.h"
#include "pages/ActivityPage.h"
#include "pages/MembersPage.h"
#include "pages/OrganizationPage.h"
#include "pages/UsagePage.h"
#include "pages/org/RolePicker.h"
#include "pages/org/UsageChartView.h"
#include "viewmodels/ActivityViewModel.h"
#include "viewmodels/InvitationsViewModel.h"
#include "viewmodels/MembersViewModel.h"
#include "viewmodels/OrganizationViewModel.h"
#include "viewmodels/QuotasViewModel.h"
#include "viewmodels/RolesViewModel.h"
#include "viewmodels/UsageViewModel.h"
#include "widgets/ScriptedPrompter.h"

#include <QBarCategoryAxis>
#include <QComboBox>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedBarSeries>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;

int requestsOf(const ApiSession &session, const QString &operationId)
{
    int count = 0;
    const auto entries = session.requestLog()->entries();
    for (const RequestLogEntry &entry : entries)
        count += entry.operationId == operationId ? 1 : 0;
    return count;
}

/// Saves a picture of the page when CHCLOUD_SCREENSHOT_DIR is set (to look at it).
void saveShot(QWidget &page, const QString &name)
{
    const QString dir = qEnvironmentVariable("CHCLOUD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        page.grab().save(QDir(dir).filePath(name + u".png"_s));
}

} // namespace

class TestOrgPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();

    void members_inviteThroughDialog();
    void members_invalidAddressCannotBeSent();
    void members_revokeAsksFirst_data();
    void members_revokeAsksFirst();
    void members_removeNamesTheMember();
    void activity_typingNarrowsRows();
    void activity_typeFilterNarrowsRows();
    void activity_exportWritesShownRows();
    void usage_chartHasSeriesAfterLoad();
    void organization_renameInPlace();
    void organization_showsQuotasWithUsage();
    void organization_showsRolesWithPolicies();

private:
    /// Shows the page at a desktop size and waits for its first load.
    bool loadPage(Page *page)
    {
        if (!page)
            return false;
        page->resize(1280, 800);
        QSignalSpy loaded(page, &Page::loaded);
        page->show(); // a page loads when it is first shown
        return (loaded.wait(kTimeoutMs) || !loaded.isEmpty()) && page->isLoaded();
    }

    std::unique_ptr<test::EmulatorProcess> m_emulator;
    std::unique_ptr<test::SignedInComposition> m_app;
    QString m_organizationId;
    ScriptedPrompter m_prompter;
    std::unique_ptr<ScopedPrompter> m_installed;
};

void TestOrgPages::initTestCase()
{
    m_installed = std::make_unique<ScopedPrompter>(&m_prompter);
    m_emulator = std::make_unique<test::EmulatorProcess>(
        QStringList { u"--rate-limit"_s, u"1000"_s, u"--rate-window-ms"_s, u"1000"_s });
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
    SchedulerConfig config;
    config.limit = 1000;
    config.window = std::chrono::milliseconds(1000);
    m_app = std::make_unique<test::SignedInComposition>();
    QVERIFY(
        m_app->signIn(m_emulator->baseUrl(), m_emulator->keyId(), Secret(m_emulator->keySecret()), config, kTimeoutMs));
    m_organizationId = m_app->organizationId();
    QVERIFY(!m_organizationId.isEmpty());
}

void TestOrgPages::cleanupTestCase()
{
    QCOMPARE(m_prompter.unscripted(), 0);
    m_installed.reset();
    m_app.reset();
    m_emulator.reset();
}

void TestOrgPages::members_inviteThroughDialog()
{
    auto page = m_app->createPage<MembersPage>(u"members"_s);
    QVERIFY(loadPage(page.get()));
    saveShot(*page, u"members"_s);
    QTableView *table = page->findChild<QTableView *>(u"invitationsTable"_s);
    QVERIFY(table);
    const int before = table->model()->rowCount();

    bool sendEnabled = false;
    m_prompter.answerNextDialog([&sendEnabled](QDialog *dialog) {
        auto *email = dialog->findChild<QLineEdit *>(u"inviteEmailEdit"_s);
        auto *roles = dialog->findChild<RolePicker *>(u"inviteRolePicker"_s);
        auto *send = dialog->findChild<QPushButton *>(u"inviteSendButton"_s);
        if (!email || !roles || !send)
            return int(QDialog::Rejected);
        QTest::keyClicks(email, u"page->invitee@example.com"_s);
        if (roles->checkedChoices().isEmpty())
            roles->check(roles->item(0)->text());
        sendEnabled = send->isEnabled();
        return int(QDialog::Accepted);
    });
    page->inviteMember();
    QCOMPARE(m_prompter.dialogs().last(), u"inviteDialog"_s);
    QVERIFY(sendEnabled);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), before + 1, kTimeoutMs);
    bool found = false;
    for (int row = 0; row < table->model()->rowCount(); ++row)
        found = found
            || table->model()->index(row, InvitationsModel::EmailColumn).data() == u"page->invitee@example.com"_s;
    QVERIFY(found);
}

void TestOrgPages::members_invalidAddressCannotBeSent()
{
    auto page = m_app->createPage<MembersPage>(u"members"_s);
    QVERIFY(loadPage(page.get()));
    const int requests = requestsOf(*m_app->session(), u"invitationCreate"_s);

    bool sendEnabled = true;
    QString problem;
    m_prompter.answerNextDialog([&](QDialog *dialog) {
        auto *email = dialog->findChild<QLineEdit *>(u"inviteEmailEdit"_s);
        QTest::keyClicks(email, u"not an address"_s);
        sendEnabled = dialog->findChild<QPushButton *>(u"inviteSendButton"_s)->isEnabled();
        problem = dialog->findChild<QLabel *>(u"inviteProblemLabel"_s)->text();
        return int(QDialog::Rejected);
    });
    page->inviteMember();
    QVERIFY(!sendEnabled);
    QVERIFY(!problem.isEmpty());
    QCOMPARE(requestsOf(*m_app->session(), u"invitationCreate"_s), requests);
}

void TestOrgPages::members_revokeAsksFirst_data()
{
    QTest::addColumn<bool>("confirm");
    QTest::newRow("confirmed revokes") << true;
    QTest::newRow("declined keeps the invitation") << false;
}

void TestOrgPages::members_revokeAsksFirst()
{
    QFETCH(bool, confirm);
    auto page = m_app->createPage<MembersPage>(u"members"_s);
    QVERIFY(loadPage(page.get()));
    InvitationsModel *model = page->invitationsViewModel()->model();
    QVERIFY(model->rowCount() > 0);
    const Invitation invitation = *model->invitationAt(0);
    QVERIFY(page->selectInvitation(invitation.id));
    QCOMPARE(page->selectedInvitationId(), invitation.id);
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    QSignalSpy revoked(page->invitationsViewModel(), &InvitationsViewModel::invitationRevoked);
    const int requests = requestsOf(*m_app->session(), u"invitationDelete"_s);

    m_prompter.answerNext(confirm ? QMessageBox::Yes : QMessageBox::No);
    page->findChild<QPushButton *>(u"revokeInvitationButton"_s)->click();
    QCOMPARE(m_prompter.questions().last().objectName, u"confirmRevokeInvitation"_s);
    QVERIFY(m_prompter.questions().last().text.contains(invitation.email));
    if (confirm) {
        QVERIFY(revoked.wait(kTimeoutMs));
        QCOMPARE(removed.count(), 1);
        QCOMPARE(model->rowOf(invitation.id), -1);
    } else {
        QCOMPARE(requestsOf(*m_app->session(), u"invitationDelete"_s), requests);
        QCOMPARE(removed.count(), 0);
        QVERIFY(model->rowOf(invitation.id) >= 0);
    }
}

void TestOrgPages::members_removeNamesTheMember()
{
    auto page = m_app->createPage<MembersPage>(u"members"_s);
    QVERIFY(loadPage(page.get()));
    MembersModel *model = page->membersViewModel()->model();
    QVERIFY(model->rowCount() >= 2);
    const Member member = *model->memberAt(model->rowCount() - 1);
    QVERIFY(page->selectMember(member.userId));
    QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);
    m_prompter.answerNext(QMessageBox::Yes);
    page->removeSelectedMember();
    const auto &question = m_prompter.questions().last();
    QCOMPARE(question.objectName, u"confirmRemoveMember"_s);
    QVERIFY(question.text.contains(member.email));
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, kTimeoutMs);
    QCOMPARE(model->rowOf(member.userId), -1);
}

void TestOrgPages::activity_typingNarrowsRows()
{
    auto page = m_app->createPage<ActivityPage>(u"activity"_s);
    QVERIFY(loadPage(page.get()));
    ActivityViewModel *viewModel = page->viewModel();
    QSignalSpy finished(viewModel, &RemoteViewModel::loadFinished);
    viewModel->setRange(viewModel->toDate().addDays(-89), viewModel->toDate());
    page->refresh();
    QVERIFY(finished.wait(kTimeoutMs));
    saveShot(*page, u"activity"_s);
    QTableView *table = page->findChild<QTableView *>(u"activityTable"_s);
    const int all = table->model()->rowCount();
    QVERIFY(all > 2);

    // Type the label of the rarest activity type.
    ActivityModel::TypeChoice rarest = viewModel->model()->types().first();
    for (const auto &choice : viewModel->model()->types()) {
        if (choice.count < rarest.count)
            rarest = choice;
    }
    auto *search = page->findChild<QLineEdit *>(u"activitySearchEdit"_s);
    QTest::keyClicks(search, rarest.label);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() < all, kTimeoutMs);
    QVERIFY(table->model()->rowCount() >= rarest.count);
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QModelIndex source = viewModel->filterModel()->mapToSource(viewModel->filterModel()->index(row, 0));
        QVERIFY(viewModel->model()->matches(source.row(), rarest.label));
    }
    search->clear();
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), all, kTimeoutMs);
}

void TestOrgPages::activity_typeFilterNarrowsRows()
{
    auto page = m_app->createPage<ActivityPage>(u"activity"_s);
    QVERIFY(loadPage(page.get()));
    auto *combo = page->findChild<QComboBox *>(u"activityTypeFilter"_s);
    QVERIFY(combo);
    QCOMPARE(combo->count(), int(page->viewModel()->model()->types().size()) + 1);
    QVERIFY(combo->count() >= 3);
    combo->setCurrentIndex(1);
    const auto choice = page->viewModel()->model()->types().first();
    QCOMPARE(page->table()->model()->rowCount(), choice.count);
    combo->setCurrentIndex(0);
    QCOMPARE(page->table()->model()->rowCount(), page->viewModel()->model()->rowCount());
}

void TestOrgPages::activity_exportWritesShownRows()
{
    auto page = m_app->createPage<ActivityPage>(u"activity"_s);
    QVERIFY(loadPage(page.get()));
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"activity.csv"_s);
    QVERIFY(page->exportCsvTo(path));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray csv = file.readAll();
    QCOMPARE(csv.count("\r\n"), page->table()->model()->rowCount() + 1);
}

void TestOrgPages::usage_chartHasSeriesAfterLoad()
{
    auto page = m_app->createPage<UsagePage>(u"usage"_s);
    QVERIFY(loadPage(page.get()));
    saveShot(*page, u"usage"_s);
    const UsageChartData &data = page->viewModel()->chartData();
    QVERIFY(!data.series.isEmpty());
    QCOMPARE(page->chartView()->series()->count(), int(data.series.size()));
    QCOMPARE(page->chartView()->dayAxis()->count(), int(data.days.size()));
    QVERIFY(!page->findChild<QLabel *>(u"usageTotalLabel"_s)->text().isEmpty());
    QVERIFY(page->table()->model()->rowCount() > 0);

    // Fewer services in the chart: the rest become "Other".
    page->findChild<QSpinBox *>(u"usageTopNSpin"_s)->setValue(1);
    QCOMPARE(page->chartView()->series()->count(), 2);
}

void TestOrgPages::organization_renameInPlace()
{
    auto page = m_app->createPage<OrganizationPage>(u"organization"_s);
    QVERIFY(loadPage(page.get()));
    saveShot(*page, u"organization"_s);
    QLineEdit *name = page->nameEdit();
    auto *rename = page->findChild<QPushButton *>(u"organizationRenameButton"_s);
    QVERIFY(!name->text().isEmpty());
    QVERIFY(!rename->isEnabled()); // nothing changed yet
    QCOMPARE(page->findChild<QLineEdit *>(u"organizationIdEdit"_s)->text(), m_organizationId);

    name->clear();
    QVERIFY(!rename->isEnabled()); // blank is not a name
    QTest::keyClicks(name, u"Renamed From The Page"_s);
    QVERIFY(rename->isEnabled());
    QSignalSpy renamed(page->viewModel(), &OrganizationViewModel::renamed);
    rename->click();
    QVERIFY(renamed.wait(kTimeoutMs));
    QCOMPARE(page->viewModel()->organization()->name, u"Renamed From The Page"_s);
    QVERIFY(!rename->isEnabled());
}

void TestOrgPages::organization_showsQuotasWithUsage()
{
    auto page = m_app->createPage<OrganizationPage>(u"organization"_s);
    QVERIFY(loadPage(page.get()));
    auto *table = page->findChild<QTableView *>(u"quotasTable"_s);
    QVERIFY(table);
    QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 3, kTimeoutMs);
    saveShot(*page, u"organization-quotas"_s);
    QStringList names;
    QString servicesUsage;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        names.append(table->model()->index(row, QuotasModel::NameColumn).data().toString());
        if (table->model()->index(row, 0).data(QuotasModel::QuotaCodeRole).toString() == u"services-per-organization"_s)
            servicesUsage = table->model()->index(row, QuotasModel::UsageColumn).data().toString();
    }
    QVERIFY(names.contains(u"Services per organization"_s));
    QVERIFY2(servicesUsage.contains(u" of "_s), qPrintable(servicesUsage));
    // No load error, nothing loading: the status line is out of the way.
    QVERIFY(page->findChild<QLabel *>(u"quotasStatus"_s)->isHidden());
    QVERIFY(!page->quotasViewModel()->isBusy());
}

void TestOrgPages::organization_showsRolesWithPolicies()
{
    auto page = m_app->createPage<OrganizationPage>(u"organization"_s);
    QVERIFY(loadPage(page.get()));
    auto *table = page->findChild<QTableView *>(u"rolesTable"_s);
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 8, kTimeoutMs);
    saveShot(*page, u"organization-roles"_s);
    bool systemShown = false;
    QString readersPolicies;
    QString readersHolders;
    for (int row = 0; row < table->model()->rowCount(); ++row) {
        const QString name = table->model()->index(row, RolesModel::NameColumn).data().toString();
        systemShown |= name == u"Admin"_s
            && table->model()->index(row, RolesModel::TypeColumn).data().toString() == u"System"_s;
        if (name == u"Analytics readers"_s) {
            readersPolicies = table->model()->index(row, RolesModel::PoliciesColumn).data().toString();
            readersHolders = table->model()->index(row, RolesModel::HoldersColumn).data().toString();
        }
    }
    QVERIFY(systemShown);
    QVERIFY2(readersPolicies.contains(u"Deny"_s), qPrintable(readersPolicies));
    QCOMPARE(readersHolders, u"API key Grafana metrics"_s);
    QVERIFY(page->findChild<QLabel *>(u"rolesStatus"_s)->isHidden());
}

QTEST_MAIN(TestOrgPages)
#include "tst_orgpages.moc"
