#pragma once

#include "ServiceOperation.h"
#include "ServicesTableModel.h"
#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "domain/JsonFields.h"
#include "domain/Service.h"
#include "domain/ServiceRequests.h"

#include <QList>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <optional>

namespace chcloud {

class ApiSession;
class CloudApi;
class ServicePoller;

/// The organization's services: loads them into the table (ServicesTableModel)
/// and runs the operations that change them (ServiceOperation). A refresh updates
/// rows in place, never with a reset, so selection and scroll position survive it.
///
/// Services in a transitional state (starting, stopping, …) are handed to a
/// ServicePoller which fetches each one at background priority with backoff until
/// it settles; nothing else polls. Loads run at visible priority, commands at
/// interactive priority. Input is checked before anything is sent.
///
/// Its calls live in an ApiCallGroup: a new context cancels them (operations
/// still running end with Cancelled), a refresh supersedes the load still
/// running, and a delete retry armed before a context change sends nothing.
/// Creates and password resets are left to finish, since their answers carry the
/// one copy of a password. Only the current context's loads and commands count
/// towards busy, and only its answers change the rows.
class ServicesViewModel : public ServicesTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)

public:
    explicit ServicesViewModel(QObject *parent = nullptr);
    ~ServicesViewModel() override;

    /// Points the model at an organization through a session; drops the rows and
    /// stops polling. Call refresh() to load.
    void setContext(ApiSession *session, const QString &organizationId);
    QString organizationId() const { return m_organizationId; }
    /// The poller, e.g. to shorten its intervals in tests.
    ServicePoller *poller() const { return m_poller; }

    bool isBusy() const { return m_pending > 0; }
    /// The last load error as one line; empty when the last load succeeded.
    QString errorText() const { return m_loadError ? m_loadError->displayText() : QString(); }
    bool isLoaded() const { return m_loaded; }
    /// Rows of the last load that could not be read; the others show.
    const QList<json::UnreadableRow> &unreadableRows() const { return m_unreadable; }
    /// "1 of 2,000 services could not be read." after a partly readable load, else empty.
    QString unreadableText() const;

    /// How often a 409 right after stopping is retried before the server's message is shown.
    void setDeleteRetry(int attempts, int firstDelayMs);
    /// How many of its calls are queued or in flight now (the poller's not included).
    int runningCallCount() const { return m_calls.runningCount(); }

public Q_SLOTS:
    /// Reloads the list at visible priority.
    void refresh();

public:
    /// Creates a service (interactive). Refused without a request when the input
    /// breaks the API's limits. On success the row appears and the operation
    /// carries the password, once.
    ServiceOperation *createService(const ServiceCreateRequest &request);
    /// Why request would be refused, or an empty string.
    static QString validateCreate(const ServiceCreateRequest &request);

    ServiceOperation *renameService(const QString &serviceId, const QString &name);
    /// start / stop / awake (PATCH …/state, idempotent). The row shows the new state
    /// at once and is polled until it settles.
    ServiceOperation *changeState(const QString &serviceId, ServiceCommand command);
    /// Generates a new password for the default user; the operation carries it once.
    ServiceOperation *resetPassword(const QString &serviceId);
    ServiceOperation *updateIpAccessList(const QString &serviceId, const ListPatch<IpAccessListEntry> &patch);
    ServiceOperation *updateTags(const QString &serviceId, const ListPatch<ResourceTag> &patch);
    /// Autoscaling mode, replica memory, replicas, idle scaling and timeout (PATCH …/replicaScaling).
    ServiceOperation *updateScaling(const QString &serviceId, const ReplicaScalingRequest &request);
    /// Why request would be refused: the API's limits, and the shape each mode takes
    /// (horizontal: a replica band and one memory size; vertical: a fixed count).
    static QString validateScaling(const ReplicaScalingRequest &request);
    /// Deletes a stopped service. Refused locally while it is not stopped; a 409
    /// just after stopping is retried a few times with backoff.
    ServiceOperation *deleteService(const QString &serviceId);

    /// Replaces one row with a fresher copy (used by the poller and the details pane).
    void upsertService(const Service &service);

Q_SIGNALS:
    void busyChanged(bool busy);
    void errorChanged(const QString &errorText);
    void loadedChanged(bool loaded);
    /// A load finished (successfully or not).
    void refreshed();
    /// A row's service changed (state, name, scaling…).
    void serviceChanged(const QString &serviceId);
    void serviceRemoved(const QString &serviceId);
    /// An operation was handed out; its finished() is queued, so a slot connected
    /// here always sees it end.
    void operationStarted(chcloud::ServiceOperation *operation);

private:
    CloudApi *api() const;
    void beginPending();
    /// Ends a load or command begun in context generation (ignored for an older one).
    void endPending(quint64 generation);
    void setLoadError(std::optional<ApiError> error);
    void applyServices(const QList<Service> &services);
    void removeService(const QString &serviceId);
    void trackTransitions(const Service &service);
    ServiceOperation *startOperation(ServiceOperation::Kind kind, const QString &serviceId);
    void sendDelete(QPointer<ServiceOperation> operation, const QString &serviceId, int attempt, quint64 generation);
    /// The callback for a mutation answered with the updated service.
    ApiCallback<Service> finishWithService(ServiceOperation *operation);
    ServiceOperation *sendPatch(ServiceOperation::Kind kind, const QString &serviceId,
                                const ServicePatchRequest &request);
    bool isPolled(const QString &serviceId) const override;

    QPointer<ApiSession> m_session;
    QString m_organizationId;
    ServicePoller *m_poller;
    std::optional<ApiError> m_loadError;
    QList<json::UnreadableRow> m_unreadable;
    int m_pending = 0;
    bool m_loaded = false;
    ApiCallGroup m_calls; ///< every load and command of the current context
    ApiCall m_loadCall; ///< the list load running now, superseded by the next refresh()
    quint64 m_loadSerial = 0; ///< which refresh() the answer must belong to
    int m_deleteAttempts = 4;
    int m_deleteFirstDelayMs = 1000;
};

} // namespace chcloud
