#pragma once

// The application's composition root, signed in with a session-only profile (no
// keychain is touched), so page tests build and bind their pages the way the
// application does.

#include "AppComposition.h"
#include "api/ApiSession.h"
#include "secrets/ProfileStore.h"
#include "secrets/SessionSecretStore.h"
#include "session/SessionManager.h"

#include <QSignalSpy>

#include <memory>

namespace chcloud::test {

class SignedInComposition
{
public:
    SignedInComposition()
        : m_profiles(m_noKeychain, m_memory)
        , m_root(&m_profiles)
    {
    }

    /// Signs in and waits until the session is current (its organization known).
    bool signIn(const QUrl &baseUrl, const QString &keyId, const Secret &secret, const SchedulerConfig &config = {},
                int timeoutMs = 20000)
    {
        m_root.sessions()->setSchedulerConfig(config);
        QSignalSpy ready(m_root.sessions(), &SessionManager::sessionChanged);
        if (m_root.sessions()->signInSessionOnly(QStringLiteral("Test"), baseUrl, keyId, secret).isNull())
            return false;
        if (ready.isEmpty() && !ready.wait(timeoutMs))
            return false;
        return m_root.sessions()->session() != nullptr;
    }

    AppComposition &root() { return m_root; }
    SessionManager *sessions() const { return m_root.sessions(); }
    ApiSession *session() const { return m_root.sessions()->session(); }
    QString organizationId() const { return m_root.sessions()->organizationId(); }

    /// A page as the application builds it, bound to the session (not shown yet: it loads when shown).
    template<typename PageType>
    std::unique_ptr<PageType> createPage(const QString &name)
    {
        return std::unique_ptr<PageType>(qobject_cast<PageType *>(m_root.createPage(name)));
    }

private:
    SessionSecretStore m_noKeychain;
    SessionSecretStore m_memory;
    ProfileStore m_profiles;
    AppComposition m_root;
};

} // namespace chcloud::test
