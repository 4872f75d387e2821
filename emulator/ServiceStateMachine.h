#pragma once

#include <QElapsedTimer>
#include <QString>

namespace chcloud::emulator {

class Store;
struct Service;

/// Moves services through their lifecycle with a fixed delay per transition:
/// create → provisioning → running; stop → stopping → stopped; start → starting →
/// running; awake (from idle) → awaking → running; delete (stopped only) →
/// terminating → removed. Transitions are timestamps checked whenever the store is
/// read (advance()), so no timer or sleep is involved and a read just after the
/// deadline already sees the new state.
class ServiceStateMachine
{
public:
    ServiceStateMachine(Store &store, int transitionMs, int deleteConflictMs);

    /// Applies every transition whose deadline has passed. Call before reading the store.
    void advance();
    /// Arms the transitions the seed left pending (e.g. a provisioning service).
    void armPendingTransitions();

    /// Puts a new service into provisioning.
    void beginProvisioning(Service &service);
    /// Applies a state command (start, stop, awake). Returns an empty string on success,
    /// else the error message; `status` gets the HTTP status for the error.
    QString command(Service &service, const QString &command, int *status);
    /// Starts deleting a stopped service, or explains (409) why not.
    QString beginDeletion(Service &service, int *status);

    qint64 nowMs() const { return m_clock.elapsed(); }

private:
    void begin(Service &service, const QString &transitional, const QString &target);

    Store &m_store;
    int m_transitionMs;
    int m_deleteConflictMs;
    QElapsedTimer m_clock;
};

} // namespace chcloud::emulator
