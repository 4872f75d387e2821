#pragma once

#include "domain/Profile.h"
#include "domain/Secret.h"

#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QUrl>
#include <QUuid>

#include <memory>
#include <optional>

namespace chcloud {

class ApiSession;
class ProfileStore;

/// What the sign-in / profile dialog binds to: testing a key against the API
/// with a throwaway session (GET /v1/organizations names the organization), and
/// saving, removing and choosing the default profile. The secret goes to the
/// profile's secret store (keychain or this session's memory); metadata goes to
/// the ProfileStore. When the keychain does not answer, saving says so
/// (saveFailed with keychainUnavailable) so the dialog can offer a session-only profile.
class ProfilesViewModel : public QObject
{
    Q_OBJECT

public:
    /// profiles is not owned and must outlive this object.
    explicit ProfilesViewModel(ProfileStore *profiles, QObject *parent = nullptr);
    ~ProfilesViewModel() override;

    ProfileStore *profileStore() const { return m_profiles; }
    static QUrl defaultBaseUrl();

    /// The profiles (metadata only), in the store's order.
    QList<Profile> profiles() const;
    std::optional<Profile> profile(const QUuid &id) const;
    QUuid defaultProfileId() const;

    /// Checks the key: ends with connectionSucceeded() or connectionFailed(), once.
    /// A new test replaces one still running.
    void testConnection(const QUrl &baseUrl, const QString &keyId, const Secret &secret);
    bool isTesting() const { return m_testSession != nullptr; }
    QString testedOrganizationId() const { return m_organizationId; }
    QString testedOrganizationName() const { return m_organizationName; }

    /// Saves `profile` (a null id adds a new one, otherwise updates it) with its
    /// secret in the store its storage names. An empty secret keeps the stored one
    /// when updating. Ends with saved() or saveFailed().
    void save(Profile profile, const Secret &secret);
    /// Removes the profile and its keychain entry. Ends with removed() or removeFailed().
    void remove(const QUuid &id);
    bool setDefault(const QUuid &id);

    /// What "Forget everything" would remove, one translated line per kind of thing,
    /// for the confirmation: profiles, service passwords, keychain entries, settings.
    QStringList forgetEverythingSummary() const;
    /// Removes every profile, every secret the application stored (keychain and this
    /// session: key secrets and service passwords) and its settings. Sign out first.
    /// Ends with forgotten().
    void forgetEverything();

Q_SIGNALS:
    /// A profile was added, changed or removed, or the default changed.
    void profilesChanged();
    void testingChanged(bool testing);
    void connectionSucceeded(const QString &organizationId, const QString &organizationName);
    void connectionFailed(const QString &message);
    void saved(const QUuid &id);
    /// keychainUnavailable: the keychain did not take the secret (none, locked, no answer);
    /// saving as a session-only profile would work.
    void saveFailed(const QString &message, bool keychainUnavailable);
    void removed(const QUuid &id);
    void removeFailed(const QString &message);
    /// forgetEverything() ended: ok, or message says what is left (translated).
    void forgotten(bool ok, const QString &message);

private:
    void endTest();

    ProfileStore *m_profiles;
    std::unique_ptr<ApiSession> m_testSession;
    QString m_organizationId;
    QString m_organizationName;
};

} // namespace chcloud
