#include "ServicesViewModel.h"

#include "ServicePoller.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "domain/Validation.h"

#include <QSet>
#include <QTimer>

#include <utility>

using namespace Qt::StringLiterals;

namespace chcloud {

ServicesViewModel::ServicesViewModel(QObject *parent)
    : ServicesTableModel(parent)
    , m_poller(new ServicePoller(this))
{
    connect(m_poller, &ServicePoller::serviceFetched, this, &ServicesViewModel::upsertService);
    connect(m_poller, &ServicePoller::serviceGone, this, &ServicesViewModel::removeService);
    connect(m_poller, &ServicePoller::watchingChanged, this, [this](const QString &serviceId) {
        const int row = rowOfService(serviceId);
        if (row >= 0)
            Q_EMIT dataChanged(index(row, StateColumn), index(row, StateColumn));
    });
}

ServicesViewModel::~ServicesViewModel() = default;

void ServicesViewModel::setContext(ApiSession *session, const QString &organizationId)
{
    // Everything still queued or running was for the old context: its answers
    // would be thrown away, so it should not spend the rate-limit budget either.
    m_calls.cancelAll();
    m_loadCall = ApiCall();
    m_poller->setContext(session, organizationId);
    m_session = session;
    m_organizationId = organizationId;
    removeAllRows();
    setLoadError(std::nullopt);
    if (m_pending != 0) {
        m_pending = 0;
        Q_EMIT busyChanged(false);
    }
    if (m_loaded) {
        m_loaded = false;
        Q_EMIT loadedChanged(false);
    }
}

void ServicesViewModel::setDeleteRetry(int attempts, int firstDelayMs)
{
    m_deleteAttempts = qMax(1, attempts);
    m_deleteFirstDelayMs = qMax(0, firstDelayMs);
}

bool ServicesViewModel::isPolled(const QString &serviceId) const
{
    return m_poller->isWatching(serviceId);
}

CloudApi *ServicesViewModel::api() const
{
    return m_session ? m_session->api() : nullptr;
}

// --- rows kept in step ---------------------------------------------------------

void ServicesViewModel::applyServices(const QList<Service> &services)
{
    QSet<QString> incoming;
    for (const Service &service : services)
        incoming.insert(service.id);
    for (int row = rowCount() - 1; row >= 0; --row) {
        if (!incoming.contains(serviceAt(row)->id)) {
            const QString id = serviceAt(row)->id;
            m_poller->unwatch(id);
            removeRowAt(row);
            Q_EMIT serviceRemoved(id);
        }
    }
    for (const Service &service : services)
        upsertService(service);
}

void ServicesViewModel::upsertService(const Service &service)
{
    const int row = rowOfService(service.id);
    if (row < 0) {
        appendRow(service);
        trackTransitions(service);
        Q_EMIT serviceChanged(service.id);
        return;
    }
    if (replaceRow(row, service))
        Q_EMIT serviceChanged(service.id);
    trackTransitions(service);
}

void ServicesViewModel::removeService(const QString &serviceId)
{
    m_poller->unwatch(serviceId);
    const int row = rowOfService(serviceId);
    if (row < 0)
        return;
    removeRowAt(row);
    Q_EMIT serviceRemoved(serviceId);
}

void ServicesViewModel::trackTransitions(const Service &service)
{
    if (service.state.isTransitional()) {
        if (!m_poller->isWatching(service.id))
            m_poller->watch(service.id);
    } else {
        m_poller->unwatch(service.id);
    }
}

void ServicesViewModel::beginPending()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void ServicesViewModel::endPending(quint64 generation)
{
    if (!m_calls.isCurrent(generation))
        return; // begun for another context: setContext() already cleared it
    if (m_pending > 0 && --m_pending == 0)
        Q_EMIT busyChanged(false);
}

void ServicesViewModel::setLoadError(std::optional<ApiError> error)
{
    const QString before = errorText();
    m_loadError = std::move(error);
    if (errorText() != before)
        Q_EMIT errorChanged(errorText());
}

// --- loading and commands ------------------------------------------------------

QString ServicesViewModel::unreadableText() const
{
    if (m_unreadable.isEmpty())
        return {};
    const int total = int(rowCount() + m_unreadable.size());
    return tr("%1 of %n services could not be read.", nullptr, total).arg(m_unreadable.size());
}

void ServicesViewModel::refresh()
{
    CloudApi *cloud = api();
    if (!cloud || m_organizationId.isEmpty())
        return;
    // A newer load supersedes the one still running: that one is cancelled and
    // its answer dropped, and the page stays busy once, until the newer one ends.
    const quint64 serial = ++m_loadSerial;
    if (m_loadCall.isRunning())
        std::exchange(m_loadCall, ApiCall()).cancel();
    else
        beginPending();
    const quint64 generation = m_calls.generation();
    m_loadCall = cloud->instanceGetList(m_organizationId, {}, RequestPriority::Visible, this,
                                        [this, generation, serial](ApiResult<json::RowList<Service>> result) {
                                            if (!m_calls.isCurrent(generation) || serial != m_loadSerial)
                                                return;
                                            m_loadCall = ApiCall();
                                            endPending(generation);
                                            if (result) {
                                                setLoadError(std::nullopt);
                                                m_unreadable = result.value().unreadable;
                                                applyServices(result.value().rows);
                                            } else if (result.error().kind != ApiErrorKind::Cancelled) {
                                                setLoadError(result.error());
                                            }
                                            if (!m_loaded) {
                                                m_loaded = true;
                                                Q_EMIT loadedChanged(true);
                                            }
                                            Q_EMIT refreshed();
                                        });
    m_calls.add(m_loadCall);
}

ServiceOperation *ServicesViewModel::startOperation(ServiceOperation::Kind kind, const QString &serviceId)
{
    auto *operation = new ServiceOperation(kind, serviceId, this);
    beginPending();
    connect(operation, &ServiceOperation::finished, this,
            [this, generation = m_calls.generation()] { endPending(generation); });
    Q_EMIT operationStarted(operation);
    if (!api() || m_organizationId.isEmpty()) {
        ApiError error;
        error.kind = ApiErrorKind::Network;
        error.message = tr("Not signed in.");
        operation->finishWithError(error);
    }
    return operation;
}

ServiceOperation *ServicesViewModel::createService(const ServiceCreateRequest &request)
{
    ServiceOperation *operation = startOperation(ServiceOperation::Kind::Create, {});
    if (operation->isFinished())
        return operation;
    if (const QString problem = validateCreate(request); !problem.isEmpty()) {
        operation->finishWithValidationError(problem);
        return operation;
    }
    QPointer<ServiceOperation> guard(operation);
    // Not in m_calls: a new context must not abort a create the server may already
    // have done, or the one copy of the new password would be lost.
    api()->instanceCreate(m_organizationId, request, RequestPriority::Interactive, this,
                          [this, guard, generation = m_calls.generation()](ApiResult<ServiceCreateResult> result) {
                              if (!guard)
                                  return;
                              if (!result) {
                                  guard->finishWithError(result.error());
                                  return;
                              }
                              ServiceCreateResult created = std::move(result).value();
                              if (m_calls.isCurrent(generation))
                                  upsertService(created.service);
                              guard->finishWithSuccess(created.service.id, std::move(created.password));
                          });
    return operation;
}

ApiCallback<Service> ServicesViewModel::finishWithService(ServiceOperation *operation)
{
    // The answer to a mutation is the updated service: show it (unless the context
    // changed meanwhile) and end the operation.
    return [this, guard = QPointer<ServiceOperation>(operation),
            generation = m_calls.generation()](ApiResult<Service> result) {
        if (!guard)
            return;
        if (!result) {
            guard->finishWithError(result.error());
            return;
        }
        if (m_calls.isCurrent(generation))
            upsertService(result.value());
        guard->finishWithSuccess();
    };
}

ServiceOperation *ServicesViewModel::sendPatch(ServiceOperation::Kind kind, const QString &serviceId,
                                               const ServicePatchRequest &request)
{
    ServiceOperation *operation = startOperation(kind, serviceId);
    if (operation->isFinished())
        return operation;
    m_calls.add(api()->instanceUpdate(m_organizationId, serviceId, request, RequestPriority::Interactive, this,
                                      finishWithService(operation)));
    return operation;
}

ServiceOperation *ServicesViewModel::renameService(const QString &serviceId, const QString &name)
{
    if (const QString problem = validation::serviceName(name); !problem.isEmpty()) {
        ServiceOperation *operation = startOperation(ServiceOperation::Kind::Rename, serviceId);
        operation->finishWithValidationError(problem);
        return operation;
    }
    ServicePatchRequest request;
    request.name = name.trimmed();
    return sendPatch(ServiceOperation::Kind::Rename, serviceId, request);
}

ServiceOperation *ServicesViewModel::updateIpAccessList(const QString &serviceId,
                                                        const ListPatch<IpAccessListEntry> &patch)
{
    for (const IpAccessListEntry &entry : patch.add) {
        if (const QString problem = validation::ipSource(entry.source); !problem.isEmpty()) {
            ServiceOperation *operation = startOperation(ServiceOperation::Kind::UpdateIpAccessList, serviceId);
            operation->finishWithValidationError(problem);
            return operation;
        }
    }
    ServicePatchRequest request;
    request.ipAccessList = patch;
    return sendPatch(ServiceOperation::Kind::UpdateIpAccessList, serviceId, request);
}

ServiceOperation *ServicesViewModel::updateTags(const QString &serviceId, const ListPatch<ResourceTag> &patch)
{
    ServicePatchRequest request;
    request.tags = patch;
    return sendPatch(ServiceOperation::Kind::UpdateTags, serviceId, request);
}

ServiceOperation *ServicesViewModel::changeState(const QString &serviceId, ServiceCommand command)
{
    ServiceOperation::Kind kind = ServiceOperation::Kind::Start;
    if (command == ServiceCommand::Stop)
        kind = ServiceOperation::Kind::Stop;
    else if (command == ServiceCommand::Awake)
        kind = ServiceOperation::Kind::Awake;
    ServiceOperation *operation = startOperation(kind, serviceId);
    if (operation->isFinished())
        return operation;
    m_calls.add(api()->instanceStateUpdate(m_organizationId, serviceId, command, RequestPriority::Interactive, this,
                                           finishWithService(operation)));
    return operation;
}

ServiceOperation *ServicesViewModel::resetPassword(const QString &serviceId)
{
    ServiceOperation *operation = startOperation(ServiceOperation::Kind::ResetPassword, serviceId);
    if (operation->isFinished())
        return operation;
    QPointer<ServiceOperation> guard(operation);
    // Not in m_calls either: once sent, the old password may already be gone.
    api()->instancePasswordUpdate(m_organizationId, serviceId, ServicePasswordRequest {}, RequestPriority::Interactive,
                                  this, [guard](ApiResult<ServicePasswordResult> result) {
                                      if (!guard)
                                          return;
                                      if (!result) {
                                          guard->finishWithError(result.error());
                                          return;
                                      }
                                      guard->finishWithSuccess({}, std::move(result).value().password);
                                  });
    return operation;
}

ServiceOperation *ServicesViewModel::updateScaling(const QString &serviceId, const ReplicaScalingRequest &request)
{
    ServiceOperation *operation = startOperation(ServiceOperation::Kind::UpdateScaling, serviceId);
    if (operation->isFinished())
        return operation;
    if (const QString problem = validateScaling(request); !problem.isEmpty()) {
        operation->finishWithValidationError(problem);
        return operation;
    }
    m_calls.add(api()->instanceReplicaScalingUpdate(m_organizationId, serviceId, request, RequestPriority::Interactive,
                                                    this, finishWithService(operation)));
    return operation;
}

ServiceOperation *ServicesViewModel::deleteService(const QString &serviceId)
{
    ServiceOperation *operation = startOperation(ServiceOperation::Kind::Delete, serviceId);
    if (operation->isFinished())
        return operation;
    sendDelete(operation, serviceId, 1, m_calls.generation());
    return operation;
}

void ServicesViewModel::sendDelete(QPointer<ServiceOperation> operation, const QString &serviceId, int attempt,
                                   quint64 generation)
{
    if (!operation)
        return;
    CloudApi *cloud = api();
    // A retry armed before the profile or organization changed must not send its
    // DELETE under the new one: the context is checked when the retry fires.
    if (!cloud || !m_calls.isCurrent(generation)) {
        operation->finishWithError(ApiError::cancelled());
        return;
    }
    // A 409 is worth retrying only when the list says the service is stopped (the
    // server may still be settling); for a running service it is the answer.
    const auto known = service(serviceId);
    const bool mayRetry = known && known->state.canDelete();
    m_calls.add(cloud->instanceDelete(
        m_organizationId, serviceId, RequestPriority::Interactive, this,
        [this, operation, serviceId, attempt, mayRetry, generation](ApiResult<Nothing> result) {
            if (!operation)
                return;
            operation->setAttempts(attempt);
            if (result) {
                if (m_calls.isCurrent(generation))
                    removeService(serviceId);
                operation->finishWithSuccess();
                return;
            }
            if (result.error().kind == ApiErrorKind::Conflict && mayRetry && attempt < m_deleteAttempts
                && m_calls.isCurrent(generation)) {
                const int delay = m_deleteFirstDelayMs * (1 << (attempt - 1));
                QTimer::singleShot(delay, this, [this, operation, serviceId, attempt, generation] {
                    sendDelete(operation, serviceId, attempt + 1, generation);
                });
                return;
            }
            operation->finishWithError(result.error());
        }));
}

// --- validation ---------------------------------------------------------------

QString ServicesViewModel::validateCreate(const ServiceCreateRequest &request)
{
    if (QString problem = validation::serviceName(request.name); !problem.isEmpty())
        return problem;
    if (request.provider.isEmpty())
        return tr("Choose a cloud provider.");
    if (request.region.isEmpty())
        return tr("Choose a region.");
    // The scaling part of a create request has the same shape as a replicaScaling request.
    ReplicaScalingRequest scaling;
    scaling.autoscalingMode = request.autoscalingMode;
    scaling.minReplicaMemoryGb = request.minReplicaMemoryGb;
    scaling.maxReplicaMemoryGb = request.maxReplicaMemoryGb;
    scaling.numReplicas = request.numReplicas;
    scaling.minReplicas = request.minReplicas;
    scaling.maxReplicas = request.maxReplicas;
    scaling.idleTimeoutMinutes = request.idleTimeoutMinutes;
    if (QString problem = validateScaling(scaling); !problem.isEmpty())
        return problem;
    for (const IpAccessListEntry &entry : request.ipAccessList) {
        if (QString problem = validation::ipSource(entry.source); !problem.isEmpty())
            return problem;
    }
    return {};
}

QString ServicesViewModel::validateScaling(const ReplicaScalingRequest &request)
{
    if (request.minReplicaMemoryGb || request.maxReplicaMemoryGb) {
        const int min = request.minReplicaMemoryGb.value_or(request.maxReplicaMemoryGb.value_or(0));
        const int max = request.maxReplicaMemoryGb.value_or(min);
        if (QString problem = validation::replicaMemoryRange(min, max); !problem.isEmpty())
            return problem;
    }
    if (request.numReplicas) {
        if (QString problem = validation::replicas(*request.numReplicas); !problem.isEmpty())
            return problem;
    }
    if (request.minReplicas.has_value() != request.maxReplicas.has_value())
        return tr("Give both the minimum and the maximum number of replicas.");
    if (request.minReplicas) {
        if (request.numReplicas)
            return tr("Give either a fixed number of replicas or a minimum and maximum, not both.");
        if (QString problem = validation::replicaRange(*request.minReplicas, *request.maxReplicas); !problem.isEmpty())
            return problem;
    }
    if (request.autoscalingMode == u"horizontal"_s) {
        if (!request.minReplicas)
            return tr("Horizontal autoscaling needs a minimum and a maximum number of replicas.");
        if (request.minReplicaMemoryGb && request.maxReplicaMemoryGb
            && *request.minReplicaMemoryGb != *request.maxReplicaMemoryGb)
            return tr("Horizontal autoscaling keeps one memory size per replica.");
    }
    if (request.autoscalingMode == u"vertical"_s && request.minReplicas && *request.minReplicas != *request.maxReplicas)
        return tr("Vertical autoscaling keeps a fixed number of replicas.");
    if (request.idleTimeoutMinutes) {
        if (QString problem = validation::idleTimeout(*request.idleTimeoutMinutes); !problem.isEmpty())
            return problem;
    }
    return {};
}

} // namespace chcloud
