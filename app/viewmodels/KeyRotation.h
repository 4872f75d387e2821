#pragma once

#include "api/ApiError.h"
#include "domain/ApiKey.h"
#include "domain/Secret.h"

#include <QDate>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUuid>

#include <functional>
#include <memory>

namespace chcloud {

class ApiSession;
class ProfileStore;

/// Replaces the key a profile signs in with, in one guided step:
///
///  1. create a replacement with the same roles and IP access list, named
///     "<name> (rotated <date>)";
///  2. verify the new key works with its own session (GET /v1/organizations),
///     its secret held in memory only;
///  3. store its secret for the profile (keychain, or the session store for a
///     session-only profile), keeping the previous secret in memory;
///  4. point the profile at the new key ID;
///  5. disable the old key, through the new key's session;
///  6. optionally delete the old key.
///
/// Nothing the profile depends on changes before the new key is known to work,
/// so it stops safely at the first failure and says exactly what state things
/// are in: until step 4 the profile still signs in with the old key (if step 4
/// fails, the previous secret is written back). Whenever the new secret would
/// otherwise be lost, secretNeedsReveal() hands it over for the one-time reveal.
class KeyRotation : public QObject
{
    Q_OBJECT
    Q_PROPERTY(State state READ state NOTIFY stateChanged)

public:
    enum class Step { CreateReplacement, VerifyNewKey, StoreSecret, SwitchProfile, DisableOldKey, DeleteOldKey };
    Q_ENUM(Step)
    enum class State { Ready, Running, Succeeded, Failed };
    Q_ENUM(State)

    /// Builds the session that verifies the new key: base URL, key ID, secret.
    using SessionFactory = std::function<ApiSession *(const QUrl &, const QString &, const Secret &, QObject *)>;

    /// `session` is the profile's current session (old key). Neither it nor
    /// `profiles` is owned.
    KeyRotation(ApiSession *session, ProfileStore *profiles, QUuid profileId, QString organizationId, ApiKey oldKey,
                QObject *parent = nullptr);
    ~KeyRotation() override;

    /// Whether step 5 runs (default: no — a disabled key can be re-enabled, a deleted one cannot).
    void setDeleteOldKey(bool deleteOldKey) { m_deleteOldKey = deleteOldKey; }
    bool deletesOldKey() const { return m_deleteOldKey; }
    /// Replaces how the verifying session is built (tests).
    void setSessionFactory(SessionFactory factory) { m_sessionFactory = std::move(factory); }

    const ApiKey &oldKey() const { return m_oldKey; }
    /// Names longer than this are refused by some servers; replacement names are shortened to fit.
    static constexpr int maxReplacementNameLength = 50;
    /// "<name> (rotated 2026-11-28)", the name shortened with "…" to fit maxReplacementNameLength.
    static QString replacementName(const QString &name, QDate date);
    /// Translated, short: "Create the replacement key".
    static QString stepTitle(Step step);
    /// The steps this rotation will run, in order.
    QList<Step> steps() const;

    State state() const { return m_state; }
    Step currentStep() const { return m_step; }
    /// The outcome (success or the precise state after a failure), one paragraph.
    QString message() const { return m_message; }
    /// Whether the profile is session-only (the new secret lives in memory only).
    bool isSessionOnlyProfile() const;
    /// ApiKey.id and authentication key ID of the replacement, once created.
    QString newKeyApiId() const { return m_newKey.id; }
    QString newKeyId() const { return m_newKeyId; }
    /// Whether the profile now signs in with the new key (step 4 done), even if
    /// a later step failed.
    bool profileSwitched() const { return m_profileSwitched; }
    /// The verified session for the new key, handed over once once the profile
    /// uses the new key (or null); the caller owns it (it has no parent).
    ApiSession *takeNewSession();

public Q_SLOTS:
    void start();

Q_SIGNALS:
    void stateChanged(chcloud::KeyRotation::State state);
    void stepStarted(chcloud::KeyRotation::Step step);
    void stepFinished(chcloud::KeyRotation::Step step, bool ok, const QString &detail);
    /// done of total steps completed.
    void progressChanged(int done, int total);
    /// Emitted once at the end; message() says what happened.
    void finished(bool ok);
    /// Storing failed: show this secret once so the user can keep it.
    void secretNeedsReveal(const QString &keyName, const QString &keyId, const Secret &keySecret);
    /// The profile now signs in with a new key ID (its secret was replaced).
    void profileKeyChanged(const QUuid &profileId, const QString &keyId);

private:
    void begin(Step step);
    void succeedStep(const QString &detail = {});
    void fail(const QString &message, const QString &detail);
    void finishSuccess();
    void createReplacement();
    void verifyNewKey();
    void storeSecret();
    void writeNewSecret();
    void switchProfile();
    void revealAndFail(const QString &message, const QString &detail);
    void failProfileGone();
    void disableOldKey();
    void deleteOldKey();
    int stepIndex(Step step) const;
    ApiSession *makeSession();

    QPointer<ApiSession> m_session;
    QPointer<ProfileStore> m_profiles;
    QUuid m_profileId;
    QString m_organizationId;
    ApiKey m_oldKey;
    bool m_deleteOldKey = false;
    SessionFactory m_sessionFactory;

    State m_state = State::Ready;
    Step m_step = Step::CreateReplacement;
    QString m_message;
    ApiKey m_newKey;
    QString m_newKeyId;
    Secret m_newSecret;
    QString m_previousProfileKeyId;
    /// The profile's previous secret, held only between storing the new one and switching the profile.
    Secret m_previousSecret;
    bool m_profileSwitched = false;
    QPointer<ApiSession> m_newSession;
    bool m_newSessionTaken = false;
};

} // namespace chcloud
