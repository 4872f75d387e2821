#include "SessionManager.h"

#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "api/RequestLog.h"
#include "domain/Organization.h"
#include "secrets/ProfileStore.h"
#include "secrets/SecretJob.h"

namespace chcloud {

SessionManager::SessionManager(ProfileStore *profiles, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
{
}

SessionManager::~SessionManager()
{
    cancelCurrent();
}

std::optional<Profile> SessionManager::profile() const
{
    return m_profiles->profile(m_profileId);
}

void SessionManager::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

void SessionManager::cancelCurrent()
{
    for (ApiSession *session : { m_pending.data(), m_session.data() }) {
        if (!session)
            continue;
        session->scheduler()->cancelAll();
    }
    if (m_pending) {
        m_pending->deleteLater();
        m_pending.clear();
    }
}

void SessionManager::signOut()
{
    ++m_attempt;
    cancelCurrent();
    if (m_session) {
        m_session->deleteLater();
        setCurrentSession(nullptr);
    }
    m_profileId = QUuid();
    m_sessionProfileId = QUuid();
    m_organizationId.clear();
    m_organizationName.clear();
    setState(State::SignedOut);
    Q_EMIT sessionChanged();
}

void SessionManager::signIn(const QUuid &profileId)
{
    const quint64 attempt = ++m_attempt;
    // The old session stops talking to the server now; pages keep it until the new one is ready.
    cancelCurrent();
    m_errorText.clear();
    m_profileId = profileId;
    setState(State::SigningIn);
    Q_EMIT signInStarted(profileId);

    SecretJob *job = m_profiles->readSecret(profileId);
    if (!job) {
        fail(tr("There is no such profile."));
        return;
    }
    connect(job, &SecretJob::finished, this, [this, job, attempt, profileId] {
        if (attempt != m_attempt)
            return;
        if (!job->result().isOk()) {
            const auto profile = m_profiles->profile(profileId);
            fail(tr("The secret of profile “%1” could not be read: %2")
                     .arg(profile ? profile->label : QString(), job->result().message));
            return;
        }
        SecretBytes bytes = job->takeSecret();
        const Secret secret(bytes.bytes());
        bytes.wipe();
        openSession(profileId, secret);
    });
}

QUuid SessionManager::signInSessionOnly(const QString &label, const QUrl &baseUrl, const QString &keyId,
                                        const Secret &secret)
{
    Profile profile;
    profile.label = label;
    profile.baseUrl = baseUrl;
    profile.keyId = keyId;
    profile.storage = ProfileStorage::SessionOnly;
    const QUuid id = m_profiles->add(profile);
    if (id.isNull())
        return {};
    // The session store answers from memory; the secret is written before the read below is queued.
    m_profiles->writeSecret(id, SecretBytes(secret.revealUtf8()));
    signIn(id);
    return id;
}

void SessionManager::openSession(const QUuid &profileId, const Secret &secret)
{
    const auto profile = m_profiles->profile(profileId);
    if (!profile) {
        fail(tr("The profile was removed while signing in."));
        return;
    }
    auto opened = ApiSession::open(profile->baseUrl, profile->keyId, secret, m_schedulerConfig);
    if (!opened) {
        fail(tr("Cannot connect to %1: %2").arg(profile->baseUrl.toDisplayString(), opened.error().displayText()));
        return;
    }
    ApiSession *session = std::move(opened).value().release();
    session->setParent(this);
    m_pending = session;
    const quint64 attempt = m_attempt;
    const QString wantedOrganization = profile->organizationId;
    session->api()->organizationGetList(
        RequestPriority::Interactive, this,
        [this, attempt, session, profileId, wantedOrganization](ApiResult<QList<Organization>> result) {
            if (attempt != m_attempt || m_pending != session)
                return;
            if (!result) {
                fail(tr("Signing in failed: %1").arg(result.error().displayText()));
                return;
            }
            const QList<Organization> &organizations = result.value();
            if (organizations.isEmpty()) {
                fail(tr("Signing in failed: the key does not belong to any organization."));
                return;
            }
            Organization chosen = organizations.constFirst();
            for (const Organization &organization : organizations) {
                if (organization.id == wantedOrganization)
                    chosen = organization;
            }
            // Keep the profile's organization up to date (metadata only).
            if (auto stored = m_profiles->profile(profileId);
                stored && (stored->organizationId != chosen.id || stored->organizationName != chosen.name)) {
                stored->organizationId = chosen.id;
                stored->organizationName = chosen.name;
                m_profiles->update(*stored);
            }
            ApiSession *previous = m_session;
            setCurrentSession(session);
            m_sessionProfileId = profileId;
            m_pending.clear();
            m_organizationId = chosen.id;
            m_organizationName = chosen.name;
            setState(State::SignedIn);
            Q_EMIT sessionChanged();
            if (previous)
                previous->deleteLater();
        });
}

bool SessionManager::adoptSession(ApiSession *session)
{
    if (!session)
        return false;
    const auto current = profile();
    if (m_state != State::SignedIn || !m_session || !current || current->keyId != session->keyId()) {
        session->cancelAll();
        session->deleteLater();
        return false;
    }
    ++m_attempt; // a sign-in still on its way would switch back to the old key
    session->setParent(this);
    ApiSession *previous = m_session;
    previous->cancelAll();
    setCurrentSession(session);
    Q_EMIT sessionChanged();
    previous->deleteLater();
    return true;
}

ApiSession *SessionManager::session() const
{
    return m_session;
}

QString SessionManager::authKeyId() const
{
    return m_session ? m_session->keyId() : QString();
}

RequestLog *SessionManager::requestLog() const
{
    return m_session ? m_session->requestLog() : nullptr;
}

QUrl SessionManager::baseUrl() const
{
    return m_session ? m_session->baseUrl() : QUrl();
}

SchedulerStatus SessionManager::schedulerStatus() const
{
    return m_session ? m_session->scheduler()->status() : SchedulerStatus {};
}

void SessionManager::setCurrentSession(ApiSession *session)
{
    if (m_session)
        disconnect(m_session->scheduler(), nullptr, this, nullptr);
    m_session = session;
    if (session) {
        connect(session->scheduler(), &RequestScheduler::statusChanged, this, &SessionManager::schedulerStatusChanged);
    }
}

void SessionManager::fail(const QString &message)
{
    if (m_pending) {
        m_pending->scheduler()->cancelAll();
        m_pending->deleteLater();
        m_pending.clear();
    }
    m_errorText = message;
    if (m_session) {
        // Stay with the session that works: the switch failed, not the session.
        m_profileId = m_sessionProfileId;
        setState(State::SignedIn);
    } else {
        m_profileId = QUuid();
        m_organizationId.clear();
        m_organizationName.clear();
        setState(State::Failed);
    }
    Q_EMIT signInFailed(message);
}

} // namespace chcloud
