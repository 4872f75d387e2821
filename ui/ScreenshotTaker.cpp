#include "ScreenshotTaker.h"

#include "MainWindow.h"
#include "session/SessionManager.h"

#include <QPixmap>

namespace chcloud {

ScreenshotTaker::ScreenshotTaker(MainWindow *window, SessionManager *sessions, QString pageName, QString fileName,
                                 int timeoutMs, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_sessions(sessions)
    , m_pageName(std::move(pageName))
    , m_fileName(std::move(fileName))
{
    m_timeout.setSingleShot(true);
    m_timeout.setInterval(timeoutMs);
    connect(&m_timeout, &QTimer::timeout, this, [this] {
        capture(false,
                tr("The page “%1” did not finish loading within %2 s; saved what was on screen.")
                    .arg(m_pageName)
                    .arg(m_timeout.interval() / 1000));
    });
}

void ScreenshotTaker::start()
{
    m_timeout.start();
    // "services/settings": a page, then a part of it (a details tab).
    const qsizetype slash = m_pageName.indexOf(u'/');
    const QString pageName = slash < 0 ? m_pageName : m_pageName.left(slash);
    m_partName = slash < 0 ? QString() : m_pageName.mid(slash + 1);
    m_page = m_window->page(pageName);
    // A failure found here is reported from the event loop: start() runs before
    // the application's exec(), where an exit would be lost.
    if (!m_page) {
        QTimer::singleShot(0, this, [this, pageName] { capture(false, tr("There is no page “%1”.").arg(pageName)); });
        return;
    }
    m_window->showPage(pageName);
    if (!m_partName.isEmpty() && !m_page->showPart(m_partName)) {
        QTimer::singleShot(0, this, [this, pageName] {
            capture(false, tr("The page “%1” has no part “%2”.").arg(pageName, m_partName));
        });
        return;
    }
    connect(m_sessions, &SessionManager::signInFailed, this,
            [this](const QString &message) { capture(false, tr("Signing in failed: %1").arg(message)); });
    if (m_sessions->state() == SessionManager::State::SignedIn)
        onSessionReady();
    else
        connect(m_sessions, &SessionManager::sessionChanged, this, &ScreenshotTaker::onSessionReady,
                Qt::SingleShotConnection);
}

void ScreenshotTaker::onSessionReady()
{
    // The page has its new context by now and is on screen: wait for that load.
    if (m_page->isLoaded()) {
        onPageLoaded();
        return;
    }
    connect(m_page, &Page::loaded, this, &ScreenshotTaker::onPageLoaded, Qt::SingleShotConnection);
}

void ScreenshotTaker::onPageLoaded()
{
    // A part (a details tab) loads on its own once the page has selected what it
    // shows; it reports no signal of its own, so it is asked until it has loaded
    // or the timeout saves what is there.
    if (!m_partName.isEmpty() && m_page && !m_page->isPartLoaded()) {
        QTimer::singleShot(100, this, &ScreenshotTaker::onPageLoaded);
        return;
    }
    // Let the page lay out and paint what it just received before grabbing.
    QTimer::singleShot(200, this, [this] { capture(true, {}); });
}

void ScreenshotTaker::capture(bool inTime, const QString &reason)
{
    if (m_done || !m_window)
        return;
    m_done = true;
    m_timeout.stop();
    const QPixmap picture = m_window->grab();
    if (!picture.save(m_fileName, "PNG")) {
        Q_EMIT finished(Outcome::Failed, tr("Could not write the screenshot to %1.").arg(m_fileName));
        return;
    }
    if (!inTime) {
        Q_EMIT finished(Outcome::Failed, reason);
        return;
    }
    const QString error = m_page ? m_page->loadError() : QString();
    if (!error.isEmpty()) {
        Q_EMIT finished(Outcome::PageError, tr("Saved %1, but the page shows an error: %2").arg(m_fileName, error));
        return;
    }
    const QString warning = m_page ? m_page->loadWarning() : QString();
    Q_EMIT finished(Outcome::Loaded,
                    warning.isEmpty() ? tr("Saved %1.").arg(m_fileName)
                                      : tr("Saved %1. Warning: %2").arg(m_fileName, warning));
}

} // namespace chcloud
