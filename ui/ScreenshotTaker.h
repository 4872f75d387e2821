#pragma once

#include <QObject>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace chcloud {

class MainWindow;
class Page;
class SessionManager;

/// `--screenshot FILE --page NAME` (or `--page NAME/PART`, e.g. services/settings
/// for a details tab of the selected service): waits until the session is signed in and the
/// page has loaded (its data or its error on screen), grabs the window to a PNG
/// and reports how it went, truthfully, since scripts and checks rely on it. If
/// that takes longer than the timeout, it saves what is on screen anyway and
/// reports failure, so a broken run still leaves a picture.
class ScreenshotTaker : public QObject
{
    Q_OBJECT

public:
    /// The process exit status --screenshot ends with.
    enum class Outcome {
        Loaded = 0, ///< the page loaded (a partly readable list counts, with a warning)
        Failed = 1, ///< signing in failed, the page did not load in time, or the file could not be written
        PageError = 2, ///< the page shows a load error instead of its data
    };

    ScreenshotTaker(MainWindow *window, SessionManager *sessions, QString pageName, QString fileName,
                    int timeoutMs = 20000, QObject *parent = nullptr);

    /// Starts waiting; ends with finished() once.
    void start();

Q_SIGNALS:
    /// message: what happened, for stderr.
    void finished(chcloud::ScreenshotTaker::Outcome outcome, const QString &message);

private:
    void onSessionReady();
    void onPageLoaded();
    void capture(bool inTime, const QString &reason);

    QPointer<MainWindow> m_window;
    SessionManager *m_sessions;
    QString m_pageName;
    QString m_partName;
    QString m_fileName;
    QTimer m_timeout;
    QPointer<Page> m_page;
    bool m_done = false;
};

} // namespace chcloud
