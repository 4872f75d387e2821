#include "ServiceState.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace chcloud {

namespace {

constexpr std::array<std::pair<ServiceStateKind, const char *>, 14> kStateTexts { {
    { ServiceStateKind::Starting, "starting" },
    { ServiceStateKind::Stopping, "stopping" },
    { ServiceStateKind::Terminating, "terminating" },
    { ServiceStateKind::Softdeleting, "softdeleting" },
    { ServiceStateKind::Awaking, "awaking" },
    { ServiceStateKind::PartiallyRunning, "partially_running" },
    { ServiceStateKind::Provisioning, "provisioning" },
    { ServiceStateKind::Running, "running" },
    { ServiceStateKind::Stopped, "stopped" },
    { ServiceStateKind::Terminated, "terminated" },
    { ServiceStateKind::Softdeleted, "softdeleted" },
    { ServiceStateKind::Degraded, "degraded" },
    { ServiceStateKind::Failed, "failed" },
    { ServiceStateKind::Idle, "idle" },
} };

} // namespace

ServiceState ServiceState::fromString(const QString &text)
{
    ServiceState state;
    state.m_raw = text;
    for (const auto &[kind, name] : kStateTexts) {
        if (text == QLatin1String(name)) {
            state.m_kind = kind;
            break;
        }
    }
    return state;
}

ServiceState ServiceState::of(ServiceStateKind kind)
{
    return fromString(textFor(kind));
}

QString ServiceState::textFor(ServiceStateKind kind)
{
    for (const auto &[known, name] : kStateTexts) {
        if (known == kind)
            return QLatin1String(name);
    }
    return {};
}

bool ServiceState::isTransitional() const
{
    switch (m_kind) {
    case ServiceStateKind::Starting:
    case ServiceStateKind::Stopping:
    case ServiceStateKind::Terminating:
    case ServiceStateKind::Softdeleting:
    case ServiceStateKind::Awaking:
    case ServiceStateKind::Provisioning:
        return true;
    case ServiceStateKind::PartiallyRunning:
    case ServiceStateKind::Running:
    case ServiceStateKind::Stopped:
    case ServiceStateKind::Terminated:
    case ServiceStateKind::Softdeleted:
    case ServiceStateKind::Degraded:
    case ServiceStateKind::Failed:
    case ServiceStateKind::Idle:
    case ServiceStateKind::Unknown:
        return false;
    }
    return false;
}

bool ServiceState::canStart() const
{
    return m_kind == ServiceStateKind::Stopped || m_kind == ServiceStateKind::Idle;
}

bool ServiceState::canStop() const
{
    return m_kind == ServiceStateKind::Running || m_kind == ServiceStateKind::PartiallyRunning
        || m_kind == ServiceStateKind::Idle || m_kind == ServiceStateKind::Degraded;
}

QString ServiceState::label() const
{
    switch (m_kind) {
    case ServiceStateKind::Starting:
        return QCoreApplication::translate("ServiceState", "Starting");
    case ServiceStateKind::Stopping:
        return QCoreApplication::translate("ServiceState", "Stopping");
    case ServiceStateKind::Terminating:
        return QCoreApplication::translate("ServiceState", "Terminating");
    case ServiceStateKind::Softdeleting:
        return QCoreApplication::translate("ServiceState", "Deleting");
    case ServiceStateKind::Awaking:
        return QCoreApplication::translate("ServiceState", "Waking up");
    case ServiceStateKind::PartiallyRunning:
        return QCoreApplication::translate("ServiceState", "Partially running");
    case ServiceStateKind::Provisioning:
        return QCoreApplication::translate("ServiceState", "Provisioning");
    case ServiceStateKind::Running:
        return QCoreApplication::translate("ServiceState", "Running");
    case ServiceStateKind::Stopped:
        return QCoreApplication::translate("ServiceState", "Stopped");
    case ServiceStateKind::Terminated:
        return QCoreApplication::translate("ServiceState", "Terminated");
    case ServiceStateKind::Softdeleted:
        return QCoreApplication::translate("ServiceState", "Deleted");
    case ServiceStateKind::Degraded:
        return QCoreApplication::translate("ServiceState", "Degraded");
    case ServiceStateKind::Failed:
        return QCoreApplication::translate("ServiceState", "Failed");
    case ServiceStateKind::Idle:
        return QCoreApplication::translate("ServiceState", "Idle");
    case ServiceStateKind::Unknown:
        break;
    }
    return QCoreApplication::translate("ServiceState", "Unknown (%1)").arg(m_raw);
}

} // namespace chcloud
