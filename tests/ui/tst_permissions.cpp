// Permission-aware actions and the services quota, offscreen over a running
// emulator (seeded "demo", its services-per-organization quota set below the
// seeded services): a key with the Developer role sees the Services, API Keys and
// Members actions disabled with a tooltip naming the missing permission, the
// admin key sees them enabled, and a service over the quota is refused in the
// create dialog before anything is sent.

#include "EmulatorProcess.h"
#include "SignedInComposition.h"
#include "api/ApiSession.h"
#include "api/RequestLog.h"
#include "pages/KeysPage.h"
#include "pages/MembersPage.h"
#include "pages/ServicesPage.h"
#include "pages/services/ServiceCreateDialog.h"
#include "viewmodels/KeyPermissionsViewModel.h"
#include "viewmodels/ServicesViewModel.h"
#include "widgets/ScriptedPrompter.h"

#include <QAction>
#include <QDialog>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace chcloud;

namespace {

constexpr int kTimeoutMs = 20000;
constexpr int kServiceQuota = 3;

qsizetype countRequests(ApiSession *session, const QByteArray &method, const QString &pathEnd)
{
    qsizetype count = 0;
    for (const RequestLogEntry &entry : session->requestLog()->entries()) {
        if (entry.method == method && entry.pathAndQuery.endsWith(pathEnd))
            ++count;
    }
    return count;
}

} // namespace

