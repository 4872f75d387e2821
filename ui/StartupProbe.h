#pragma once

#include <QObject>
#include <QPointer>
#include <QStringList>

namespace chcloud {

class MainWindow;
class Page;

/// Start-up timings for tests/bench/bench_startup, switched on by the environment
/// variable CHCLOUD_STARTUP_PROBE (off otherwise: nothing is installed). Prints
/// one JSON object per line on standard output, with wall-clock milliseconds
/// since the epoch so that the parent process can measure from its own start:
///   {"event":"first_paint","epoch_ms":…}       the main window painted once
///   {"event":"page_ready","page":"usage","epoch_ms":…}  a page finished its load
/// With CHCLOUD_STARTUP_PROBE=exit the app quits once the first page is ready.
/// With CHCLOUD_STARTUP_PROBE=tour the probe then shows every page in turn, waits
/// for each load, prints {"event":"tour_done","peak_rss_mb":…} and quits.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    /// Installs a probe on window when the environment asks for one; null otherwise.
    static StartupProbe *installIfRequested(MainWindow *window);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    enum class Mode {
        Print,
        Exit,
        Tour,
    };
    StartupProbe(MainWindow *window, Mode mode);
    void watchPage(chcloud::Page *page);
    void onPageReady(const QString &pageName);

    QPointer<MainWindow> m_window;
    Mode m_mode = Mode::Print;
    bool m_painted = false;
    QStringList m_ready;
};

} // namespace chcloud
