#include "ServiceStateMachine.h"

#include "Store.h"

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

namespace {
const QString removedMarker = u"(removed)"_s;
}

ServiceStateMachine::ServiceStateMachine(Store &store, int transitionMs, int deleteConflictMs)
    : m_store(store)
    , m_transitionMs(transitionMs)
    , m_deleteConflictMs(deleteConflictMs)
{
    m_clock.start();
}

void ServiceStateMachine::armPendingTransitions()
{
    for (Service &service : m_store.services()) {
        if (!service.targetState.isEmpty())
            service.transitionDueMs = nowMs() + m_transitionMs;
        if (service.state == u"stopped"_s)
            service.stoppedAtMs = -qint64(m_deleteConflictMs) - 1;
    }
}

void ServiceStateMachine::advance()
{
    const qint64 now = nowMs();
    QStringList removed;
    for (Service &service : m_store.services()) {
        if (service.targetState.isEmpty() || service.transitionDueMs > now)
            continue;
        if (service.targetState == removedMarker) {
            removed.append(service.id);
            continue;
        }
        service.state = service.targetState;
        service.targetState.clear();
        if (service.state == u"stopped"_s)
            service.stoppedAtMs = service.transitionDueMs;
    }
    for (const QString &id : std::as_const(removed))
        m_store.removeService(id);
}

void ServiceStateMachine::begin(Service &service, const QString &transitional, const QString &target)
{
    service.state = transitional;
    service.targetState = target;
    service.transitionDueMs = nowMs() + m_transitionMs;
    if (m_transitionMs == 0)
        advance();
}

void ServiceStateMachine::beginProvisioning(Service &service)
{
    begin(service, u"provisioning"_s, u"running"_s);
}

QString ServiceStateMachine::command(Service &service, const QString &command, int *status)
{
    *status = 409;
    const QString state = service.state;
    if (state == u"terminating"_s || state == u"terminated"_s || state == u"softdeleting"_s
        || state == u"softdeleted"_s)
        return u"the service is being deleted"_s;
    if (command == u"stop"_s) {
        if (state == u"stopped"_s || state == u"stopping"_s)
            return {};
        if (state == u"provisioning"_s)
            return u"the service is still provisioning"_s;
        begin(service, u"stopping"_s, u"stopped"_s);
        return {};
    }
    if (command == u"start"_s) {
        if (state == u"running"_s || state == u"starting"_s || state == u"awaking"_s || state == u"provisioning"_s)
            return {};
        if (state == u"stopping"_s)
            return u"the service is stopping; start it once it is stopped"_s;
        if (state == u"idle"_s)
            begin(service, u"awaking"_s, u"running"_s);
        else
            begin(service, u"starting"_s, u"running"_s);
        return {};
    }
    if (command == u"awake"_s) {
        if (state == u"idle"_s) {
            begin(service, u"awaking"_s, u"running"_s);
            return {};
        }
        if (state == u"running"_s || state == u"awaking"_s)
            return {};
        return u"only an idle service can be awakened (state is "_s + state + u")"_s;
    }
    *status = 400;
    return u"command must be one of: start, stop, awake"_s;
}

QString ServiceStateMachine::beginDeletion(Service &service, int *status)
{
    *status = 409;
    if (service.state != u"stopped"_s)
        return u"the service must be stopped before it can be deleted (state is "_s + service.state + u")"_s;
    if (m_deleteConflictMs > 0 && service.stoppedAtMs >= 0 && nowMs() - service.stoppedAtMs < m_deleteConflictMs)
        return u"the service has just stopped and is not yet ready to be deleted; retry shortly"_s;
    begin(service, u"terminating"_s, removedMarker);
    return {};
}

} // namespace chcloud::emulator
