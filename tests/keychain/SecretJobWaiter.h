#pragma once

// Waiting for a SecretJob in a test: its result, its secret and how long it took.

#include "secrets/SecretJob.h"

#include <QElapsedTimer>
#include <QSignalSpy>

namespace chcloud::test {

struct JobOutcome
{
    bool finished = false;
    SecretResult result;
    QByteArray secret; ///< a test-only copy of what a read returned
    qint64 elapsedMs = 0;
    int finishedCount = 0;
};

/// Waits up to `timeoutMs` for `job` to end. The job deletes itself afterwards.
inline JobOutcome waitForJob(SecretJob *job, int timeoutMs = 15'000)
{
    JobOutcome outcome;
    if (!job)
        return outcome;
    QElapsedTimer clock;
    clock.start();
    QObject::connect(job, &SecretJob::finished, job, [&outcome, job, &clock] {
        ++outcome.finishedCount;
        outcome.finished = true;
        outcome.result = job->result();
        outcome.elapsedMs = clock.elapsed();
        SecretBytes secret = job->takeSecret();
        outcome.secret = QByteArray(secret.bytes().constData(), secret.size());
    });
    QSignalSpy spy(job, &SecretJob::finished);
    if (!spy.wait(timeoutMs))
        outcome.elapsedMs = clock.elapsed();
    return outcome;
}

/// "no keychain: Cannot autolaunch D-Bus…" for test output.
inline QByteArray describe(const JobOutcome &outcome)
{
    if (!outcome.finished)
        return "did not finish after " + QByteArray::number(outcome.elapsedMs) + " ms";
    return SecretResult::statusName(outcome.result.status).toUtf8() + " after " + QByteArray::number(outcome.elapsedMs)
        + " ms: " + outcome.result.detail.toUtf8();
}

} // namespace chcloud::test
