#pragma once

#include "api/RequestLog.h"
#include "notifications/KeyExpiryCheck.h"
#include "viewmodels/ServiceOperation.h"

#include <QDateTime>
#include <QHash>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>
#include <memory>

class QSettings;
class QTimer;

namespace chcloud {

class ServicesViewModel;
class SessionManager;

/// What is worth telling the user even when the page that shows it is not on
/// screen: a key that expires soon, a service change the user started that has
/// finished or failed, background requests that keep failing. It only decides
/// and words the notices (noticed()); how they are shown (a system-tray message
/// or the status bar) is up to the window.
///
/// Keys are checked after each sign-in and at most once a day per organization,
/// at background priority; each expiring key is mentioned at most once a day
/// (the day of the last notice is kept in QSettings under the key's id, which is
/// no secret). A service change is followed from the operation the services
/// view-model hands out until the service settles. Background requests are
/// watched in the session's request log: the third failure in a row is reported
/// once, until one succeeds again.
class Notifier : public QObject
{
    Q_OBJECT

public:
    enum class Kind { KeyExpiring, ServiceChanged, ServiceFailed, BackgroundFailing };
    Q_ENUM(Kind)

    /// Background failures in a row that make a notice.
    static constexpr int failureStreak = 3;

    /// sessions is not owned and must outlive this object.
    explicit Notifier(SessionManager *sessions, QObject *parent = nullptr);
    ~Notifier() override;

    /// The time now (UTC); tests give a fake clock.
    void setClock(std::function<QDateTime()> now);
    /// Where the day of each key's last notice is kept (the application's settings by default; not owned).
    void setSettings(QSettings *settings) { m_settings = settings; }
    /// Follows the start, stop, awake and delete operations services hands out.
    void watchServices(ServicesViewModel *services);
    KeyExpiryCheck *keyCheck() const { return m_keyCheck; }

public Q_SLOTS:
    /// Checks the keys unless this organization's were checked less than a day ago.
    void checkKeysIfDue();

Q_SIGNALS:
    /// Something to tell the user: a short title and one or two sentences.
    void noticed(chcloud::Notifier::Kind kind, const QString &title, const QString &text);

private:
    void onSessionChanged();
    void onLogEntry(const chcloud::RequestLogEntry &entry);
    void onKeysChecked(const QList<chcloud::ExpiringKey> &keys);
    void onOperationStarted(ServicesViewModel *services, ServiceOperation *operation);
    void onOperationFinished(ServicesViewModel *services, ServiceOperation *operation);
    void onServiceChanged(ServicesViewModel *services, const QString &serviceId);
    void onServiceRemoved(ServicesViewModel *services, const QString &serviceId);
    QSettings &settings();

    struct Settling
    {
        ServiceOperation::Kind kind;
        QString name;
        bool sawTransition = false; ///< the row has shown a transitional state since the change was accepted
    };

    SessionManager *m_sessions;
    KeyExpiryCheck *m_keyCheck;
    QTimer *m_dailyTimer;
    std::function<QDateTime()> m_now;
    QSettings *m_settings = nullptr;
    std::unique_ptr<QSettings> m_ownSettings;
    QHash<QString, QDateTime> m_lastKeyCheck; ///< per organization id
    QPointer<RequestLog> m_log;
    int m_backgroundFailures = 0;
    QHash<QString, Settling> m_settling; ///< service id → the change the user started
};

} // namespace chcloud
