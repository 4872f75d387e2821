// Notices outside the page on screen: keys that expire soon (once a day per key,
// at background priority), service changes the user started, background requests
// that keep failing; and where they are shown.

#include "EmulatorProcess.h"
#include "MainWindow.h"
#include "SignedInComposition.h"
#include "notifications/Notifier.h"
#include "pages/ServicesPage.h"
#include "preferences/Preferences.h"
#include "viewmodels/ServicePoller.h"
#include "viewmodels/ServicesViewModel.h"
#include "widgets/NotificationPresenter.h"

#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <chrono>
#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

constexpr qint64 SecondsPerHour = 3600;

/// The titles and texts of the notices of one kind.
QStringList noticesOf(const QSignalSpy &spy, Notifier::Kind kind)
{
    QStringList texts;
    for (const QList<QVariant> &arguments : spy) {
        if (arguments.at(0).value<Notifier::Kind>() == kind)
            texts.append(arguments.at(1).toString() + u": "_s + arguments.at(2).toString());
    }
    return texts;
}

int keyListRequests(const SessionManager *sessions)
{
    int count = 0;
    const QList<RequestLogEntry> entries = sessions->requestLog()->entries();
    for (const RequestLogEntry &entry : entries) {
        if (entry.operationId == u"openapiKeyGetList")
            ++count;
    }
    return count;
}

} // namespace

