#include "KeychainSecretStore.h"

#include "AppInfo.h"
#include "SecretsLogging.h"

#include <QRandomGenerator>
#include <QTimer>
#include <qt6keychain/keychain.h>

#include <array>
#include <memory>
#include <utility>

namespace chcloud {

namespace {

// Texts QtKeychain 0.13.2 passes on (from GLib, D-Bus or libsecret) when there is
// no keychain to talk to at all. Measured on Debian 12; see ENV-NOTES.md.
constexpr std::array kNoKeychainTexts = {
    "autolaunch", // no session bus and no $DISPLAY
    "could not connect", // no session bus, $DISPLAY set
    "org.freedesktop.secrets", // a bus without a Secret Service
    "not provided by any .service", // same, other wording
    "serviceunknown",
    "object does not exist", // no default ("login") collection
    "no such object",
    "d-bus is not running",
    "no keyring daemon",
    "no keychain service",
};

// Texts meaning the keychain is there but would not let us in.
constexpr std::array kAccessDeniedTexts = {
    "locked",
    "dismissed", // the user closed the unlock prompt
    "denied",
};

bool containsAny(const QString &text, const auto &needles)
{
    for (const char *needle : needles) {
        if (text.contains(QLatin1String(needle), Qt::CaseInsensitive))
            return true;
    }
    return false;
}

SecretBytes randomProbeValue()
{
    std::array<quint32, 4> words {};
    QRandomGenerator::system()->fillRange(words.data(), qsizetype(words.size()));
    QByteArray raw(reinterpret_cast<const char *>(words.data()), qsizetype(sizeof(words)));
    SecretBytes value(raw.toHex());
    SecretBytes::wipe(raw);
    words.fill(0);
    return value;
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject *parent)
    : SecretStore(parent)
{
}

KeychainSecretStore::~KeychainSecretStore() = default;

QString KeychainSecretStore::displayName() const
{
    return tr("System keychain");
}

QString KeychainSecretStore::probeAccount()
{
    return QStringLiteral("chcloud-desktop-probe");
}

void KeychainSecretStore::setTimeoutMs(int timeoutMs)
{
    m_timeoutMs = qMax(1, timeoutMs);
}

SecretJob *KeychainSecretStore::read(const QString &account)
{
    auto *job = new SecretJob(SecretJob::Operation::Read, account, this);
    auto *keychainJob = new QKeychain::ReadPasswordJob(AppInfo::keychainService());
    keychainJob->setKey(account);
    run(job, keychainJob, &KeychainSecretStore::completeRead);
    return job;
}

SecretJob *KeychainSecretStore::write(const QString &account, SecretBytes secret)
{
    auto *job = new SecretJob(SecretJob::Operation::Write, account, this);
    auto *keychainJob = new QKeychain::WritePasswordJob(AppInfo::keychainService());
    keychainJob->setKey(account);
    QString text = QString::fromUtf8(secret.bytes());
    keychainJob->setTextData(text);
    SecretBytes::wipe(text);
    secret.wipe();
    run(job, keychainJob, &KeychainSecretStore::completeWrite);
    return job;
}

SecretJob *KeychainSecretStore::remove(const QString &account)
{
    auto *job = new SecretJob(SecretJob::Operation::Remove, account, this);
    auto *keychainJob = new QKeychain::DeletePasswordJob(AppInfo::keychainService());
    keychainJob->setKey(account);
    run(job, keychainJob, &KeychainSecretStore::completeRemove);
    return job;
}

void KeychainSecretStore::run(SecretJob *job, QKeychain::Job *keychainJob, Completion completion)
{
    if (job->account().isEmpty()) {
        delete keychainJob;
        job->finishLater(SecretResult::other(QStringLiteral("no account name given")));
        return;
    }
    if (m_stalledJobs > 0) {
        // It would only queue behind the stuck job. Never started, so safe to delete.
        delete keychainJob;
        job->finishLater(SecretResult::stillWaiting());
        return;
    }

    // No parent: the keychain job must outlive us if it hangs (see the class comment).
    keychainJob->setAutoDelete(true);
    keychainJob->setInsecureFallback(false);

    auto *timer = new QTimer(job);
    timer->setSingleShot(true);
    timer->setInterval(m_timeoutMs);

    // The job is the context: once it is gone, the keychain can no longer call into it.
    const auto answered = connect(keychainJob, &QKeychain::Job::finished, job,
                                  [this, job, timer, completion](QKeychain::Job *finishedJob) {
                                      timer->stop();
                                      (this->*completion)(finishedJob, job);
                                  });

    const int timeoutMs = m_timeoutMs;
    connect(timer, &QTimer::timeout, job, [this, job, keychainJob, answered, timeoutMs] {
        disconnect(answered);
        ++m_stalledJobs;
        // A stalled write may still store its secret: say so once the job is gone, so
        // that the entry can be removed if nobody wants it any more.
        auto landed = std::make_shared<bool>(false);
        if (job->operation() == SecretJob::Operation::Write) {
            connect(keychainJob, &QKeychain::Job::finished, this,
                    [landed](QKeychain::Job *finishedJob) { *landed = finishedJob->error() == QKeychain::NoError; });
        }
        connect(keychainJob, &QObject::destroyed, this, [this, landed, account = job->account()] {
            --m_stalledJobs;
            if (*landed) {
                qCWarning(lcSecrets) << "A keychain write that had timed out completed later, for account" << account;
                Q_EMIT lateWriteLanded(account);
            }
        });
        qCWarning(lcSecrets) << "The keychain did not answer within" << timeoutMs << "ms; operation" << job->operation()
                             << "for account" << job->account();
        Q_EMIT jobStalled(job->account());
        job->finish(SecretResult::timedOut(timeoutMs));
    });

    timer->start();
    keychainJob->start();
}

void KeychainSecretStore::completeRead(QKeychain::Job *keychainJob, SecretJob *job)
{
    const auto error = keychainJob->error();
    if (error == QKeychain::NoError) {
        // Shares the job's buffer; once the job is gone we are its only owner and can wipe it.
        job->finish(SecretResult::ok(),
                    SecretBytes(static_cast<QKeychain::ReadPasswordJob *>(keychainJob)->binaryData()));
        return;
    }
    if (error == QKeychain::EntryNotFound && m_writeFailure) {
        // A keychain that could not be written to also "finds nothing": do not believe it.
        SecretResult untrusted = *m_writeFailure;
        untrusted.detail = QStringLiteral("read reported \"%1\" after an earlier write failed: %2")
                               .arg(keychainJob->errorString(), m_writeFailure->detail);
        job->finish(untrusted);
        return;
    }
    job->finish(mapKeychainError(error, keychainJob->errorString()));
}

void KeychainSecretStore::completeWrite(QKeychain::Job *keychainJob, SecretJob *job)
{
    const SecretResult result = mapKeychainError(keychainJob->error(), keychainJob->errorString());
    noteWriteOutcome(result);
    job->finish(result);
}

void KeychainSecretStore::completeRemove(QKeychain::Job *keychainJob, SecretJob *job)
{
    job->finish(mapKeychainError(keychainJob->error(), keychainJob->errorString()));
}

void KeychainSecretStore::noteWriteOutcome(const SecretResult &result)
{
    switch (result.status) {
    case SecretStatus::Ok:
        m_writeFailure.reset();
        break;
    case SecretStatus::NoKeychain:
    case SecretStatus::AccessDenied:
        m_writeFailure = result;
        break;
    case SecretStatus::NotFound:
    case SecretStatus::TimedOut:
    case SecretStatus::Other:
        break;
    }
}

SecretResult KeychainSecretStore::mapKeychainError(int keychainError, const QString &errorText)
{
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoError:
        return SecretResult::ok();
    case QKeychain::EntryNotFound:
        return SecretResult::notFound();
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return SecretResult::accessDenied(errorText);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return SecretResult::noKeychain(errorText);
    case QKeychain::CouldNotDeleteEntry:
        return SecretResult::other(errorText);
    case QKeychain::OtherError:
        break;
    }
    if (containsAny(errorText, kNoKeychainTexts))
        return SecretResult::noKeychain(errorText);
    if (containsAny(errorText, kAccessDeniedTexts))
        return SecretResult::accessDenied(errorText);
    return SecretResult::other(errorText);
}

SecretJob *KeychainSecretStore::probe(bool fresh)
{
    auto *job = new SecretJob(SecretJob::Operation::Probe, QString(), this);
    if (m_probeResult && !fresh && !m_probeRunning) {
        job->finishLater(*m_probeResult);
        return job;
    }
    m_waitingProbes.append(job);
    if (!m_probeRunning)
        startProbe();
    return job;
}

void KeychainSecretStore::startProbe()
{
    m_probeRunning = true;
    SecretBytes value = randomProbeValue();
    SecretBytes expected(QByteArray(value.bytes().constData(), value.size()));
    SecretJob *writeJob = write(probeAccount(), std::move(value));
    // std::function needs a copyable callable: keep the expected value on the heap.
    auto kept = std::make_shared<SecretBytes>(std::move(expected));
    connect(writeJob, &SecretJob::finished, this, [this, writeJob, kept] {
        if (!writeJob->result().isOk()) {
            finishProbe(writeJob->result());
            return;
        }
        probeRead(*kept);
    });
}

void KeychainSecretStore::probeRead(const SecretBytes &expected)
{
    SecretJob *readJob = read(probeAccount());
    auto kept = std::make_shared<SecretBytes>(QByteArray(expected.bytes().constData(), expected.size()));
    connect(readJob, &SecretJob::finished, this, [this, readJob, kept] {
        SecretResult result = readJob->result();
        if (result.status == SecretStatus::NotFound) {
            result = SecretResult::other(QStringLiteral("a value just written could not be read back"));
        } else if (result.isOk() && !readJob->takeSecret().equals(*kept)) {
            result = SecretResult::other(QStringLiteral("a value read back differs from the one written"));
        }
        kept->wipe();
        SecretJob *removeJob = remove(probeAccount());
        connect(removeJob, &SecretJob::finished, this, [this, removeJob, result] {
            if (!removeJob->result().isOk())
                qCWarning(lcSecrets) << "Could not remove the keychain probe entry:" << removeJob->result().detail;
            finishProbe(result);
        });
    });
}

void KeychainSecretStore::finishProbe(const SecretResult &result)
{
    m_probeRunning = false;
    m_probeResult = result;
    if (result.isOk()) {
        setAvailability(Availability::Available);
    } else {
        qCWarning(lcSecrets) << "No usable keychain:" << SecretResult::statusName(result.status) << result.detail;
        if (result.status == SecretStatus::NoKeychain || result.status == SecretStatus::AccessDenied)
            m_writeFailure = result;
        setAvailability(Availability::Unavailable);
    }
    const auto waiting = std::exchange(m_waitingProbes, {});
    for (const QPointer<SecretJob> &job : waiting) {
        if (job)
            job->finish(result);
    }
}

void KeychainSecretStore::setAvailability(Availability availability)
{
    if (m_availability == availability)
        return;
    m_availability = availability;
    Q_EMIT availabilityChanged(availability);
}

} // namespace chcloud
