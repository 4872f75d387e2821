#pragma once

#include "SecretBytes.h"
#include "SecretResult.h"

#include <QObject>
#include <QString>

namespace chcloud {

/// One asynchronous secret operation. It emits finished() exactly once, never
/// from inside the call that created it (so callers may connect afterwards),
/// and deletes itself right after that signal returns. Like QNetworkReply, a
/// caller reads result() and, for reads, takeSecret() inside its slot.
///
/// Store implementations create jobs and end them with finish() / finishLater();
/// later calls to either are ignored, which is what makes "exactly once" hold when
/// a timeout and a late answer race.
class SecretJob : public QObject
{
    Q_OBJECT
public:
    enum class Operation { Read, Write, Remove, Probe, RemoveMany };
    Q_ENUM(Operation)

    SecretJob(Operation operation, QString account, QObject *parent = nullptr);
    ~SecretJob() override;

    Operation operation() const { return m_operation; }
    /// The account (entry name) the job works on; empty for probes and batch removals.
    QString account() const { return m_account; }
    bool isFinished() const { return m_finished; }
    /// Valid once finished() was emitted.
    const SecretResult &result() const { return m_result; }
    /// For a successful Read: moves the secret out; the job keeps nothing. Empty otherwise.
    SecretBytes takeSecret();

    /// Ends the job now. Emits finished() synchronously: use only from a callback, never
    /// from the call that created the job. Ignored if the job has already ended.
    void finish(SecretResult result, SecretBytes secret = {});
    /// Ends the job from the event loop: for answers known at creation time.
    void finishLater(SecretResult result, SecretBytes secret = {});

Q_SIGNALS:
    void finished();

private:
    void end();

    const Operation m_operation;
    const QString m_account;
    SecretResult m_result;
    SecretBytes m_secret;
    bool m_finished = false;
    bool m_endScheduled = false;
};

} // namespace chcloud