class TestPermissions : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorProcess> m_emulator;
    std::unique_ptr<test::SignedInComposition> m_admin;
    std::unique_ptr<test::SignedInComposition> m_developer;
    QString m_organizationId;
    ScriptedPrompter m_prompter;
    std::unique_ptr<ScopedPrompter> m_installed;

    template<typename PageType>
    std::unique_ptr<PageType> shownPage(test::SignedInComposition *app, const QString &name)
    {
        auto page = app->createPage<PageType>(name);
        if (!page)
            return page;
        page->resize(1280, 760);
        QSignalSpy loaded(page.get(), &Page::loaded);
        page->show();
        if (!page->isLoaded() && !loaded.wait(kTimeoutMs))
            return {};
        return page;
    }

    static bool permissionsKnown(test::SignedInComposition *app)
    {
        return QTest::qWaitFor([app] { return app->root().permissions()->permissions().isKnown(); }, kTimeoutMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = std::make_unique<test::EmulatorProcess>(
            QStringList { u"--rate-limit"_s, u"500"_s, u"--rate-window-ms"_s, u"1000"_s, u"--service-quota"_s,
                          QString::number(kServiceQuota) });
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_organizationId = m_emulator->raw("GET", u"/_emulator/health"_s)[u"organizationId"_s].toString();
        SchedulerConfig config;
        config.limit = 500;
        config.window = std::chrono::milliseconds(1000);
        m_admin = std::make_unique<test::SignedInComposition>();
        QVERIFY(m_admin->signIn(m_emulator->baseUrl(), m_emulator->keyId(), Secret(m_emulator->keySecret()), config));

        // A key holding only the system Developer role.
        QString developerRole;
        const QJsonArray roles
            = m_emulator->raw("GET", u"/v1/organizations/"_s + m_organizationId + u"/roles"_s)[u"result"_s].toArray();
        for (const QJsonValue &role : roles) {
            if (role[u"name"_s].toString() == u"Developer"_s)
                developerRole = role[u"id"_s].toString();
        }
        QVERIFY(!developerRole.isEmpty());
        const QJsonObject created = m_emulator
                                        ->raw("POST", u"/v1/organizations/"_s + m_organizationId + u"/keys"_s,
                                              { { u"name"_s, u"read-only desk"_s },
                                                { u"assignedRoleIds"_s, QJsonArray { developerRole } } })[u"result"_s]
                                        .toObject();
        m_developer = std::make_unique<test::SignedInComposition>();
        QVERIFY(m_developer->signIn(m_emulator->baseUrl(), created[u"keyId"_s].toString(),
                                    Secret(created[u"keySecret"_s].toString()), config));
        m_installed = std::make_unique<ScopedPrompter>(&m_prompter);
    }

    void cleanupTestCase()
    {
        m_installed.reset();
        m_developer.reset();
        m_admin.reset();
        m_emulator.reset();
    }

    void developerKeySeesDisabledActionsWithTheMissingPermission()
    {
        auto services = shownPage<ServicesPage>(m_developer.get(), u"services"_s);
        QVERIFY(services);
        QVERIFY(permissionsKnown(m_developer.get()));
        const QString serviceManage = Page::missingPermissionText(u"control-plane:service:manage"_s);
        QVERIFY(serviceManage.startsWith(u"Your API key lacks the permission"_s));
        QVERIFY(!services->selectedServiceId().isEmpty());
        for (const QString &name :
             { u"newServiceAction"_s, u"renameServiceAction"_s, u"resetPasswordAction"_s, u"deleteServiceAction"_s }) {
            auto *action = services->findChild<QAction *>(name);
            QVERIFY2(action, qPrintable(name));
            QVERIFY2(!action->isEnabled(), qPrintable(name));
            QCOMPARE(action->toolTip(), serviceManage);
        }
        // The details tabs' buttons that change the service are held off too, whatever the tab wants.
        for (const QString &name : { u"ipApplyButton"_s, u"tagsApplyButton"_s, u"backupConfigApplyButton"_s }) {
            auto *button = services->findChild<QPushButton *>(name);
            QVERIFY2(button, qPrintable(name));
            button->setEnabled(true); // as a tab does once an edit is staged
            QVERIFY2(!button->isEnabled(), qPrintable(name));
            QCOMPARE(button->toolTip(), serviceManage);
        }
        // Refresh is no permission matter.
        QVERIFY(services->findChild<QAction *>(u"refreshServicesAction"_s)->isEnabled());

        const QString organizationManage = Page::missingPermissionText(u"control-plane:organization:manage"_s);
        auto keys = shownPage<KeysPage>(m_developer.get(), u"keys"_s);
        QVERIFY(keys);
        QTRY_VERIFY_WITH_TIMEOUT(!keys->findChild<QPushButton *>(u"newKeyButton"_s)->isEnabled(), kTimeoutMs);
        for (const QString &name :
             { u"newKeyButton"_s, u"editKeyButton"_s, u"toggleKeyButton"_s, u"deleteKeyButton"_s }) {
            auto *button = keys->findChild<QPushButton *>(name);
            QVERIFY2(button, qPrintable(name));
            QVERIFY2(!button->isEnabled(), qPrintable(name));
            QCOMPARE(button->toolTip(), organizationManage);
        }

        auto members = shownPage<MembersPage>(m_developer.get(), u"members"_s);
        QVERIFY(members);
        auto *invite = members->findChild<QPushButton *>(u"inviteButton"_s);
        QVERIFY(!invite->isEnabled());
        QCOMPARE(invite->toolTip(), organizationManage);
    }

    void adminKeySeesTheActionsEnabled()
    {
        auto services = shownPage<ServicesPage>(m_admin.get(), u"services"_s);
        QVERIFY(services);
        QVERIFY(permissionsKnown(m_admin.get()));
        auto *create = services->findChild<QAction *>(u"newServiceAction"_s);
        QVERIFY(create->isEnabled());
        QVERIFY(!create->toolTip().contains(u"lacks"_s));
        auto *rename = services->findChild<QAction *>(u"renameServiceAction"_s);
        QVERIFY(rename->isEnabled());
        auto *ipApply = services->findChild<QPushButton *>(u"ipApplyButton"_s);
        QVERIFY(ipApply);
        ipApply->setEnabled(true);
        QVERIFY(ipApply->isEnabled());
        QVERIFY(!ipApply->toolTip().contains(u"lacks"_s));

        auto members = shownPage<MembersPage>(m_admin.get(), u"members"_s);
        QVERIFY(members);
        auto *invite = members->findChild<QPushButton *>(u"inviteButton"_s);
        QVERIFY(invite->isEnabled());
        QVERIFY(invite->toolTip().isEmpty());
    }

    void createAtTheQuotaLimitIsRefusedBeforeSending()
    {
        auto services = shownPage<ServicesPage>(m_admin.get(), u"services"_s);
        QVERIFY(services);
        QVERIFY(services->viewModel()->rowCount() >= kServiceQuota);
        ApiSession *session = m_admin->session();
        const qsizetype createsBefore = countRequests(session, "POST", u"/services"_s);

        QString limitText;
        bool createEnabled = true;
        m_prompter.answerNextDialog([&](QDialog *dialog) {
            if (!qobject_cast<ServiceCreateDialog *>(dialog))
                return int(QDialog::Rejected);
            auto *limit = dialog->findChild<QLabel *>(u"quotaLimitLabel"_s);
            // The quotas were not known: the dialog asks for them and says so once they come.
            if (!QTest::qWaitFor([limit] { return !limit->isHidden(); }, kTimeoutMs))
                return int(QDialog::Rejected);
            limitText = limit->text();
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"serviceNameEdit"_s), u"one-too-many"_s);
            auto *button = dialog->findChild<QPushButton *>(u"createServiceButton"_s);
            createEnabled = button->isEnabled();
            button->click();
            QTest::keyClick(dialog, Qt::Key_Return);
            return int(QDialog::Rejected);
        });
        services->findChild<QAction *>(u"newServiceAction"_s)->trigger();
        QCOMPARE(m_prompter.unscripted(), 0);
        // "%n services": the plural form comes from the catalogue, not loaded here.
        QVERIFY2(limitText.startsWith(u"The organization has reached its limit of %1 service"_s.arg(kServiceQuota)),
                 qPrintable(limitText));
        QVERIFY2(limitText.contains(u"(quota services-per-organization)"_s), qPrintable(limitText));
        QVERIFY(!createEnabled);
        QCOMPARE(countRequests(session, "POST", u"/services"_s), createsBefore);
        // The quotas were asked for at background priority.
        bool quotasInBackground = false;
        for (const RequestLogEntry &entry : session->requestLog()->entries()) {
            if (entry.operationId == u"organizationQuotasGetList"_s)
                quotasInBackground = entry.priority == RequestPriority::Background;
        }
        QVERIFY(quotasInBackground);
    }
};

QTEST_MAIN(TestPermissions)
#include "tst_permissions.moc"
