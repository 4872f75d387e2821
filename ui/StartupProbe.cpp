#include "StartupProbe.h"

#include "MainWindow.h"
#include "PageCatalog.h"
#include "pages/Page.h"

#include <QApplication>
#include <QDateTime>
#include <QEvent>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <cstdio>
#include <sys/resource.h>

namespace chcloud {

namespace {

void printLine(QJsonObject object)
{
    object.insert(QStringLiteral("epoch_ms"), double(QDateTime::currentMSecsSinceEpoch()));
    std::printf("%s\n", QJsonDocument(object).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);
}

double peakRssMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

} // namespace

StartupProbe *StartupProbe::installIfRequested(MainWindow *window)
{
    const QByteArray mode = qgetenv("CHCLOUD_STARTUP_PROBE");
    if (mode.isEmpty() || !window)
        return nullptr;
    return new StartupProbe(window, mode == "tour" ? Mode::Tour : mode == "exit" ? Mode::Exit : Mode::Print);
}

StartupProbe::StartupProbe(MainWindow *window, Mode mode)
    : QObject(window)
    , m_window(window)
    , m_mode(mode)
{
    window->installEventFilter(this);
    // Pages are built when first shown; watching must not build them.
    for (Page *page : window->builtPages())
        watchPage(page);
    connect(window, &MainWindow::pageBuilt, this, &StartupProbe::watchPage);
}

void StartupProbe::watchPage(Page *page)
{
    const QString pageName = page->pageName();
    connect(page, &Page::loaded, this, [this, pageName] { onPageReady(pageName); });
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_painted && watched == m_window && event->type() == QEvent::Paint) {
        m_painted = true;
        // After this paint has been handled: the first frame is on its way.
        QTimer::singleShot(0, this, [] { printLine({ { QStringLiteral("event"), QStringLiteral("first_paint") } }); });
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::onPageReady(const QString &pageName)
{
    if (m_ready.contains(pageName))
        return;
    m_ready.append(pageName);
    printLine({ { QStringLiteral("event"), QStringLiteral("page_ready") }, { QStringLiteral("page"), pageName } });
    if (m_mode == Mode::Exit) {
        QApplication::exit(0);
        return;
    }
    if (m_mode != Mode::Tour || !m_window)
        return;
    for (const QString &next : PageCatalog::pageNames()) {
        if (!m_ready.contains(next)) {
            m_window->showPage(next);
            return;
        }
    }
    printLine({ { QStringLiteral("event"), QStringLiteral("tour_done") },
                { QStringLiteral("peak_rss_mb"), qRound(peakRssMb() * 10) / 10.0 } });
    QApplication::exit(0);
}

} // namespace chcloud