class TestNotifications : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
    }

    void cleanupTestCase() { QSettings().clear(); }

    void expiringKeysAreNoticedOnceADay()
    {
        QTemporaryDir dir;
        QSettings noticed(dir.filePath(u"notices.ini"_s), QSettings::IniFormat);
        test::SignedInComposition composition;
        Notifier notifier(composition.sessions());
        QDateTime now = QDateTime::currentDateTimeUtc();
        notifier.setClock([&now] { return now; });
        notifier.setSettings(&noticed);
        QSignalSpy spy(&notifier, &Notifier::noticed);
        QSignalSpy checked(notifier.keyCheck(), &KeyExpiryCheck::checked);

        // Signing in checks the keys: of the demo's, only "Terraform" expires within 7 days
        // ("Old integration" has expired already, "Fresh read-only key" expires in 30).
        QVERIFY(composition.signIn(m_emulator.baseUrl(), m_emulator.keyId(), Secret(m_emulator.keySecret())));
        QVERIFY(checked.wait(20000));
        QTRY_COMPARE(noticesOf(spy, Notifier::Kind::KeyExpiring).size(), 1);
        QVERIFY2(noticesOf(spy, Notifier::Kind::KeyExpiring).first().contains(u"“Terraform”"_s),
                 qPrintable(noticesOf(spy, Notifier::Kind::KeyExpiring).first()));
        QCOMPARE(keyListRequests(composition.sessions()), 1);
        for (const RequestLogEntry &entry : composition.sessions()->requestLog()->entries()) {
            if (entry.operationId == u"openapiKeyGetList")
                QCOMPARE(entry.priority, RequestPriority::Background);
        }

        // What is remembered: the day, under the key's id (a UUID); nothing else, and no secret.
        const QStringList remembered = noticed.allKeys();
        QCOMPARE(remembered.size(), 1);
        QVERIFY(!QUuid::fromString(remembered.first().section(u'/', -1)).isNull());
        QCOMPARE(noticed.value(remembered.first()).toString(), now.toLocalTime().date().toString(Qt::ISODate));
        const QString file = dir.filePath(u"notices.ini"_s);
        noticed.sync();
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QVERIFY(!written.readAll().contains(m_emulator.keySecret().toUtf8()));

        // Within the day: no second look at the keys, no second notice.
        now = now.addSecs(6 * SecondsPerHour);
        notifier.checkKeysIfDue();
        QVERIFY(!notifier.keyCheck()->isBusy()); // a load would have begun at once
        QCOMPARE(keyListRequests(composition.sessions()), 1);

        // A checked day later but noticed today already (another window, say): checked, not noticed again.
        now = now.addSecs(20 * SecondsPerHour);
        noticed.setValue(remembered.first(), now.toLocalTime().date().toString(Qt::ISODate));
        notifier.checkKeysIfDue();
        QVERIFY(checked.wait(20000));
        QCOMPARE(keyListRequests(composition.sessions()), 2);
        QCOMPARE(noticesOf(spy, Notifier::Kind::KeyExpiring).size(), 1);

        // The next day: checked and noticed again.
        now = now.addDays(1);
        notifier.checkKeysIfDue();
        QVERIFY(checked.wait(20000));
        QCOMPARE(keyListRequests(composition.sessions()), 3);
        QCOMPARE(noticesOf(spy, Notifier::Kind::KeyExpiring).size(), 2);
    }

    void theThresholdComesFromThePreferences()
    {
        Preferences preferences = Preferences::load();
        preferences.setExpiryWarningDays(31);
        preferences.save();
        QTemporaryDir dir;
        QSettings noticed(dir.filePath(u"notices.ini"_s), QSettings::IniFormat);
        test::SignedInComposition composition;
        Notifier notifier(composition.sessions());
        notifier.setSettings(&noticed);
        QSignalSpy spy(&notifier, &Notifier::noticed);
        QVERIFY(composition.signIn(m_emulator.baseUrl(), m_emulator.keyId(), Secret(m_emulator.keySecret())));
        QTRY_COMPARE_WITH_TIMEOUT(noticesOf(spy, Notifier::Kind::KeyExpiring).size(), 2, 20000);
        QVERIFY(noticesOf(spy, Notifier::Kind::KeyExpiring).join(u'\n').contains(u"“Fresh read-only key”"_s));
        preferences.setExpiryWarningDays(Preferences::defaultExpiryWarningDays);
        preferences.save();
    }

    void aStartedServiceIsNoticedWhenItRuns()
    {
        test::SignedInComposition composition;
        QVERIFY(composition.signIn(m_emulator.baseUrl(), m_emulator.keyId(), Secret(m_emulator.keySecret())));
        auto page = composition.createPage<ServicesPage>(u"services"_s);
        QVERIFY(page);
        ServicesViewModel *services = page->viewModel();
        services->poller()->setIntervals(200ms, 500ms);
        QSignalSpy spy(composition.root().notifier(), &Notifier::noticed);
        services->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(services->isLoaded() && !services->isBusy(), 20000);

        QString stoppedId;
        QString stoppedName;
        for (int row = 0; row < services->rowCount(); ++row) {
            const Service *service = services->serviceAt(row);
            if (service->state.kind() == ServiceStateKind::Stopped) {
                stoppedId = service->id;
                stoppedName = service->name;
                break;
            }
        }
        QVERIFY(!stoppedId.isEmpty());
        services->changeState(stoppedId, ServiceCommand::Start);
        QTRY_VERIFY_WITH_TIMEOUT(!noticesOf(spy, Notifier::Kind::ServiceChanged).isEmpty(), 30000);
        const QString notice = noticesOf(spy, Notifier::Kind::ServiceChanged).first();
        QVERIFY2(notice.contains(u"“%1”"_s.arg(stoppedName)), qPrintable(notice));
        QCOMPARE(services->service(stoppedId)->state.kind(), ServiceStateKind::Running);
        QVERIFY(noticesOf(spy, Notifier::Kind::ServiceFailed).isEmpty());

        // A change the server refuses is noticed as a failure, with the server's reason.
        const QString missing = QUuid::createUuid().toString(QUuid::WithoutBraces);
        services->changeState(missing, ServiceCommand::Stop);
        QTRY_VERIFY_WITH_TIMEOUT(!noticesOf(spy, Notifier::Kind::ServiceFailed).isEmpty(), 20000);
        QVERIFY(noticesOf(spy, Notifier::Kind::ServiceFailed).first().contains(u"Stopping"_s));

        // Deleting the service while it runs: the server refuses, and that is noticed with its reason.
        services->deleteService(stoppedId);
        QTRY_VERIFY_WITH_TIMEOUT(noticesOf(spy, Notifier::Kind::ServiceFailed).join(u'\n').contains(u"Deleting"_s),
                                 20000);
        QVERIFY(services->service(stoppedId).has_value());
    }

    void backgroundFailuresInARowAreNoticedOnce()
    {
        test::SignedInComposition composition;
        QVERIFY(composition.signIn(m_emulator.baseUrl(), m_emulator.keyId(), Secret(m_emulator.keySecret())));
        QSignalSpy spy(composition.root().notifier(), &Notifier::noticed);
        RequestLog *log = composition.sessions()->requestLog();
        const auto add = [log](RequestPriority priority, std::optional<ApiErrorKind> error) {
            RequestLogEntry entry;
            entry.method = "GET";
            entry.pathAndQuery = u"/v1/organizations/o/services/s"_s;
            entry.priority = priority;
            entry.errorKind = error;
            entry.httpStatus = error ? 503 : 200;
            log->add(entry);
        };
        add(RequestPriority::Background, ApiErrorKind::Server);
        add(RequestPriority::Background, ApiErrorKind::Server);
        add(RequestPriority::Visible, ApiErrorKind::Server); // what the user looks at says so itself
        add(RequestPriority::Background, ApiErrorKind::Cancelled); // not a failure
        QVERIFY(noticesOf(spy, Notifier::Kind::BackgroundFailing).isEmpty());
        add(RequestPriority::Background, ApiErrorKind::Network);
        QCOMPARE(noticesOf(spy, Notifier::Kind::BackgroundFailing).size(), 1);
        QVERIFY(noticesOf(spy, Notifier::Kind::BackgroundFailing).first().contains(u"3"_s));
        add(RequestPriority::Background, ApiErrorKind::Server);
        add(RequestPriority::Background, ApiErrorKind::Server);
        QCOMPARE(noticesOf(spy, Notifier::Kind::BackgroundFailing).size(), 1); // once per streak
        add(RequestPriority::Background, std::nullopt);
        for (int i = 0; i < Notifier::failureStreak; ++i)
            add(RequestPriority::Background, ApiErrorKind::Timeout);
        QCOMPARE(noticesOf(spy, Notifier::Kind::BackgroundFailing).size(), 2);
    }

    void noticesGoToTheTrayOrTheStatusBar()
    {
        using Channel = NotificationPresenter::Channel;
        QCOMPARE(NotificationPresenter::channelFor(true, true), Channel::Tray);
        QCOMPARE(NotificationPresenter::channelFor(true, false), Channel::StatusBar);
        QCOMPARE(NotificationPresenter::channelFor(false, true), Channel::StatusBar);
        QCOMPARE(NotificationPresenter::channelFor(false, false), Channel::StatusBar);

        // Offscreen there is no tray: the window's status bar says it.
        test::SignedInComposition composition;
        std::unique_ptr<MainWindow> window = composition.root().createMainWindow();
        QSignalSpy shown(window->notifications(), &NotificationPresenter::shown);
        Q_EMIT composition.root().notifier()->noticed(Notifier::Kind::KeyExpiring, u"API key expires soon"_s,
                                                      u"The API key “Terraform” expires soon."_s);
        QCOMPARE(shown.count(), 1);
        QCOMPARE(shown.first().first().value<Channel>(), NotificationPresenter::currentChannel());
        if (NotificationPresenter::currentChannel() == Channel::StatusBar)
            QVERIFY(window->statusBar()->currentMessage().contains(u"“Terraform”"_s));
    }

private:
    test::EmulatorProcess m_emulator { { u"--transition-ms"_s, u"300"_s } };
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
