#include "ProfileKeyActions.h"

#include "SessionManager.h"
#include "api/ApiSession.h"
#include "viewmodels/KeyReveal.h"
#include "viewmodels/KeyRotation.h"

namespace chcloud {

ProfileKeyActions::ProfileKeyActions(SessionManager *sessions, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
{
}

bool ProfileKeyActions::canRotate() const
{
    return m_sessions && m_sessions->session() && m_sessions->profileStore();
}

KeyRotation *ProfileKeyActions::rotate(const ApiKey &key, QObject *parent)
{
    if (!canRotate())
        return nullptr;
    auto *rotation = new KeyRotation(m_sessions->session(), m_sessions->profileStore(), m_sessions->profileId(),
                                     m_sessions->organizationId(), key, parent);
    const QUuid profileId = m_sessions->profileId();
    connect(rotation, &KeyRotation::finished, this, [this, rotation, profileId] {
        // Once the profile uses the new key, carry on with it even if retiring the old one failed.
        if (!m_sessions || !rotation->profileSwitched())
            return;
        ApiSession *verified = rotation->takeNewSession();
        if (verified && m_sessions->adoptSession(verified))
            return;
        // The verified session could not be taken over: sign in with the stored new key instead.
        if (m_sessions->profileId() == profileId)
            m_sessions->signIn(profileId);
    });
    return rotation;
}

KeyReveal *ProfileKeyActions::reveal(const QString &keyName, const QString &keyId, const Secret &secret,
                                     ClipboardGuard *clipboard, QObject *parent)
{
    Profile profileTemplate;
    ProfileStore *profiles = nullptr;
    if (m_sessions) {
        profiles = m_sessions->profileStore();
        if (const auto current = m_sessions->profile())
            profileTemplate = *current;
        profileTemplate.organizationId = m_sessions->organizationId();
        profileTemplate.organizationName = m_sessions->organizationName();
        if (!profileTemplate.baseUrl.isValid())
            profileTemplate.baseUrl = m_sessions->baseUrl();
    }
    return new KeyReveal(keyName, keyId, secret, clipboard, profiles, profileTemplate, parent);
}

} // namespace chcloud
