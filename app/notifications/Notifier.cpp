#include "Notifier.h"

#include "preferences/Preferences.h"
#include "session/SessionManager.h"
#include "viewmodels/ServicesViewModel.h"

#include <QChildEvent>
#include <QLocale>
#include <QSettings>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

const auto KeyNoticeGroup = u"notifications/keyExpiryNoticed/"_s;
constexpr qint64 SecondsPerDay = 86'400;

bool isStartLike(ServiceOperation::Kind kind)
{
    return kind == ServiceOperation::Kind::Start || kind == ServiceOperation::Kind::Awake;
}

bool followed(ServiceOperation::Kind kind)
{
    return isStartLike(kind) || kind == ServiceOperation::Kind::Stop || kind == ServiceOperation::Kind::Delete;
}

bool reached(ServiceOperation::Kind kind, ServiceStateKind state)
{
    if (isStartLike(kind))
        return state == ServiceStateKind::Running || state == ServiceStateKind::PartiallyRunning;
    if (kind == ServiceOperation::Kind::Stop)
        return state == ServiceStateKind::Stopped;
    return state == ServiceStateKind::Terminated || state == ServiceStateKind::Softdeleted;
}

} // namespace

Notifier::Notifier(SessionManager *sessions, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_keyCheck(new KeyExpiryCheck(this))
    , m_dailyTimer(new QTimer(this))
    , m_now([] { return QDateTime::currentDateTimeUtc(); })
{
    connect(m_sessions, &SessionManager::sessionChanged, this, &Notifier::onSessionChanged);
    connect(m_keyCheck, &KeyExpiryCheck::checked, this, &Notifier::onKeysChecked);
    // Wakes hourly to see whether a day has passed since the last check; the check itself is once a day.
    m_dailyTimer->setInterval(std::chrono::hours(1));
    connect(m_dailyTimer, &QTimer::timeout, this, &Notifier::checkKeysIfDue);
    m_dailyTimer->start();
    if (m_sessions->session())
        onSessionChanged();
}

Notifier::~Notifier() = default;

void Notifier::setClock(std::function<QDateTime()> now)
{
    m_now = now;
    m_keyCheck->setClock(std::move(now));
}

QSettings &Notifier::settings()
{
    if (m_settings)
        return *m_settings;
    if (!m_ownSettings)
        m_ownSettings = std::make_unique<QSettings>();
    return *m_ownSettings;
}

void Notifier::onSessionChanged()
{
    m_settling.clear();
    m_backgroundFailures = 0;
    if (m_log)
        disconnect(m_log, nullptr, this, nullptr);
    m_log = m_sessions->requestLog();
    if (m_log)
        connect(m_log, &RequestLog::entryAdded, this, &Notifier::onLogEntry);
    m_keyCheck->setContext(m_sessions->session(), m_sessions->session() ? m_sessions->organizationId() : QString());
    m_keyCheck->setAuthKeyId(m_sessions->authKeyId());
    checkKeysIfDue();
}

void Notifier::checkKeysIfDue()
{
    const QString organization = m_keyCheck->organizationId();
    if (!m_keyCheck->session() || organization.isEmpty() || m_keyCheck->isBusy())
        return;
    const QDateTime now = m_now();
    const QDateTime last = m_lastKeyCheck.value(organization);
    if (last.isValid() && last.secsTo(now) < SecondsPerDay)
        return;
    m_lastKeyCheck.insert(organization, now);
    m_keyCheck->setThresholdDays(Preferences::load().expiryWarningDays());
    m_keyCheck->refresh();
}

void Notifier::onKeysChecked(const QList<ExpiringKey> &keys)
{
    const QDate today = m_now().toLocalTime().date();
    const QString todayText = today.toString(Qt::ISODate);
    for (const ExpiringKey &key : keys) {
        const QString settingKey = KeyNoticeGroup + key.id;
        if (settings().value(settingKey).toString() == todayText)
            continue;
        settings().setValue(settingKey, todayText);
        const QString when = QLocale().toString(key.expireAt.toLocalTime(), QLocale::ShortFormat);
        const QString text = key.isCurrentKey
            ? tr("The key this profile signs in with, “%1”, expires on %2. Rotate it before then (API Keys ▸ Rotate).")
                  .arg(key.name, when)
            : tr("The API key “%1” expires on %2.").arg(key.name, when);
        Q_EMIT noticed(Kind::KeyExpiring, tr("API key expires soon"), text);
    }
}

void Notifier::onLogEntry(const RequestLogEntry &entry)
{
    if (entry.priority != RequestPriority::Background)
        return;
    if (!entry.errorKind) {
        m_backgroundFailures = 0;
        return;
    }
    if (*entry.errorKind == ApiErrorKind::Cancelled)
        return;
    if (++m_backgroundFailures != failureStreak)
        return; // said once per streak
    const QString status = entry.httpStatus > 0 ? tr("HTTP %1").arg(entry.httpStatus) : tr("no answer");
    Q_EMIT noticed(Kind::BackgroundFailing, tr("Background requests keep failing"),
                   tr("The last %1 background requests failed (the last one: %2 %3, %4). What the pages show may be "
                      "out of date until they succeed again.")
                       .arg(failureStreak)
                       .arg(QString::fromLatin1(entry.method), entry.pathAndQuery, status));
}

void Notifier::watchServices(ServicesViewModel *services)
{
    if (!services)
        return;
    connect(services, &ServicesViewModel::operationStarted, this,
            [this, services](ServiceOperation *operation) { onOperationStarted(services, operation); });
    connect(services, &ServicesViewModel::serviceChanged, this,
            [this, services](const QString &serviceId) { onServiceChanged(services, serviceId); });
    connect(services, &ServicesViewModel::serviceRemoved, this,
            [this, services](const QString &serviceId) { onServiceRemoved(services, serviceId); });
}

void Notifier::onOperationStarted(ServicesViewModel *services, ServiceOperation *operation)
{
    if (!operation || !followed(operation->kind()))
        return;
    if (operation->isFinished() && !operation->isSuccess() && operation->isCancelled())
        return;
    const auto service = services->service(operation->serviceId());
    const QString name = service ? service->name : operation->serviceId();
    connect(operation, &ServiceOperation::finished, this, [this, services = QPointer(services), operation, name] {
        if (!services)
            return;
        if (operation->isCancelled() || !operation->validationError().isEmpty())
            return; // nothing the server said; the page shows a refusal in place
        if (!operation->isSuccess()) {
            QString action;
            switch (operation->kind()) {
            case ServiceOperation::Kind::Start:
                action = tr("Starting “%1” failed: %2");
                break;
            case ServiceOperation::Kind::Stop:
                action = tr("Stopping “%1” failed: %2");
                break;
            case ServiceOperation::Kind::Awake:
                action = tr("Waking “%1” failed: %2");
                break;
            default:
                action = tr("Deleting “%1” failed: %2");
                break;
            }
            Q_EMIT noticed(Kind::ServiceFailed, tr("Service change failed"), action.arg(name, operation->errorText()));
            return;
        }
        if (operation->kind() == ServiceOperation::Kind::Delete) {
            // The view-model drops the row as soon as the server accepts the delete.
            Q_EMIT noticed(Kind::ServiceChanged, tr("Service deleted"), tr("“%1” was deleted.").arg(name));
            return;
        }
        m_settling.insert(operation->serviceId(), { operation->kind(), name, false });
        onServiceChanged(services, operation->serviceId());
    });
}

void Notifier::onServiceChanged(ServicesViewModel *services, const QString &serviceId)
{
    const auto found = m_settling.find(serviceId);
    if (found == m_settling.end())
        return;
    const auto service = services->service(serviceId);
    if (!service)
        return;
    Settling &settling = *found;
    if (service->state.isTransitional()) {
        settling.sawTransition = true;
        return;
    }
    const ServiceStateKind state = service->state.kind();
    const QString stateText = ServicesViewModel::stateText(service->state);
    if (reached(settling.kind, state)) {
        QString title;
        switch (settling.kind) {
        case ServiceOperation::Kind::Start:
            title = tr("Service started");
            break;
        case ServiceOperation::Kind::Stop:
            title = tr("Service stopped");
            break;
        case ServiceOperation::Kind::Awake:
            title = tr("Service awake");
            break;
        default:
            title = tr("Service deleted");
            break;
        }
        const QString text = settling.kind == ServiceOperation::Kind::Delete
            ? tr("“%1” was deleted.").arg(service->name)
            : tr("“%1” is now %2.").arg(service->name, stateText);
        m_settling.erase(found);
        Q_EMIT noticed(Kind::ServiceChanged, title, text);
        return;
    }
    if (!settling.sawTransition && state != ServiceStateKind::Failed && state != ServiceStateKind::Degraded)
        return; // the row may still show the state before the change
    m_settling.erase(found);
    Q_EMIT noticed(Kind::ServiceFailed, tr("Service change failed"),
                   tr("“%1” ended up %2.").arg(service->name, stateText));
}

void Notifier::onServiceRemoved(ServicesViewModel * /*services*/, const QString &serviceId)
{
    const auto found = m_settling.find(serviceId);
    if (found == m_settling.end())
        return;
    m_settling.erase(found); // gone meanwhile: nothing left to settle
}

} // namespace chcloud
