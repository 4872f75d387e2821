// The Services page bound to its view-model over a running emulator: the table
// with state badges, creating a service through the dialog and its one-time
// password reveal, stop/start/delete from the toolbar with pre-answered
// confirmations, and the IP access list editor checking CIDR blocks as typed.

#include "EmulatorProcess.h"
#include "SignedInComposition.h"
#include "domain/DisplayText.h"
#include "pages/ServicesPage.h"
#include "pages/services/IpAccessListEditor.h"
#include "pages/services/PasswordRevealDialog.h"
#include "pages/services/ScalingEditor.h"
#include "pages/services/ScheduleWeekView.h"
#include "pages/services/ServiceCreateDialog.h"
#include "pages/services/ServiceDetailsPane.h"
#include "pages/services/ServiceStateBadgeDelegate.h"
#include "pages/services/SettingsTab.h"
#include "secrets/ProfileStore.h"
#include "secrets/SessionSecretStore.h"
#include "viewmodels/ClipboardGuard.h"
#include "viewmodels/IpAccessListModel.h"
#include "viewmodels/QueryEndpointKeysModel.h"
#include "viewmodels/ServicePasswordVault.h"
#include "viewmodels/ServicesFilterModel.h"
#include "viewmodels/ServicesViewModel.h"
#include "viewmodels/TagListModel.h"
#include "widgets/ErrorBanner.h"
#include "widgets/ScriptedPrompter.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPixmap>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Qt::StringLiterals;
using namespace chcloud;

namespace {

/// A keychain that refuses every write, as when no Secret Service answers.
class UnavailableSecretStore final : public SecretStore
{
public:
    SecretJob *read(const QString &account) override { return fail(SecretJob::Operation::Read, account); }
    SecretJob *write(const QString &account, SecretBytes) override
    {
        return fail(SecretJob::Operation::Write, account);
    }
    SecretJob *remove(const QString &account) override { return fail(SecretJob::Operation::Remove, account); }
    bool isPersistent() const override { return true; }
    QString displayName() const override { return u"System keychain"_s; }

private:
    SecretJob *fail(SecretJob::Operation operation, const QString &account)
    {
        auto *job = new SecretJob(operation, account, this);
        job->finishLater(SecretResult::noKeychain(u"org.freedesktop.secrets was not provided"_s));
        return job;
    }
};

} // namespace

class TestServicesPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorProcess> m_emulator;
    std::unique_ptr<test::SignedInComposition> m_app;
    QString m_organizationId;
    ScriptedPrompter m_prompter;
    std::unique_ptr<ScopedPrompter> m_installed;
    std::unique_ptr<ServicesPage> m_page;

    QJsonObject raw(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        return m_emulator->raw(method, path, body);
    }

    QString idOf(const QString &name) const
    {
        const ServicesViewModel *model = m_page->viewModel();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->serviceAt(row)->name == name)
                return model->serviceAt(row)->id;
        }
        return {};
    }

    ServiceStateKind stateOf(const QString &serviceId) const
    {
        const auto service = m_page->viewModel()->service(serviceId);
        return service ? service->state.kind() : ServiceStateKind::Unknown;
    }

    QAction *action(const QString &objectName) const { return m_page->findChild<QAction *>(objectName); }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = std::make_unique<test::EmulatorProcess>(QStringList {
            u"--transition-ms"_s, u"200"_s, u"--rate-limit"_s, u"500"_s, u"--rate-window-ms"_s, u"1000"_s });
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_organizationId = raw("GET", u"/_emulator/health"_s)[u"organizationId"_s].toString();
        SchedulerConfig config;
        config.limit = 500;
        config.window = std::chrono::milliseconds(1000);
        m_app = std::make_unique<test::SignedInComposition>();
        QVERIFY(m_app->signIn(m_emulator->baseUrl(), m_emulator->keyId(), Secret(m_emulator->keySecret()), config));
        QCOMPARE(m_app->organizationId(), m_organizationId);
        m_installed = std::make_unique<ScopedPrompter>(&m_prompter);

        m_page = m_app->createPage<ServicesPage>(u"services"_s);
        QVERIFY(m_page);
        m_page->resize(1280, 760);
        QSignalSpy loaded(m_page.get(), &Page::loaded);
        m_page->show(); // a page loads when it is first shown
        QVERIFY(loaded.wait(20000));
        QVERIFY(m_page->isLoaded());
        QCOMPARE(m_page->pageName(), u"services"_s);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_installed.reset();
        m_app.reset();
        m_emulator.reset();
    }

    void tableShowsServicesWithBadges()
    {
        auto *table = m_page->findChild<QTableView *>(u"servicesTable"_s);
        QVERIFY(table);
        const int expected = int(
            raw("GET", u"/v1/organizations/"_s + m_organizationId + u"/services"_s)[u"result"_s].toArray().size());
        QCOMPARE(table->model()->rowCount(), expected);
        QVERIFY(
            qobject_cast<ServiceStateBadgeDelegate *>(table->itemDelegateForColumn(ServicesViewModel::StateColumn)));
        // The first row is selected after loading and the details pane shows it.
        QVERIFY(!m_page->selectedServiceId().isEmpty());
        auto *title = m_page->findChild<QLabel *>(u"serviceDetailsTitle"_s);
        QCOMPARE(title->text(), DisplayText::isolated(m_page->viewModel()->service(m_page->selectedServiceId())->name));

        // The state filter narrows the table.
        auto *stateFilter = m_page->findChild<QComboBox *>(u"stateFilterCombo"_s);
        stateFilter->setCurrentIndex(stateFilter->findData(int(ServiceStateKind::Degraded)));
        QCOMPARE(table->model()->rowCount(), 1);
        stateFilter->setCurrentIndex(0);
        QCOMPARE(table->model()->rowCount(), expected);
    }

    void createThroughDialogRevealsPassword()
    {
        QString shownPassword;
        bool createDisabledWhileSending = false;
        m_prompter.answerNextDialog([&](QDialog *dialog) {
            auto *create = qobject_cast<ServiceCreateDialog *>(dialog);
            if (!create)
                return int(QDialog::Rejected);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"serviceNameEdit"_s), u"ui-created"_s);
            auto *provider = dialog->findChild<QComboBox *>(u"providerCombo"_s);
            provider->setCurrentIndex(provider->findData(u"gcp"_s));
            auto *region = dialog->findChild<QComboBox *>(u"regionCombo"_s);
            region->setCurrentIndex(region->findText(u"us-central1"_s));
            dialog->findChild<QSpinBox *>(u"minMemorySpin"_s)->setValue(8);
            dialog->findChild<QSpinBox *>(u"maxMemorySpin"_s)->setValue(16);
            dialog->findChild<QSpinBox *>(u"replicasSpin"_s)->setValue(2);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"ipSourceEdit"_s), u"203.0.113.0/24"_s);
            dialog->findChild<QPushButton *>(u"ipAddButton"_s)->click();
            auto *button = dialog->findChild<QPushButton *>(u"createServiceButton"_s);
            button->click();
            createDisabledWhileSending = !button->isEnabled();
            if (!QTest::qWaitFor([&] { return dialog->result() == QDialog::Accepted; }, 15000))
                return int(QDialog::Rejected);
            return int(QDialog::Accepted);
        });
        m_prompter.answerNextDialog([&](QDialog *dialog) {
            if (auto *reveal = qobject_cast<PasswordRevealDialog *>(dialog))
                shownPassword = reveal->findChild<QLineEdit *>(u"passwordField"_s)->text();
            return int(QDialog::Accepted);
        });
        action(u"newServiceAction"_s)->trigger();
        QVERIFY(createDisabledWhileSending);
        QVERIFY(!shownPassword.isEmpty());
        QCOMPARE(m_prompter.dialogs(), (QStringList { u"serviceCreateDialog"_s, u"servicePasswordDialog"_s }));
        QCOMPARE(m_prompter.unscripted(), 0);
        const QString id = idOf(u"ui-created"_s);
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_page->selectedServiceId(), id);
        QCOMPARE(m_page->viewModel()->service(id)->ipAccessList.size(), 1);
    }

    void createHorizontalThroughDialogSendsReplicaBand()
    {
        bool bandHiddenWhileVertical = false;
        bool bandShownWhileHorizontal = false;
        m_prompter.answerNextDialog([&](QDialog *dialog) {
            if (!qobject_cast<ServiceCreateDialog *>(dialog))
                return int(QDialog::Rejected);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"serviceNameEdit"_s), u"ui-horizontal"_s);
            auto *band = dialog->findChild<QWidget *>(u"replicaBand"_s);
            bandHiddenWhileVertical = band->isHidden();
            auto *mode = dialog->findChild<QComboBox *>(u"autoscalingModeCombo"_s);
            mode->setCurrentIndex(mode->findData(u"horizontal"_s));
            bandShownWhileHorizontal = !band->isHidden();
            dialog->findChild<QSpinBox *>(u"maxMemorySpin"_s)->setValue(32);
            dialog->findChild<QSpinBox *>(u"minReplicasSpin"_s)->setValue(2);
            dialog->findChild<QSpinBox *>(u"maxReplicasSpin"_s)->setValue(5);
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"ipSourceEdit"_s), u"203.0.113.0/24"_s);
            dialog->findChild<QPushButton *>(u"ipAddButton"_s)->click();
            dialog->findChild<QPushButton *>(u"createServiceButton"_s)->click();
            if (!QTest::qWaitFor([&] { return dialog->result() == QDialog::Accepted; }, 15000))
                return int(QDialog::Rejected);
            return int(QDialog::Accepted);
        });
        m_prompter.answerNextDialog([](QDialog *) { return int(QDialog::Accepted); });
        action(u"newServiceAction"_s)->trigger();
        QVERIFY(bandHiddenWhileVertical);
        QVERIFY(bandShownWhileHorizontal);
        const QString id = idOf(u"ui-horizontal"_s);
        QVERIFY(!id.isEmpty());
        const auto service = m_page->viewModel()->service(id);
        QVERIFY(service);
        QCOMPARE(service->autoscalingMode, u"horizontal"_s);
        QCOMPARE(service->minReplicas, 2);
        QCOMPARE(service->maxReplicas, 5);
        QCOMPARE(service->minReplicaMemoryGb, 32);
        QCOMPARE(service->maxReplicaMemoryGb, 32);
    }

    void createErrorKeepsInputAndEmptyListIsConfirmed()
    {
        QString errorShown;
        QString nameKept;
        m_prompter.answerNext(QMessageBox::Yes); // "empty IP access list: create anyway?"
        m_prompter.answerNextDialog([&](QDialog *dialog) {
            QTest::keyClicks(dialog->findChild<QLineEdit *>(u"serviceNameEdit"_s), u"will-fail"_s);
            raw("POST", u"/_emulator/faults"_s,
                QJsonObject {
                    { u"failNext"_s, 1 }, { u"failNextStatus"_s, 400 }, { u"methods"_s, QJsonArray { u"POST"_s } } });
            dialog->findChild<QPushButton *>(u"createServiceButton"_s)->click();
            auto *error = dialog->findChild<QLabel *>(u"createError"_s);
            if (QTest::qWaitFor([&] { return !error->isHidden(); }, 15000))
                errorShown = error->text();
            nameKept = dialog->findChild<QLineEdit *>(u"serviceNameEdit"_s)->text();
            return int(QDialog::Rejected);
        });
        const int asked = int(m_prompter.questions().size());
        action(u"newServiceAction"_s)->trigger();
        raw("POST", u"/_emulator/faults/reset"_s);
        QCOMPARE(m_prompter.questions().size(), asked + 1);
        QCOMPARE(m_prompter.questions().last().objectName, u"confirmEmptyIpAccessList"_s);
        QVERIFY(!errorShown.isEmpty());
        QCOMPARE(nameKept, u"will-fail"_s);
        QVERIFY(idOf(u"will-fail"_s).isEmpty());
        QCOMPARE(m_prompter.unscripted(), 0);
    }

    void stopStartAndDeleteFromToolbar()
    {
        const QString id = idOf(u"production-analytics"_s);
        m_page->selectService(id);
        QVERIFY(action(u"stopServiceAction"_s)->isEnabled());
        QVERIFY(!action(u"deleteServiceAction"_s)->isEnabled()); // running: delete is off

        const int asked = int(m_prompter.questions().size());
        m_prompter.answerNext(QMessageBox::Yes);
        action(u"stopServiceAction"_s)->trigger();
        QCOMPARE(m_prompter.questions().size(), asked + 1);
        QCOMPARE(m_prompter.questions().last().objectName, u"confirmStopService"_s);
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), ServiceStateKind::Stopped, 15000);
        QTRY_VERIFY(action(u"startServiceAction"_s)->isEnabled());
        QVERIFY(action(u"deleteServiceAction"_s)->isEnabled());

        action(u"startServiceAction"_s)->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(stateOf(id), ServiceStateKind::Running, 15000);

        // Delete a stopped service: the name must be typed.
        const QString stopped = idOf(u"archive-cold"_s);
        m_page->selectService(stopped);
        QVERIFY(action(u"deleteServiceAction"_s)->isEnabled());
        m_prompter.answerNextText(u"wrong name"_s);
        action(u"deleteServiceAction"_s)->trigger();
        auto *error = m_page->findChild<ErrorBanner *>(u"serviceOperationError"_s);
        QVERIFY(error);
        QVERIFY(error->isVisible());
        QVERIFY(m_page->viewModel()->service(stopped).has_value());

        m_prompter.answerNextText(u"archive-cold"_s);
        action(u"deleteServiceAction"_s)->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!m_page->viewModel()->service(stopped).has_value(), 15000);
        QVERIFY(!error->isVisible());
        QCOMPARE(m_prompter.unscripted(), 0);
        QCOMPARE(m_prompter.pendingAnswers(), 0);
    }

    void detailsTabsRender()
    {
        m_page->selectService(idOf(u"production-analytics"_s));
        auto *tabs = m_page->findChild<QTabWidget *>(u"serviceDetailsTabs"_s);
        QVERIFY(tabs);
        // Set CHCLOUD_SERVICES_GRAB_DIR to keep a PNG of each tab for a look.
        const QString grabDir = qEnvironmentVariable("CHCLOUD_SERVICES_GRAB_DIR");
        for (int tab = 0; tab < tabs->count(); ++tab) {
            tabs->setCurrentIndex(tab);
            if (tab == 4) {
                auto *status = m_page->findChild<QLabel *>(u"backupsStatus"_s);
                QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"backup"_s, Qt::CaseInsensitive), 15000);
            }
            const QPixmap image = m_page->grab();
            QVERIFY(!image.isNull());
            if (!grabDir.isEmpty())
                QVERIFY(image.save(grabDir + u"/services-tab-"_s + QString::number(tab) + u".png"_s));
        }
        auto *privateEndpoint = m_page->findChild<QLabel *>(u"privateEndpointConfig"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!privateEndpoint->text().contains(u"Loading"_s), 15000);
    }

    void detailsTabsAreNamed()
    {
        m_page->selectService(idOf(u"production-analytics"_s));
        auto *pane = m_page->findChild<ServiceDetailsPane *>();
        auto *tabs = m_page->findChild<QTabWidget *>(u"serviceDetailsTabs"_s);
        QCOMPARE(pane->tabNames().size(), tabs->count());
        QVERIFY(pane->tabNames().contains(u"backups"_s));
        QVERIFY(m_page->showPart(u"backups"_s));
        QCOMPARE(tabs->currentWidget()->objectName(), u"backupsTab"_s);
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isPartLoaded(), 15000);
        QVERIFY(!m_page->showPart(u"no-such-tab"_s));
        QCOMPARE(tabs->currentWidget()->objectName(), u"backupsTab"_s);
        QVERIFY(m_page->showPart(u"overview"_s));
    }

    void settingsTabEditsByTypeAndShowsTheWarnings()
    {
        m_page->selectService(idOf(u"production-analytics"_s));
        QVERIFY(m_page->showPart(u"settings"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isPartLoaded(), 15000);
        auto *pane = m_page->findChild<ServiceDetailsPane *>();
        auto *tab = pane->findChild<SettingsTab *>();
        QVERIFY(tab);
        auto *editors = tab->findChild<QStackedWidget *>();
        auto *text = tab->findChild<QLineEdit *>(u"settingValueEdit"_s);
        auto *check = tab->findChild<QCheckBox *>(u"settingValueCheck"_s);
        auto *combo = tab->findChild<QComboBox *>(u"settingValueCombo"_s);
        auto *problem = tab->findChild<QLabel *>(u"settingProblem"_s);
        auto *warning = tab->findChild<QLabel *>(u"settingWarning"_s);
        auto *save = tab->findChild<QPushButton *>(u"settingSaveButton"_s);
        auto *reset = tab->findChild<QPushButton *>(u"settingResetButton"_s);
        QVERIFY(editors && text && check && combo && problem && warning && save && reset);

        // A number: checked as typed, refused text keeps Save off.
        QVERIFY(tab->selectSetting(u"max_execution_time"_s));
        QCOMPARE(editors->currentWidget(), text);
        QCOMPARE(text->text(), u"600"_s);
        QVERIFY(reset->isEnabled()); // changed from its default
        text->clear();
        QTest::keyClicks(text, u"ten"_s);
        QVERIFY(problem->isVisibleTo(tab));
        QVERIFY(!save->isEnabled());
        text->clear();
        QTest::keyClicks(text, u"900"_s);
        QVERIFY(!problem->isVisibleTo(tab));
        QVERIFY(save->isEnabled());
        QSignalSpy status(pane, &ServiceDetailsPane::statusMessage);
        save->click();
        QVERIFY(status.wait(15000));
        QCOMPARE(status.last().first().toString(), u"max_execution_time saved."_s);

        // An enumeration is a choice, a boolean a check box.
        QVERIFY(tab->selectSetting(u"mutations_sync"_s));
        QCOMPARE(editors->currentWidget(), combo);
        QCOMPARE(combo->count(), 3);
        QVERIFY(tab->selectSetting(u"wait_for_async_insert"_s));
        QCOMPARE(editors->currentWidget(), check);
        // Not changed: its value (the default) is read for the row picked.
        QTRY_VERIFY_WITH_TIMEOUT(check->isChecked(), 15000);
        QVERIFY(!reset->isEnabled());
        check->click();
        QVERIFY(save->isEnabled());
        save->click();
        QVERIFY(status.wait(15000));
        // The server's warning shows where the change was made.
        QVERIFY(warning->isVisibleTo(tab));
        QVERIFY2(warning->text().contains(u"lose acknowledged inserts"_s), qPrintable(warning->text()));
        QVERIFY(reset->isEnabled());
        reset->click();
        QVERIFY(status.wait(15000));
        QCOMPARE(status.last().first().toString(), u"wait_for_async_insert is back at its default."_s);
        QTRY_VERIFY_WITH_TIMEOUT(check->isChecked(), 15000);
        QVERIFY(!reset->isEnabled());
        QVERIFY(m_page->showPart(u"overview"_s));
    }

    void queryEndpointTabEnablesSavesAndDisables()
    {
        const QString id = idOf(u"eu-reporting"_s);
        m_page->selectService(id);
        QVERIFY(m_page->showPart(u"query-endpoint"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isPartLoaded(), 15000);
        auto *pane = m_page->findChild<ServiceDetailsPane *>();
        auto *status = pane->findChild<QLabel *>(u"queryEndpointStatus"_s);
        auto *keys = pane->findChild<QListView *>(u"queryEndpointKeys"_s);
        auto *save = pane->findChild<QPushButton *>(u"queryEndpointSaveButton"_s);
        auto *disable = pane->findChild<QPushButton *>(u"queryEndpointDisableButton"_s);
        auto *readOnly = pane->findChild<QCheckBox *>(u"queryEndpointRole_sql_console_read_only"_s);
        auto *error = pane->findChild<QLabel *>(u"queryEndpointError"_s);
        QVERIFY(status && keys && save && disable && readOnly && error);
        QCOMPARE(status->text(), u"The query endpoint is not enabled."_s);
        QCOMPARE(save->text(), u"Enable"_s);
        QVERIFY(!disable->isEnabled());

        // No role: the error shows where the change was made, nothing is enabled.
        readOnly->setChecked(false);
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(pane), 5000);
        readOnly->setChecked(true);

        // A key picked by its name.
        auto *model = qobject_cast<QueryEndpointKeysModel *>(keys->model());
        const int row = model->rowOfName(u"CI deploy"_s);
        QVERIFY(row >= 0);
        QVERIFY(model->setData(model->index(row), Qt::Checked, Qt::CheckStateRole));
        QSignalSpy message(pane, &ServiceDetailsPane::statusMessage);
        save->click();
        QVERIFY(message.wait(15000));
        QCOMPARE(message.last().first().toString(), u"Query endpoint enabled."_s);
        QVERIFY(!error->isVisibleTo(pane));
        QCOMPARE(status->text(), u"The query endpoint is enabled."_s);
        QCOMPARE(save->text(), u"Save"_s);
        const QJsonObject server = raw("GET",
                                       u"/v1/organizations/"_s + m_organizationId + u"/services/"_s + id
                                           + u"/serviceQueryEndpoint"_s)[u"result"_s]
                                       .toObject();
        QCOMPARE(server[u"openApiKeys"_s].toArray().size(), 1);
        QCOMPARE(server[u"openApiKeys"_s].toArray().first().toString(),
                 model->index(row).data(QueryEndpointKeysModel::KeyIdRole).toString());

        // Disable asks first.
        m_prompter.answerNext(QMessageBox::Yes);
        QVERIFY(disable->isEnabled());
        disable->click();
        QVERIFY(message.wait(15000));
        QCOMPARE(message.last().first().toString(), u"Query endpoint disabled."_s);
        QCOMPARE(status->text(), u"The query endpoint is not enabled."_s);
        QVERIFY(m_page->showPart(u"overview"_s));
    }

    void scalingTabEditsTheScheduleAndTheUpgradeWindow()
    {
        m_page->selectService(idOf(u"production-analytics"_s));
        QVERIFY(m_page->showPart(u"scaling"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isPartLoaded(), 15000);
        auto *pane = m_page->findChild<ServiceDetailsPane *>();
        auto *week = pane->findChild<ScheduleWeekView *>();
        auto *table = pane->findChild<QTableView *>(u"scheduleEntriesTable"_s);
        auto *name = pane->findChild<QLineEdit *>(u"scheduleEntryNameEdit"_s);
        auto *add = pane->findChild<QPushButton *>(u"scheduleEntryAddButton"_s);
        auto *save = pane->findChild<QPushButton *>(u"scheduleSaveButton"_s);
        auto *error = pane->findChild<QLabel *>(u"scheduleError"_s);
        QVERIFY(week && table && name && add && save && error);
        const int rows = table->model()->rowCount();
        QVERIFY(rows > 0);
        const int covered = week->coveredHours();
        QVERIFY(covered > 0);

        // No day picked: the form says so and nothing is staged.
        QTest::keyClicks(name, u"Saturday batch"_s);
        add->click();
        QVERIFY(error->isVisibleTo(pane));
        QCOMPARE(table->model()->rowCount(), rows);

        // Saturday 02:00–06:00 was free: four more hours on the week view.
        pane->findChild<QCheckBox *>(u"scheduleEntryDay6"_s)->setChecked(true);
        pane->findChild<QSpinBox *>(u"scheduleEntryStartSpin"_s)->setValue(2);
        pane->findChild<QSpinBox *>(u"scheduleEntryEndSpin"_s)->setValue(6);
        add->click();
        QVERIFY(!error->isVisibleTo(pane));
        QCOMPARE(table->model()->rowCount(), rows + 1);
        QSignalSpy message(pane, &ServiceDetailsPane::statusMessage);
        save->click();
        QVERIFY(message.wait(15000));
        QCOMPARE(message.last().first().toString(), u"Scaling schedule saved."_s);
        QCOMPARE(table->model()->rowCount(), rows + 1);

        // The upgrade window, set from the two choices.
        auto *day = pane->findChild<QComboBox *>(u"upgradeWindowDayCombo"_s);
        auto *start = pane->findChild<QComboBox *>(u"upgradeWindowStartCombo"_s);
        day->setCurrentIndex(day->findData(3));
        start->setCurrentIndex(start->findData(18));
        pane->findChild<QPushButton *>(u"upgradeWindowSetButton"_s)->click();
        QVERIFY(message.wait(15000));
        QCOMPARE(message.last().first().toString(), u"Upgrade window set."_s);
        const QJsonObject window = raw("GET",
                                       u"/v1/organizations/"_s + m_organizationId + u"/services/"_s
                                           + idOf(u"production-analytics"_s) + u"/upgradeWindow"_s)[u"result"_s]
                                       .toObject();
        QCOMPARE(window[u"weekday"_s].toInt(), 3);
        QCOMPARE(window[u"startHourUtc"_s].toInt(), 18);
        QVERIFY(m_page->showPart(u"overview"_s));
    }

    void weekViewMarksWrappingEntries()
    {
        ScheduleWeekView view;
        // Friday 22:00 to 04:00 wraps into Saturday: six hours.
        view.setBlocks({ ScheduleWeekView::Block { { 5 }, 22, 4, false } });
        QCOMPARE(view.coveredHours(), 6);
        view.setBlocks({ ScheduleWeekView::Block { { 0, 6 }, 0, 24, true } });
        QCOMPARE(view.coveredHours(), 48);
        view.resize(500, view.sizeHint().height());
        QVERIFY(!view.grab().isNull());
    }

    void backupBucketCredentialsAreTypedOnceAndWiped()
    {
        const QString id = idOf(u"eu-reporting"_s);
        m_page->selectService(id);
        QVERIFY(m_page->showPart(u"backups"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isPartLoaded(), 15000);
        auto *pane = m_page->findChild<ServiceDetailsPane *>();
        auto *provider = pane->findChild<QComboBox *>(u"backupBucketProviderCombo"_s);
        auto *container = pane->findChild<QLineEdit *>(u"azureContainerEdit"_s);
        auto *connection = pane->findChild<QLineEdit *>(u"azureConnectionStringEdit"_s);
        auto *save = pane->findChild<QPushButton *>(u"backupBucketSaveButton"_s);
        auto *remove = pane->findChild<QPushButton *>(u"backupBucketRemoveButton"_s);
        auto *text = pane->findChild<QLabel *>(u"backupBucketText"_s);
        auto *error = pane->findChild<QLabel *>(u"backupBucketError"_s);
        QVERIFY(provider && container && connection && save && remove && text && error);
        QVERIFY(!remove->isEnabled());
        QCOMPARE(connection->echoMode(), QLineEdit::Password);

        provider->setCurrentIndex(provider->findData(u"AZURE"_s));
        QTest::keyClicks(container, u"backups"_s);
        save->click(); // no connection string yet
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(pane), 5000);

        const QString secret
            = u"DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=c2VjcmV0;EndpointSuffix=core.windows.net"_s;
        QTest::keyClicks(connection, secret);
        QSignalSpy message(pane, &ServiceDetailsPane::statusMessage);
        save->click();
        QVERIFY(connection->text().isEmpty()); // sent, and gone from the field at once
        QVERIFY2(message.wait(15000), qPrintable(error->text()));
        QCOMPARE(message.last().first().toString(), u"Backup bucket set."_s);
        QVERIFY2(text->text().contains(u"backups"_s), qPrintable(text->text()));
        QVERIFY(remove->isEnabled());
        QVERIFY(!provider->isEnabled());

        m_prompter.answerNext(QMessageBox::Yes);
        remove->click();
        QVERIFY(message.wait(15000));
        QCOMPARE(message.last().first().toString(), u"Backup bucket deleted."_s);
        QVERIFY(!remove->isEnabled());
        QVERIFY(provider->isEnabled());
        QVERIFY(m_page->showPart(u"overview"_s));
    }

    void networkingTabAddsAPrivateEndpointId()
    {
        m_page->selectService(idOf(u"staging-analytics"_s));
        QVERIFY(m_page->showPart(u"networking"_s));
        QTRY_VERIFY_WITH_TIMEOUT(m_page->isPartLoaded(), 15000);
        auto *pane = m_page->findChild<ServiceDetailsPane *>();
        auto *config = pane->findChild<QLabel *>(u"privateEndpointConfig"_s);
        auto *id = pane->findChild<QLineEdit *>(u"privateEndpointIdEdit"_s);
        auto *description = pane->findChild<QLineEdit *>(u"privateEndpointDescriptionEdit"_s);
        auto *add = pane->findChild<QPushButton *>(u"privateEndpointAddButton"_s);
        auto *error = pane->findChild<QLabel *>(u"privateEndpointError"_s);
        QVERIFY(config && id && description && add && error);
        QVERIFY2(config->text().contains(u"Private DNS host"_s), qPrintable(config->text()));

        add->click(); // no ID
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisibleTo(pane), 5000);
        QTest::keyClicks(id, u"vpce-0a1b2c3d4e5f60718"_s);
        QTest::keyClicks(description, u"staging VPC"_s);
        QSignalSpy message(pane, &ServiceDetailsPane::statusMessage);
        add->click();
        QVERIFY2(message.wait(15000), qPrintable(error->text()));
        QCOMPARE(message.last().first().toString(), u"Private endpoint vpce-0a1b2c3d4e5f60718 added."_s);
        QVERIFY(!error->isVisibleTo(pane));
        QVERIFY(id->text().isEmpty());
        QVERIFY2(config->text().contains(u"vpce-0a1b2c3d4e5f60718"_s), qPrintable(config->text()));
        QVERIFY(m_page->showPart(u"overview"_s));
    }

    void applyingOneTabKeepsTheOthersStagedEdits()
    {
        const QString id = idOf(u"production-analytics"_s);
        m_page->selectService(id);
        auto *pane = m_page->findChild<ServiceDetailsPane *>();
        auto *scaling = m_page->findChild<ScalingEditor *>();
        QVERIFY(pane && scaling);
        const auto service = m_page->viewModel()->service(id);
        QVERIFY(service);

        // Staged on the Tags and Scaling tabs, not applied.
        QVERIFY(pane->tagModel()->setTag(u"staged"_s, u"kept"_s).isEmpty());
        const int replicas = service->numReplicas.value_or(3) == 5 ? 6 : 5;
        scaling->setValues(16, 16, replicas, false, 15);
        QVERIFY(scaling->problem().isEmpty());

        // Applied on the Networking tab.
        QVERIFY(pane->ipAccessListModel()->addEntry(u"198.51.100.0/24"_s, u"office"_s).isEmpty());
        QSignalSpy status(pane, &ServiceDetailsPane::statusMessage);
        m_page->findChild<QPushButton *>(u"ipApplyButton"_s)->click();
        QVERIFY(status.wait(15000));
        QCOMPARE(status.first().first().toString(), u"IP access list updated."_s);

        // The applied editor starts again from the server's copy…
        QVERIFY(!pane->ipAccessListModel()->isModified());
        const auto updated = m_page->viewModel()->service(id);
        QVERIFY(std::any_of(updated->ipAccessList.cbegin(), updated->ipAccessList.cend(),
                            [](const IpAccessListEntry &entry) { return entry.source == u"198.51.100.0/24"_s; }));
        // …and the other tabs still hold what was staged there.
        QVERIFY(pane->tagModel()->isModified());
        QCOMPARE(pane->tagModel()->patch().add.size(), 1);
        QCOMPARE(pane->tagModel()->patch().add.first().key, u"staged"_s);
        QCOMPARE(scaling->request().numReplicas, std::optional<int>(replicas));
        QVERIFY(m_page->findChild<QPushButton *>(u"tagsApplyButton"_s)->isEnabled());
    }

    void autoscalingModeShowsAndTheEditorSwitchesIt()
    {
        const QString id = idOf(u"eu-reporting"_s);
        m_page->selectService(id);
        auto *table = m_page->findChild<QTableView *>(u"servicesTable"_s);
        auto *overview = m_page->findChild<QLabel *>(u"serviceOverview"_s);
        auto *pane = m_page->findChild<ServiceDetailsPane *>();
        auto *scaling = pane->findChild<ScalingEditor *>();
        QVERIFY(table && overview && scaling);
        const auto modeInTable = [&] {
            const int row = m_page->viewModel()->rowOfService(id);
            return m_page->viewModel()->index(row, ServicesViewModel::AutoscalingColumn).data().toString();
        };
        QCOMPARE(table->model()->headerData(ServicesViewModel::AutoscalingColumn, Qt::Horizontal).toString(),
                 u"Autoscaling"_s);
        QCOMPARE(modeInTable(), u"Vertical"_s);
        QVERIFY(overview->text().contains(u"Autoscaling"_s));
        QVERIFY(overview->text().contains(u"Vertical"_s));

        // The editor starts in the service's mode: a fixed count, no band.
        auto *mode = scaling->findChild<QComboBox *>(u"autoscalingModeCombo"_s);
        auto *band = scaling->findChild<QWidget *>(u"replicaBand"_s);
        auto *fixed = scaling->findChild<QWidget *>(u"fixedReplicas"_s);
        auto *apply = pane->findChild<QPushButton *>(u"scalingApplyButton"_s);
        QCOMPARE(mode->currentData().toString(), u"vertical"_s);
        QVERIFY(band->isHidden());
        QVERIFY(!fixed->isHidden());

        mode->setCurrentIndex(mode->findData(u"horizontal"_s));
        QVERIFY(!band->isHidden());
        QVERIFY(fixed->isHidden());
        QVERIFY(scaling->findChild<QSpinBox *>(u"minMemorySpin"_s)->isHidden());
        scaling->findChild<QSpinBox *>(u"maxMemorySpin"_s)->setValue(32);
        auto *minReplicas = scaling->findChild<QSpinBox *>(u"minReplicasSpin"_s);
        auto *maxReplicas = scaling->findChild<QSpinBox *>(u"maxReplicasSpin"_s);
        // A band upside down is explained and cannot be applied.
        minReplicas->setValue(5);
        maxReplicas->setValue(3);
        auto *problem = scaling->findChild<QLabel *>(u"scalingProblem"_s);
        QVERIFY(!problem->isHidden());
        QVERIFY(problem->text().contains(u"must not exceed"_s));
        QVERIFY(!apply->isEnabled());
        minReplicas->setValue(2);
        maxReplicas->setValue(4);
        QVERIFY(problem->isHidden());
        QVERIFY(apply->isEnabled());
        const ReplicaScalingRequest request = scaling->request();
        QCOMPARE(request.autoscalingMode, u"horizontal"_s);
        QCOMPARE(request.minReplicaMemoryGb, std::optional<int>(32));
        QCOMPARE(request.maxReplicaMemoryGb, std::optional<int>(32));
        QVERIFY(!request.numReplicas);

        QSignalSpy status(pane, &ServiceDetailsPane::statusMessage);
        apply->click();
        QVERIFY(status.wait(15000));
        QCOMPARE(status.first().first().toString(), u"Scaling updated."_s);
        const auto updated = m_page->viewModel()->service(id);
        QCOMPARE(updated->autoscalingMode, u"horizontal"_s);
        QCOMPARE(updated->minReplicas, std::optional<int>(2));
        QCOMPARE(updated->maxReplicas, std::optional<int>(4));
        QCOMPARE(modeInTable(), u"Horizontal"_s);
        QTRY_VERIFY_WITH_TIMEOUT(overview->text().contains(u"Horizontal"_s), 5000);
        // The editor shows the service's copy again, still horizontal.
        QCOMPARE(mode->currentData().toString(), u"horizontal"_s);
        QCOMPARE(minReplicas->value(), 2);
        QCOMPARE(maxReplicas->value(), 4);
    }

    void scalingEditorKeepsAnUnknownMode()
    {
        ScalingEditor editor;
        Service service;
        service.autoscalingMode = u"diagonal"_s;
        service.minReplicaMemoryGb = 16;
        service.maxReplicaMemoryGb = 32;
        service.numReplicas = 2;
        editor.setService(service);
        auto *mode = editor.findChild<QComboBox *>(u"autoscalingModeCombo"_s);
        QVERIFY(mode->currentText().contains(u"diagonal"_s));
        // Nothing the user did not choose is sent: the mode stays out of the request.
        QVERIFY(editor.request().autoscalingMode.isEmpty());
        QCOMPARE(editor.request().numReplicas, std::optional<int>(2));
        QCOMPARE(ServicesViewModel::autoscalingModeText(service), u"diagonal"_s);
        // A known mode drops the "keep" entry again.
        service.autoscalingMode = u"vertical"_s;
        editor.setService(service);
        QCOMPARE(mode->count(), 2);
        QCOMPARE(editor.request().autoscalingMode, u"vertical"_s);
    }

    void passwordRevealCopiesAndStores_data()
    {
        QTest::addColumn<bool>("keychainWorks");
        QTest::newRow("keychain stores it") << true;
        QTest::newRow("keychain failure is said, nothing else keeps it") << false;
    }

    void passwordRevealCopiesAndStores()
    {
        QFETCH(bool, keychainWorks);
        SessionSecretStore working;
        UnavailableSecretStore failing;
        SessionSecretStore sessionOnly;
        SecretStore &keychain = keychainWorks ? static_cast<SecretStore &>(working) : failing;
        QTemporaryDir settingsDir;
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
        ProfileStore profiles(keychain, sessionOnly);
        Profile profile;
        profile.label = u"Services test"_s;
        profile.baseUrl = m_emulator->baseUrl();
        profile.keyId = m_emulator->keyId();
        const QUuid profileId = profiles.add(profile);
        QVERIFY(!profileId.isNull());
        ClipboardGuard guard;
        ServicePasswordVault vault(&profiles);
        vault.setProfileId(profileId);
        PasswordRevealDialog dialog(u"svc-1"_s, u"demo"_s, Secret(u"s3cret-Pass"_s), &guard, &vault);
        auto *field = dialog.findChild<QLineEdit *>(u"passwordField"_s);
        QCOMPARE(field->text(), u"s3cret-Pass"_s);
        QCOMPARE(field->echoMode(), QLineEdit::Password);

        dialog.findChild<QPushButton *>(u"copyPasswordButton"_s)->click();
        QCOMPARE(QApplication::clipboard()->text(), u"s3cret-Pass"_s);
        QVERIFY(guard.isGuarding());
        guard.clearNow();
        QVERIFY(QApplication::clipboard()->text().isEmpty());

        QSignalSpy stored(&vault, &ServicePasswordVault::stored);
        dialog.findChild<QPushButton *>(u"storePasswordButton"_s)->click();
        QVERIFY(stored.wait(5000));
        QCOMPARE(stored.first().at(0).toBool(), keychainWorks);
        auto *status = dialog.findChild<QLabel *>(u"passwordStatus"_s);
        QVERIFY(!status->text().isEmpty());
        QVERIFY(!status->text().contains(u"s3cret"_s));
        QCOMPARE(working.contains(ServicePasswordVault::accountFor(u"svc-1"_s)), keychainWorks);
    }

    void ipEditorChecksAsYouType_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("shown");
        QTest::addColumn<bool>("addable");
        QTest::newRow("IPv4 block") << u"10.0.0.0/8"_s << u"10.0.0.0/8"_s << true;
        QTest::newRow("single address") << u"198.51.100.7"_s << u"198.51.100.7"_s << true;
        QTest::newRow("IPv6 block") << u"2001:db8::/32"_s << u"2001:db8::/32"_s << true;
        QTest::newRow("prefix beyond 32") << u"10.0.0.0/33"_s << u"10.0.0.0/33"_s << false;
        QTest::newRow("octet beyond 255") << u"300.1.2.3"_s << u"300.1.2.3"_s << false;
        QTest::newRow("half typed") << u"10.0."_s << u"10.0."_s << false;
        QTest::newRow("letters refused while typing") << u"10.x0.0.1"_s << u"10.0.0.1"_s << true;
    }

    void ipEditorChecksAsYouType()
    {
        QFETCH(QString, typed);
        QFETCH(QString, shown);
        QFETCH(bool, addable);
        IpAccessListModel model;
        IpAccessListEditor editor(&model);
        editor.show();
        auto *source = editor.findChild<QLineEdit *>(u"ipSourceEdit"_s);
        auto *add = editor.findChild<QPushButton *>(u"ipAddButton"_s);
        auto *problem = editor.findChild<QLabel *>(u"ipSourceError"_s);
        auto *warning = editor.findChild<QLabel *>(u"ipListWarning"_s);
        QVERIFY(warning->isVisible()); // empty list: no traffic at all
        QTest::keyClicks(source, typed);
        QCOMPARE(source->text(), shown);
        QCOMPARE(add->isEnabled(), addable);
        QCOMPARE(problem->isVisible(), !addable);
        add->click();
        QCOMPARE(model.rowCount(), addable ? 1 : 0);
        QCOMPARE(warning->isVisible(), !addable);
    }

    void ipEditorWarnsAboutAnywhere()
    {
        IpAccessListModel model;
        IpAccessListEditor editor(&model);
        editor.show();
        editor.findChild<QPushButton *>(u"ipAddAnywhereButton"_s)->click();
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.allowsAnywhere());
        auto *warning = editor.findChild<QLabel *>(u"ipListWarning"_s);
        QVERIFY(warning->isVisible());
        QVERIFY(warning->text().contains(u"0.0.0.0/0"_s));
        QVERIFY(model.index(0, 0).data().toString().contains(u"anywhere"_s));
    }
};

QTEST_MAIN(TestServicesPage)
#include "tst_services.moc"
