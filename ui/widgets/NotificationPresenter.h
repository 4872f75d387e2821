#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

class QMainWindow;
class QSystemTrayIcon;

namespace chcloud {

/// Shows a notice the application decided to give (see app/notifications): as a
/// system-tray message when the desktop has a tray and the preference "Show
/// desktop notifications" is on, otherwise in the window's status bar.
class NotificationPresenter : public QObject
{
    Q_OBJECT

public:
    enum class Channel { Tray, StatusBar };
    Q_ENUM(Channel)

    /// How long a notice stays in the status bar.
    static constexpr int statusBarMs = 15'000;

    /// The window's status bar is used; window must outlive this object (make it the parent).
    explicit NotificationPresenter(QMainWindow *window);

    /// Where a notice goes, given what the desktop offers and the preference.
    static Channel channelFor(bool trayAvailable, bool showNotifications);
    /// The channel for a notice now (QSystemTrayIcon::isSystemTrayAvailable() and the saved preference).
    static Channel currentChannel();

public Q_SLOTS:
    void show(const QString &title, const QString &text);

Q_SIGNALS:
    /// A notice was shown on channel (tests look here).
    void shown(chcloud::NotificationPresenter::Channel channel, const QString &title, const QString &text);

private:
    QMainWindow *m_window;
    QSystemTrayIcon *m_tray = nullptr;
};

} // namespace chcloud
