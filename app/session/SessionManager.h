#pragma once

#include "api/ApiError.h"
#include "api/RequestScheduler.h"
#include "domain/Profile.h"
#include "domain/Secret.h"

#include <QObject>
#include <QPointer>
#include <QUuid>

#include <optional>

namespace chcloud {

class ApiSession;
class ProfileStore;
class RequestLog;

/// Which profile the main window is signed in with, and its ApiSession.
///
/// Signing in reads the profile's secret from its store (asynchronously: the
/// keychain may take a while or not answer), opens an ApiSession with it and asks
/// the API for the organization (GET /v1/organizations), so pages get an
/// organization id to work with. Switching profile cancels everything the old
/// session still had queued or in flight before the new one takes over.
///
/// A failed sign-in never leaves things half-switched: when a session was open,
/// it stays the current one (same profile, still SignedIn, its pages keep
/// working) and signInFailed() says why the switch failed; when none was open,
/// the manager ends signed out (State::Failed, no profile, no session).
class SessionManager : public QObject
{
    Q_OBJECT

public:
    enum class State { SignedOut, SigningIn, SignedIn, Failed };
    Q_ENUM(State)

    /// profiles is not owned and must outlive this object.
    explicit SessionManager(ProfileStore *profiles, QObject *parent = nullptr);
    ~SessionManager() override;

    ProfileStore *profileStore() const { return m_profiles; }

    /// Signs in with a stored profile. Ends with sessionChanged() or signInFailed();
    /// on failure the previous session (if any) stays current.
    void signIn(const QUuid &profileId);
    /// Adds a session-only profile (memory only; nothing touches the keychain) and
    /// signs in with it: for --demo and the CLICKHOUSE_CLOUD_API_* variables.
    /// Returns the new profile's id, or a null id when the profile is invalid.
    QUuid signInSessionOnly(const QString &label, const QUrl &baseUrl, const QString &keyId, const Secret &secret);
    /// Cancels what the session had pending and drops it.
    void signOut();
    /// Takes over a session already verified for the signed-in profile's current
    /// key (a key rotation's): it becomes the current session at once, without
    /// reading the keychain again, and the old one is cancelled and deleted later.
    /// Refused (and the session deleted) when its key is not the profile's.
    bool adoptSession(ApiSession *session);
    /// The scheduler settings for sessions opened from now on (tests use short windows).
    void setSchedulerConfig(const SchedulerConfig &config) { m_schedulerConfig = config; }

    State state() const { return m_state; }
    /// The session of the signed-in profile; null unless SignedIn.
    ApiSession *session() const;
    QUuid profileId() const { return m_profileId; }
    /// The signed-in (or signing-in) profile's metadata.
    std::optional<Profile> profile() const;
    QString organizationId() const { return m_organizationId; }
    QString organizationName() const { return m_organizationName; }
    /// The key ID the current session authenticates with; empty without one.
    QString authKeyId() const;
    /// The current session's request log (null without one) and base URL.
    RequestLog *requestLog() const;
    QUrl baseUrl() const;
    /// The current session's scheduler state (empty without one).
    SchedulerStatus schedulerStatus() const;
    /// Why the last sign-in failed (translated), empty otherwise.
    QString errorText() const { return m_errorText; }

Q_SIGNALS:
    void stateChanged(chcloud::SessionManager::State state);
    /// A sign-in started; the old session (if any) has been cancelled.
    void signInStarted(const QUuid &profileId);
    /// The new session is ready (organization known). The previous one is deleted later.
    void sessionChanged();
    /// A sign-in failed (message translated). profileId() and session() are back
    /// to the previous session's, or null when there was none.
    void signInFailed(const QString &message);
    /// The current session's scheduler state changed (see schedulerStatus()).
    void schedulerStatusChanged();

private:
    void cancelCurrent();
    void openSession(const QUuid &profileId, const Secret &secret);
    void fail(const QString &message);
    void setState(State state);
    /// Makes session the current one (null: none) and relays its scheduler's status.
    void setCurrentSession(ApiSession *session);

    ProfileStore *m_profiles;
    QPointer<ApiSession> m_session;
    QPointer<ApiSession> m_pending;
    QUuid m_profileId;
    /// The profile of m_session while another one signs in (null when no session was open).
    QUuid m_sessionProfileId;
    QString m_organizationId;
    QString m_organizationName;
    QString m_errorText;
    State m_state = State::SignedOut;
    SchedulerConfig m_schedulerConfig;
    quint64 m_attempt = 0; ///< makes answers to an abandoned sign-in harmless
};

} // namespace chcloud
