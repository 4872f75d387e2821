#pragma once

#include "SecretStore.h"

#include <QList>
#include <QPointer>

#include <optional>

namespace QKeychain {
class Job;
}

namespace chcloud {

/// Secrets in the operating system's keychain through QtKeychain 0.13.2, under
/// the service AppInfo::keychainService() with the account as key.
///
/// What QtKeychain 0.13.2 does not do, this class does:
/// - **Timeout.** Every job gets the app's own timeout (timeoutMs()). A job that
///   does not answer (a prompter waiting on a display nobody sees) ends TimedOut.
///   The QtKeychain job is then left alone, disconnected from us: libsecret still
///   holds a raw pointer to it, so deleting it could let a late answer write into
///   freed memory; it deletes itself if it ever finishes. QtKeychain runs one job
///   at a time per process, so while such a job is stuck every new request would
///   only queue behind it: they end TimedOut at once instead (stalledJobCount()).
/// - **Error mapping.** 0.13.2 reports nearly every failure as OtherError with a
///   different text; mapKeychainError() turns code and text into a SecretStatus.
/// - **Untrusted "not found".** With no default collection, or a locked one, a
///   read answers EntryNotFound although nothing could be read. Once a write (or
///   the probe) in this process failed with NoKeychain or AccessDenied, a read's
///   EntryNotFound is reported as that failure instead. Call probe() once at
///   start-up to learn whether the keychain works before trusting NotFound.
///
/// Never enables QtKeychain's insecure fallback (plain text in QSettings).
/// Secrets are stored as UTF-8 text, so `secret-tool lookup` shows them as they are.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
public:
    enum class Availability { Unknown, Available, Unavailable };
    Q_ENUM(Availability)

    static constexpr int DefaultTimeoutMs = 20'000;

    explicit KeychainSecretStore(QObject *parent = nullptr);
    ~KeychainSecretStore() override;

    SecretJob *read(const QString &account) override;
    SecretJob *write(const QString &account, SecretBytes secret) override;
    SecretJob *remove(const QString &account) override;

    bool isPersistent() const override { return true; }
    QString displayName() const override;

    /// Writes, reads back and removes a random value under probeAccount(). Ends Ok
    /// when the keychain works; otherwise with the failure (NoKeychain, AccessDenied,
    /// TimedOut, Other). The answer is remembered for the process (the backend is
    /// chosen once per process anyway); pass `fresh` to ask again, e.g. after the
    /// user unlocked the keychain. Concurrent calls share one probe.
    SecretJob *probe(bool fresh = false);
    Availability availability() const { return m_availability; }
    /// The entry name the probe uses; it is removed again at the end of every probe.
    static QString probeAccount();

    int timeoutMs() const { return m_timeoutMs; }
    /// The time a single keychain job may take; applies to jobs started afterwards.
    void setTimeoutMs(int timeoutMs);
    /// Keychain jobs that timed out and have not ended since.
    int stalledJobCount() const { return m_stalledJobs; }

    /// The status for a QtKeychain error code (QKeychain::Error) and its text.
    static SecretResult mapKeychainError(int keychainError, const QString &errorText);

Q_SIGNALS:
    void availabilityChanged(chcloud::KeychainSecretStore::Availability availability);
    /// A keychain job did not answer in time; the UI may warn that the keychain hangs.
    void jobStalled(const QString &account);

private:
    using Completion = void (KeychainSecretStore::*)(QKeychain::Job *, SecretJob *);

    void run(SecretJob *job, QKeychain::Job *keychainJob, Completion completion);
    void completeRead(QKeychain::Job *keychainJob, SecretJob *job);
    void completeWrite(QKeychain::Job *keychainJob, SecretJob *job);
    void completeRemove(QKeychain::Job *keychainJob, SecretJob *job);
    void noteWriteOutcome(const SecretResult &result);

    void startProbe();
    void probeRead(const SecretBytes &expected);
    void finishProbe(const SecretResult &result);
    void setAvailability(Availability availability);

    int m_timeoutMs = DefaultTimeoutMs;
    int m_stalledJobs = 0;
    Availability m_availability = Availability::Unknown;
    std::optional<SecretResult> m_probeResult;
    /// Set when a write failed because no usable keychain answered; cleared by a successful write.
    std::optional<SecretResult> m_writeFailure;
    QList<QPointer<SecretJob>> m_waitingProbes;
    bool m_probeRunning = false;
};

} // namespace chcloud
