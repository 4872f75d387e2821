#include "AppComposition.h"
#include "AppInfo.h"
#include "Appearance.h"
#include "CommandLine.h"
#include "DemoEmulator.h"
#include "MainWindow.h"
#include "PageCatalog.h"
#include "ProcessHardening.h"
#include "ScreenshotTaker.h"
#include "StartupProbe.h"
#include "TerminationSignals.h"
#include "Translations.h"
#include "dialogs/ProfileDialog.h"
#include "dialogs/ProfileManagerDialog.h"
#include "preferences/Preferences.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileStore.h"
#include "secrets/SecretJob.h"
#include "secrets/SessionSecretStore.h"
#include "session/ProfilesViewModel.h"
#include "session/SessionManager.h"
#include "widgets/Prompter.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLocale>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QStatusBar>
#include <QTimer>

#include <cstdio>
#include <memory>

using namespace chcloud;

namespace {

void printError(const QString &message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
}

/// "1280x800" → QSize; invalid on anything else.
QSize parseSize(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch())
        return {};
    return QSize(match.captured(1).toInt(), match.captured(2).toInt());
}

} // namespace

int main(int argc, char *argv[])
{
    // Before anything holds a secret: no core file, not dumpable (CHCLOUD_ALLOW_CORE_DUMPS=1 opts out).
    const bool hardened = ProcessHardening::apply();
    // Taken out of the environment at once, so no child process (the demo emulator, a
    // browser opened from a link) inherits it and it does not linger in memory.
    Secret envSecret = ProcessHardening::takeEnvironmentSecret("CLICKHOUSE_CLOUD_API_SECRET");
    // --help and --version need no display.
    const auto answered = CommandLine::answerWithoutDisplay(argc, argv, [](QCoreApplication &early) {
        QCoreApplication::setOrganizationName(AppInfo::organizationName());
        QCoreApplication::setApplicationName(AppInfo::organizationName());
        Translations::install(early, Preferences::load().locale());
    });
    if (answered)
        return *answered;

    QApplication app(argc, argv);
    QApplication::setOrganizationName(AppInfo::organizationName());
    QApplication::setApplicationName(AppInfo::organizationName());
    QApplication::setApplicationDisplayName(AppInfo::applicationName());
    QApplication::setApplicationVersion(AppInfo::version());
    QApplication::setDesktopFileName(QStringLiteral("chcloud-desktop"));
    const Preferences preferences = Preferences::load(); // after the organization name: it names the settings
    QLocale::setDefault(preferences.locale());
    Translations::install(app, preferences.locale());
    Appearance::apply(preferences.appearance());

    CommandLine commandLine;
    QCommandLineParser &parser = commandLine.parser;
    const QCommandLineOption &demoOption = commandLine.demo;
    const QCommandLineOption &screenshotOption = commandLine.screenshot;
    const QCommandLineOption &pageOption = commandLine.page;
    const QCommandLineOption &sizeOption = commandLine.size;
    const QCommandLineOption &apiUrlOption = commandLine.apiUrl;
    const QCommandLineOption &hardeningOption = commandLine.hardeningStatus;
    parser.process(app);
    if (parser.isSet(hardeningOption)) {
        std::printf("hardened: %d\ndumpable: %d\ncore limit: %lld\n", hardened ? 1 : 0,
                    ProcessHardening::isDumpable() ? 1 : 0, ProcessHardening::coreLimit());
        return 0;
    }

    // "services/settings" names a page and a part of it (a details tab).
    const QString pageName = parser.value(pageOption);
    const QString pageOnly = pageName.section(u'/', 0, 0);
    if (parser.isSet(pageOption) && !PageCatalog::pageNames().contains(pageOnly)) {
        printError(QApplication::translate("main", "Unknown page “%1”; use one of: %2.")
                       .arg(pageOnly, PageCatalog::pageNames().join(QStringLiteral(", "))));
        return 2;
    }
    QSize size;
    if (parser.isSet(sizeOption)) {
        size = parseSize(parser.value(sizeOption));
        if (!size.isValid()) {
            printError(QApplication::translate("main", "The size must look like 1280x800."));
            return 2;
        }
    }
    const QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    QUrl apiUrl(QStringLiteral("https://api.clickhouse.cloud"));
    if (environment.contains(QStringLiteral("CLICKHOUSE_CLOUD_API_URL")))
        apiUrl = QUrl(environment.value(QStringLiteral("CLICKHOUSE_CLOUD_API_URL")), QUrl::StrictMode);
    if (parser.isSet(apiUrlOption))
        apiUrl = QUrl(parser.value(apiUrlOption), QUrl::StrictMode);
    if (!apiUrl.isValid() || apiUrl.scheme().isEmpty() || apiUrl.host().isEmpty()) {
        printError(QApplication::translate("main", "The API URL is not valid: %1").arg(apiUrl.toDisplayString()));
        return 2;
    }

    KeychainSecretStore keychain;
    SessionSecretStore sessionSecrets;
    ProfileStore profiles(keychain, sessionSecrets);
    AppComposition composition(&profiles);
    SessionManager &sessions = *composition.sessions();
    std::unique_ptr<DemoEmulator> emulator;
    // Ctrl+C or a kill still runs the shutdown below, which stops the demo emulator.
    const TerminationSignals terminationSignals;

    const std::unique_ptr<MainWindow> mainWindow = composition.createMainWindow();
    MainWindow &window = *mainWindow;
    window.restoreSettings();
    if (size.isValid())
        window.resize(size);
    if (!pageOnly.isEmpty())
        window.showPage(pageOnly);
    // Start-up timings for the benchmarks, only when CHCLOUD_STARTUP_PROBE is set.
    StartupProbe::installIfRequested(&window);

    // File ▸ Profiles… (and the first start): sign in with a new profile.
    ProfilesViewModel &profilesModel = *composition.profiles();
    QObject::connect(&window, &MainWindow::profilesRequested, &window, [&] {
        if (profiles.profiles().isEmpty()) {
            auto *dialog = new ProfileDialog(&profilesModel, std::nullopt, &window);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->setBaseUrl(apiUrl);
            QObject::connect(dialog, &QDialog::accepted, &window,
                             [&sessions, dialog] { sessions.signIn(dialog->savedProfileId()); });
            dialog->open();
            return;
        }
        auto *manager = new ProfileManagerDialog(&profilesModel, &window);
        manager->setAttribute(Qt::WA_DeleteOnClose);
        manager->setBaseUrl(apiUrl);
        manager->selectProfile(sessions.profileId());
        QObject::connect(manager, &ProfileManagerDialog::signInRequested, &sessions, &SessionManager::signIn);
        manager->open();
    });

    int exitCode = 0;
    std::unique_ptr<ScreenshotTaker> screenshot;
    if (parser.isSet(screenshotOption)) {
        screenshot = std::make_unique<ScreenshotTaker>(&window, &sessions,
                                                       pageName.isEmpty() ? QStringLiteral("organization") : pageName,
                                                       parser.value(screenshotOption));
        QObject::connect(screenshot.get(), &ScreenshotTaker::finished, &app,
                         [&](ScreenshotTaker::Outcome outcome, const QString &message) {
                             printError(message);
                             exitCode = int(outcome);
                             QApplication::exit(exitCode);
                         });
    }

    const QString envKeyId = environment.value(QStringLiteral("CLICKHOUSE_CLOUD_API_KEY"));
    if (parser.isSet(demoOption)) {
        emulator = std::make_unique<DemoEmulator>();
        QObject::connect(emulator.get(), &DemoEmulator::started, &app, [&](const QUrl &baseUrl) {
            sessions.signInSessionOnly(QApplication::translate("main", "Demo"), baseUrl, emulator->keyId(),
                                       emulator->keySecret());
        });
        QObject::connect(emulator.get(), &DemoEmulator::failed, &app, [&](const QString &message) {
            printError(message);
            QApplication::exit(1);
        });
        // Killed or crashed under a running app: say so instead of failing every request silently.
        QObject::connect(emulator.get(), &DemoEmulator::exitedUnexpectedly, &window, [&window](const QString &message) {
            printError(message);
            window.statusBar()->showMessage(message);
            Prompter::instance()->warn(&window, QApplication::translate("main", "Demo Emulator Stopped"),
                                       QApplication::translate("main",
                                                               "The demo emulator stopped unexpectedly; the demo "
                                                               "data is no longer available.\n\n%1")
                                           .arg(message),
                                       QStringLiteral("demoEmulatorExitedBox"));
        });
        emulator->start();
    } else if (!envKeyId.isEmpty() && !envSecret.isEmpty()) {
        sessions.signInSessionOnly(QApplication::translate("main", "From environment"), apiUrl, envKeyId, envSecret);
        envSecret.wipe();
    } else if (const auto defaultProfile = profiles.profile(profiles.defaultProfileId());
               defaultProfile && defaultProfile->baseUrl.scheme() == u"http") {
        // Never sign in to a plain http:// profile unasked: the user picks it in the profile manager.
        window.statusBar()->showMessage(
            QApplication::translate("main",
                                    "The default profile uses plain http:// and was not signed in automatically; "
                                    "choose it under File ▸ Profiles."));
    } else if (!profiles.defaultProfileId().isNull()) {
        // Decide once whether the keychain answers before reading from it: without a
        // working keychain a read says "not found" even when the secret exists.
        SecretJob *probe = keychain.probe();
        QObject::connect(probe, &SecretJob::finished, &sessions,
                         [&sessions, &profiles] { sessions.signIn(profiles.defaultProfileId()); });
    } else if (!parser.isSet(screenshotOption)) {
        // First start: the sign-in dialog opens over the window.
        QTimer::singleShot(0, &window, &MainWindow::requestProfiles);
    }

    envSecret.wipe(); // the session keeps its own copy

    window.show();
    if (screenshot)
        screenshot->start();
    const int result = QApplication::exec();
    sessions.signOut();
    if (emulator)
        emulator->stop();
    return screenshot ? exitCode : result;
}
