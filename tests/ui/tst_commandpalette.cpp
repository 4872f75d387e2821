// Ctrl+K in the main window: the command palette goes to pages, runs the
// window's actions and finds services by name; every menu action shows a
// shortcut where one is expected.

#include "AppComposition.h"
#include "EmulatorProcess.h"
#include "MainWindow.h"
#include "api/ApiSession.h"
#include "pages/ServicesPage.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileStore.h"
#include "secrets/SessionSecretStore.h"
#include "session/SessionManager.h"
#include "viewmodels/CommandPaletteModel.h"
#include "viewmodels/ServicesViewModel.h"
#include "widgets/CommandPalette.h"
#include "widgets/ScriptedPrompter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;

class TestCommandPalette : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_prompter = std::make_unique<ScriptedPrompter>();
        m_installedPrompter = std::make_unique<ScopedPrompter>(m_prompter.get());
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));

        m_keychain = std::make_unique<KeychainSecretStore>();
        m_sessionSecrets = std::make_unique<SessionSecretStore>();
        m_profiles = std::make_unique<ProfileStore>(*m_keychain, *m_sessionSecrets);
        m_composition = std::make_unique<AppComposition>(m_profiles.get());
        m_sessions = m_composition->sessions();
        m_window = m_composition->createMainWindow();
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));

        QSignalSpy ready(m_sessions, &SessionManager::sessionChanged);
        const QUuid profile = m_sessions->signInSessionOnly(u"Emulator"_s, m_emulator.baseUrl(), m_emulator.keyId(),
                                                            Secret(m_emulator.keySecret()));
        QVERIFY(!profile.isNull());
        QVERIFY(ready.wait(20000));
        QVERIFY(m_window->showPage(u"services"_s));
        auto *services = qobject_cast<ServicesPage *>(m_window->page(u"services"_s));
        QVERIFY(services);
        QTRY_VERIFY_WITH_TIMEOUT(services->viewModel()->isLoaded() && !services->viewModel()->isBusy(), 20000);
        m_palette = m_window->findChild<CommandPalette *>();
        QVERIFY(m_palette);
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_composition.reset();
        m_profiles.reset();
        QCOMPARE(m_prompter->unscripted(), 0);
    }

    void ctrlKGoesToAPage()
    {
        QVERIFY(m_window->showPage(u"services"_s));
        openWithCtrlK();
        QTest::keyClicks(m_palette->filterEdit(), u"gak"_s);
        QCOMPARE(currentText(), u"Go to API Keys"_s);
        QTest::keyClick(m_palette->filterEdit(), Qt::Key_Return);
        QCOMPARE(m_window->currentPage()->pageName(), u"keys"_s);
        QVERIFY(!m_palette->isVisible());
    }

    void escapeClosesAndChangesNothing()
    {
        QVERIFY(m_window->showPage(u"organization"_s));
        openWithCtrlK();
        QTest::keyClicks(m_palette->filterEdit(), u"go to us"_s);
        QTest::keyClick(m_palette->filterEdit(), Qt::Key_Escape);
        QVERIFY(!m_palette->isVisible());
        QCOMPARE(m_window->currentPage()->pageName(), u"organization"_s);
    }

    void runsAWindowActionAndShowsItsShortcut()
    {
        QDockWidget *log = m_window->requestLogDock();
        const bool wasVisible = log->isVisible();
        openWithCtrlK();
        QTest::keyClicks(m_palette->filterEdit(), u"request log"_s);
        QCOMPARE(currentText(), u"Request Log"_s);
        QCOMPARE(m_palette->listView()->currentIndex().data(CommandPaletteModel::DetailRole).toString(),
                 QKeySequence(Qt::CTRL | Qt::Key_L).toString(QKeySequence::NativeText));
        QTest::keyClick(m_palette->filterEdit(), Qt::Key_Return);
        QTRY_COMPARE(log->isVisible(), !wasVisible);
    }

    void findsAServiceByNameAndSelectsIt()
    {
        auto *table = m_window->page(u"services"_s)->findChild<QAbstractItemView *>(u"servicesTable"_s);
        QVERIFY(table);
        QVERIFY(table->model()->rowCount() >= 2);
        const int lastRow = table->model()->rowCount() - 1;
        const QString name = table->model()->index(lastRow, ServicesViewModel::NameColumn).data().toString();
        QVERIFY(!name.isEmpty());
        table->setCurrentIndex(table->model()->index(0, 0));

        QVERIFY(m_window->showPage(u"members"_s));
        openWithCtrlK();
        QTest::keyClicks(m_palette->filterEdit(), name);
        // The service is offered (by exact name, so it ranks first) with its category.
        QCOMPARE(currentText(), name);
        QCOMPARE(m_palette->listView()->currentIndex().data(CommandPaletteModel::DetailRole).toString(), u"Service"_s);
        QTest::keyClick(m_palette->filterEdit(), Qt::Key_Return);
        QCOMPARE(m_window->currentPage()->pageName(), u"services"_s);
        QCOMPARE(table->currentIndex().row(), lastRow);
        QCOMPARE(table->currentIndex().siblingAtColumn(ServicesViewModel::NameColumn).data().toString(), name);
    }

    void arrowKeysChooseAnotherEntry()
    {
        QVERIFY(m_window->showPage(u"services"_s));
        openWithCtrlK();
        QTest::keyClicks(m_palette->filterEdit(), u"go to"_s);
        QCOMPARE(currentText(), u"Go to Organization"_s);
        QTest::keyClick(m_palette->filterEdit(), Qt::Key_Down);
        QCOMPARE(currentText(), u"Go to Services"_s);
        QTest::keyClick(m_palette->filterEdit(), Qt::Key_Down);
        QTest::keyClick(m_palette->filterEdit(), Qt::Key_Down);
        QTest::keyClick(m_palette->filterEdit(), Qt::Key_Up);
        QCOMPARE(currentText(), u"Go to API Keys"_s);
        QTest::keyClick(m_palette->filterEdit(), Qt::Key_Enter);
        QCOMPARE(m_window->currentPage()->pageName(), u"keys"_s);
    }

    void menuActionsShowShortcuts()
    {
        // Actions a desktop user expects a key for; the rest (About, Forget Everything)
        // are rare or destructive and stay without one.
        const QStringList expected { u"manageProfilesAction"_s, u"quitAction"_s, u"refreshAction"_s,
                                     u"toggleRequestLogAction"_s, u"commandPaletteAction"_s };
        QStringList found;
        QList<QKeySequence> seen;
        const QList<QMenu *> menus = m_window->menuBar()->findChildren<QMenu *>();
        for (const QMenu *menu : menus) {
            for (const QAction *action : menu->actions()) {
                if (action->isSeparator() || action->menu())
                    continue;
                if (!action->shortcut().isEmpty()) {
                    QVERIFY2(!seen.contains(action->shortcut()), qPrintable(action->objectName()));
                    seen.append(action->shortcut());
                    found.append(action->objectName());
                }
            }
        }
        for (const QString &name : expected)
            QVERIFY2(found.contains(name), qPrintable(name + u" has no shortcut in the menus"_s));
        QCOMPARE(m_window->findChild<QAction *>(u"commandPaletteAction"_s)->shortcut(),
                 QKeySequence(Qt::CTRL | Qt::Key_K));
    }

    void inputsAndIconButtonsHaveAccessibleNames()
    {
        // Every input of every page, and every button that shows only an icon, has a
        // name a screen reader can say: its own accessible name or a buddy label.
        QSet<const QWidget *> labelled;
        const QList<QLabel *> labels = m_window->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (label->buddy())
                labelled.insert(label->buddy());
        }
        QStringList unnamed;
        int checked = 0;
        const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (const QWidget *widget : widgets) {
            if (widget->objectName().startsWith(u"qt_"_s) || qobject_cast<QLineEdit *>(widget->parentWidget())
                || qobject_cast<QComboBox *>(widget->parentWidget())
                || qobject_cast<QAbstractSpinBox *>(widget->parentWidget()))
                continue; // parts of a compound control (clear buttons, inner line edits)
            bool needsName = qobject_cast<const QLineEdit *>(widget) || qobject_cast<const QComboBox *>(widget)
                || qobject_cast<const QAbstractSpinBox *>(widget);
            if (const auto *button = qobject_cast<const QAbstractButton *>(widget))
                needsName = button->text().isEmpty() && !button->icon().isNull();
            if (!needsName || widget->window() == m_palette)
                continue;
            ++checked;
            if (widget->accessibleName().isEmpty() && !labelled.contains(widget))
                unnamed.append(widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                                              : widget->objectName());
        }
        QVERIFY(checked >= 10);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", "_s)));
    }

private:
    void openWithCtrlK()
    {
        QVERIFY(!m_palette->isVisible());
        QTest::keyClick(m_window.get(), Qt::Key_K, Qt::ControlModifier);
        QTRY_VERIFY(m_palette->isVisible());
        QVERIFY(m_palette->filterEdit()->text().isEmpty());
        QVERIFY(m_palette->filterEdit()->hasFocus());
    }

    QString currentText() const { return m_palette->listView()->currentIndex().data().toString(); }

    test::EmulatorProcess m_emulator;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<ScopedPrompter> m_installedPrompter;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<SessionSecretStore> m_sessionSecrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<AppComposition> m_composition;
    SessionManager *m_sessions = nullptr;
    std::unique_ptr<MainWindow> m_window;
    CommandPalette *m_palette = nullptr;
};

QTEST_MAIN(TestCommandPalette)
#include "tst_commandpalette.moc"
