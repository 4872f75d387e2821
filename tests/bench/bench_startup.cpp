// The real executable against the emulator under the real rate limit (10
// requests per 10 s), for the "demo" and the "large" seed: how long from the
// start of the process to the first paint of the main window and to the page
// on screen having loaded, for each of the six pages; and the peak resident
// set after visiting all six pages one after the other.
//
// Each run gets a fresh emulator (its own start-up is not timed, and no run
// inherits another's spent rate budget). The app is started with
// CHCLOUD_STARTUP_PROBE (see ui/StartupProbe.h), signs in from the
// environment, runs offscreen with a throwaway configuration directory.
// The emulator's own time to produce its replies is not the app's: the
// emulator (single-threaded) records how long it spent on each request, and
// "emulator_ms" is that time for the requests it finished before the page was
// ready; "app_ready_ms" is page_ready_ms less it.
// One JSON object per line:
//   {"case":"startup","seed":"large","page":"usage","first_paint_ms":…,"page_ready_ms":…,
//    "emulator_ms":…,"app_ready_ms":…}
//   {"case":"tour","seed":"large","ms":…,"peak_rss_mb":…}

#include "EmulatorProcess.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>

#include <cstdio>
#include <optional>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kRunTimeoutMs = 600000;

void printLine(const QJsonObject &object)
{
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

/// What the app's probe printed, and when the process was started.
struct Run
{
    qint64 startedAtMs = 0;
    std::optional<qint64> firstPaintMs;
    QHash<QString, qint64> pageReadyMs;
    std::optional<qint64> tourDoneMs;
    double peakRssMb = 0;
    QString error;
};

Run runApp(const test::EmulatorProcess &emulator, const QStringList &arguments, const QByteArray &probe,
           const QString &configDir)
{
    Run run;
    QProcess app;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    environment.insert(u"CHCLOUD_STARTUP_PROBE"_s, QString::fromLatin1(probe));
    environment.insert(u"XDG_CONFIG_HOME"_s, configDir);
    environment.insert(u"CLICKHOUSE_CLOUD_API_URL"_s, emulator.baseUrl().toString());
    environment.insert(u"CLICKHOUSE_CLOUD_API_KEY"_s, emulator.keyId());
    environment.insert(u"CLICKHOUSE_CLOUD_API_SECRET"_s, emulator.keySecret());
    app.setProcessEnvironment(environment);
    app.setProcessChannelMode(QProcess::SeparateChannels);
    run.startedAtMs = QDateTime::currentMSecsSinceEpoch();
    app.start(QStringLiteral(CHCLOUD_APP_PATH), arguments);
    if (!app.waitForFinished(kRunTimeoutMs)) {
        app.kill();
        app.waitForFinished();
        run.error = u"the app did not finish"_s;
    }
    const QList<QByteArray> lines = app.readAllStandardOutput().split('\n');
    for (const QByteArray &line : lines) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        const QString event = object.value(u"event"_s).toString();
        const auto at = qint64(object.value(u"epoch_ms"_s).toDouble());
        if (event == u"first_paint"_s)
            run.firstPaintMs = at - run.startedAtMs;
        else if (event == u"page_ready"_s)
            run.pageReadyMs.insert(object.value(u"page"_s).toString(), at - run.startedAtMs);
        else if (event == u"tour_done"_s) {
            run.tourDoneMs = at - run.startedAtMs;
            run.peakRssMb = object.value(u"peak_rss_mb"_s).toDouble();
        }
    }
    if (run.error.isEmpty() && app.exitCode() != 0)
        run.error = u"exit code %1: %2"_s.arg(app.exitCode()).arg(QString::fromLocal8Bit(app.readAllStandardError()));
    return run;
}

/// Milliseconds the emulator spent on the requests it finished by epoch ms until.
double emulatorMsUntil(const test::EmulatorProcess &emulator, qint64 until)
{
    double ms = 0;
    const QJsonArray served = emulator.raw("GET", u"/_emulator/timings"_s).value(u"served"_s).toArray();
    for (const QJsonValue &record : served) {
        if (qint64(record[u"endedAtEpochMs"_s].toDouble()) <= until)
            ms += record[u"ms"_s].toDouble();
    }
    return ms;
}

double rounded(double ms)
{
    return qRound(ms * 10) / 10.0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList pages { u"organization"_s, u"services"_s, u"keys"_s, u"members"_s, u"activity"_s, u"usage"_s };
    QTemporaryDir configDir;
    int result = 0;
    for (const QString &seed : { u"demo"_s, u"large"_s }) {
        for (const QString &page : pages) {
            test::EmulatorProcess emulator({ u"--seed"_s, seed });
            if (!emulator.start(120000)) {
                std::fprintf(stderr, "emulator: %s\n", qPrintable(emulator.errorString()));
                return 1;
            }
            // The app quits once the page is ready (CHCLOUD_STARTUP_PROBE=exit).
            const Run run
                = runApp(emulator, { u"--page"_s, page, u"--size"_s, u"1280x800"_s }, "exit", configDir.path());
            if (!run.error.isEmpty() || !run.firstPaintMs || !run.pageReadyMs.contains(page)) {
                std::fprintf(stderr, "%s/%s: %s\n", qPrintable(seed), qPrintable(page),
                             qPrintable(run.error.isEmpty() ? u"no timings printed"_s : run.error));
                result = 1;
                continue;
            }
            const qint64 readyMs = run.pageReadyMs.value(page);
            const double emulatorMs = emulatorMsUntil(emulator, run.startedAtMs + readyMs);
            printLine({ { u"case"_s, u"startup"_s },
                        { u"seed"_s, seed },
                        { u"page"_s, page },
                        { u"first_paint_ms"_s, double(*run.firstPaintMs) },
                        { u"page_ready_ms"_s, double(readyMs) },
                        { u"emulator_ms"_s, rounded(emulatorMs) },
                        { u"app_ready_ms"_s, rounded(double(readyMs) - emulatorMs) } });
        }

        test::EmulatorProcess emulator({ u"--seed"_s, seed });
        if (!emulator.start(120000)) {
            std::fprintf(stderr, "emulator: %s\n", qPrintable(emulator.errorString()));
            return 1;
        }
        const Run tour
            = runApp(emulator, { u"--page"_s, pages.first(), u"--size"_s, u"1280x800"_s }, "tour", configDir.path());
        if (!tour.error.isEmpty() || !tour.tourDoneMs) {
            std::fprintf(stderr, "%s tour: %s\n", qPrintable(seed),
                         qPrintable(tour.error.isEmpty() ? u"the tour did not finish"_s : tour.error));
            result = 1;
            continue;
        }
        printLine({ { u"case"_s, u"tour"_s },
                    { u"seed"_s, seed },
                    { u"ms"_s, double(*tour.tourDoneMs) },
                    { u"peak_rss_mb"_s, tour.peakRssMb } });
    }
    return result;
}
