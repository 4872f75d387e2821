#include "CommandLine.h"

#include "AppInfo.h"
#include "PageCatalog.h"

#include <QCoreApplication>
#include <QStringList>

#include <cstdio>

namespace chcloud {

namespace {

/// The words a user types on the command line (argv without the program name).
QStringList argumentsOf(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    return arguments;
}

QCommandLineOption hiddenOption(const QString &name, const QString &description)
{
    QCommandLineOption option(name, description);
    option.setFlags(QCommandLineOption::HiddenFromHelp);
    return option;
}

} // namespace

// The texts keep the context "main" they had when main.cpp defined them, so the
// catalogues' translations stay attached.
CommandLine::CommandLine()
    : demo(QStringLiteral("demo"),
           QCoreApplication::translate("main",
                                       "Start a local emulator with demo data and sign in to it (nothing is saved)."))
    , screenshot(QStringLiteral("screenshot"),
                 QCoreApplication::translate("main", "Save a PNG of the window once the page has loaded, then quit."),
                 QCoreApplication::translate("main", "file"))
    , page(QStringLiteral("page"),
           QCoreApplication::translate("main", "The page to show: %1.")
               .arg(PageCatalog::pageNames().join(QStringLiteral(", "))),
           QCoreApplication::translate("main", "name"))
    , size(QStringLiteral("size"), QCoreApplication::translate("main", "Window size, e.g. 1280x800."),
           QCoreApplication::translate("main", "WxH"))
    , apiUrl(QStringLiteral("api-url"),
             QCoreApplication::translate("main", "API base URL for new profiles and environment sign-in (default %1).")
                 .arg(QStringLiteral("https://api.clickhouse.cloud")),
             QCoreApplication::translate("main", "url"))
    , hardeningStatus(hiddenOption(QStringLiteral("hardening-status"),
                                   QStringLiteral("Print whether the process is dumpable and its core limit.")))
{
    parser.setApplicationDescription(
        QCoreApplication::translate("main",
                                    "Desktop console for the ClickHouse Cloud management API.\n\n"
                                    "Environment: CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET "
                                    "(and optionally CLICKHOUSE_CLOUD_API_URL) sign in for this session only, "
                                    "without touching the keychain."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({ demo, screenshot, page, size, apiUrl, hardeningStatus });
}

std::optional<int> CommandLine::answerWithoutDisplay(int argc, char *argv[],
                                                     const std::function<void(QCoreApplication &)> &prepare)
{
    // A first look without any application object: most starts ask for neither, and
    // they must not pay for (or be changed by) a QCoreApplication that comes and goes.
    // A command line this parser rejects (Qt's own GUI options such as -platform, a
    // typing error) is left to the full parse, which knows those options and reports
    // errors; so is --help-all, whose list of Qt's own options needs the GUI application.
    bool version = false;
    {
        CommandLine look;
        if (!look.parser.parse(argumentsOf(argc, argv)))
            return std::nullopt;
        version = look.parser.isSet(QStringLiteral("version"));
        const bool help = look.parser.isSet(QStringLiteral("help"));
        if (!version && (!help || look.parser.isSet(QStringLiteral("help-all"))))
            return std::nullopt;
    }

    QCoreApplication core(argc, argv);
    QCoreApplication::setOrganizationName(AppInfo::organizationName());
    QCoreApplication::setApplicationName(AppInfo::organizationName());
    QCoreApplication::setApplicationVersion(AppInfo::version());
    // As QCommandLineParser::process() has it: --version wins over --help.
    if (version) {
        std::printf("%s %s\n", qUtf8Printable(QCoreApplication::applicationName()),
                    qUtf8Printable(QCoreApplication::applicationVersion()));
        return 0;
    }
    if (prepare)
        prepare(core);
    // Built again now that the translations are in, so the help speaks the user's language.
    const CommandLine commandLine;
    std::fputs(qUtf8Printable(commandLine.parser.helpText()), stdout);
    return 0;
}

} // namespace chcloud
