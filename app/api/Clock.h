#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace chcloud {

/// Monotonic time and one pending wake-up, so time-dependent logic (the request
/// scheduler) can be driven by a fake clock in tests instead of sleeping.
///
/// A clock holds a single wake-up request: wakeAt() replaces the previous one.
/// That is all a scheduler needs (it recomputes its next deadline on every
/// event), and it keeps the timer count at one. Give each scheduler its own clock.
class Clock : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    /// Milliseconds on a monotonic scale; only differences are meaningful.
    virtual qint64 nowMs() const = 0;
    /// Asks for wokeUp() once nowMs() >= atMs, replacing any earlier request.
    /// A time in the past wakes on the next event-loop turn, never synchronously.
    virtual void wakeAt(qint64 atMs) = 0;
    /// Forgets the pending wake-up request, if any.
    virtual void cancelWake() = 0;
    /// The time of the pending wake-up request, or -1 when there is none.
    virtual qint64 pendingWake() const = 0;

Q_SIGNALS:
    /// The requested time has come.
    void wokeUp();
};

/// The real clock: QElapsedTimer for time, one single-shot QTimer for the wake-up.
class SteadyClock final : public Clock
{
    Q_OBJECT

public:
    explicit SteadyClock(QObject *parent = nullptr);

    qint64 nowMs() const override;
    void wakeAt(qint64 atMs) override;
    void cancelWake() override;
    qint64 pendingWake() const override;

private:
    QElapsedTimer m_elapsed;
    QTimer m_timer;
    qint64 m_wakeAt = -1;
};

} // namespace chcloud
