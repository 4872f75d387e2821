#pragma once

#include <QString>

namespace chcloud {

/// The 14 states the spec lists, plus Unknown for whatever a newer API sends.
enum class ServiceStateKind {
    Starting,
    Stopping,
    Terminating,
    Softdeleting,
    Awaking,
    PartiallyRunning,
    Provisioning,
    Running,
    Stopped,
    Terminated,
    Softdeleted,
    Degraded,
    Failed,
    Idle,
    Unknown,
};

/// A service's state as an open enum: a known kind, and always the raw text
/// the server sent, so an unknown state is shown as it is instead of failing.
class ServiceState
{
public:
    ServiceState() = default;
    /// Never fails: unknown text gives kind() == Unknown with raw() kept.
    static ServiceState fromString(const QString &text);
    static ServiceState of(ServiceStateKind kind);

    ServiceStateKind kind() const { return m_kind; }
    /// The server's text ("running"); empty only for a default-constructed state.
    QString raw() const { return m_raw; }
    bool isUnknown() const { return m_kind == ServiceStateKind::Unknown; }

    /// Moving between stable states: worth polling.
    bool isTransitional() const;
    /// The state DELETE accepts.
    bool canDelete() const { return m_kind == ServiceStateKind::Stopped; }
    bool canStart() const;
    bool canStop() const;
    /// "Partially running"; for unknown states "Unknown (raw)".
    QString label() const;

    /// The spec's text for a known kind; empty for Unknown.
    static QString textFor(ServiceStateKind kind);

    bool operator==(const ServiceState &other) const { return m_kind == other.m_kind && m_raw == other.m_raw; }

private:
    ServiceStateKind m_kind = ServiceStateKind::Unknown;
    QString m_raw;
};

} // namespace chcloud
