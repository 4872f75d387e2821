#include "NotificationPresenter.h"

#include "preferences/Preferences.h"

#include <QIcon>
#include <QMainWindow>
#include <QStatusBar>
#include <QSystemTrayIcon>

using namespace Qt::StringLiterals;

namespace chcloud {

NotificationPresenter::NotificationPresenter(QMainWindow *window)
    : QObject(window)
    , m_window(window)
{
}

NotificationPresenter::Channel NotificationPresenter::channelFor(bool trayAvailable, bool showNotifications)
{
    return trayAvailable && showNotifications ? Channel::Tray : Channel::StatusBar;
}

NotificationPresenter::Channel NotificationPresenter::currentChannel()
{
    return channelFor(QSystemTrayIcon::isSystemTrayAvailable(), Preferences::load().showNotifications());
}

void NotificationPresenter::show(const QString &title, const QString &text)
{
    const Channel channel = currentChannel();
    if (channel == Channel::Tray) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(QIcon(u":/icons/app.svg"_s), this);
            m_tray->setToolTip(m_window->windowTitle());
        }
        // A message needs a visible tray icon; it stays for the rest of the run.
        m_tray->show();
        m_tray->showMessage(title, text, QSystemTrayIcon::Information);
    } else {
        m_window->statusBar()->showMessage(tr("%1: %2").arg(title, text), statusBarMs);
    }
    Q_EMIT shown(channel, title, text);
}

} // namespace chcloud
