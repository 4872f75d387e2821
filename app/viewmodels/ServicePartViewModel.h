#pragma once

#include "ServiceOperation.h"
#include "api/ApiCall.h"
#include "api/ApiError.h"

#include <QObject>
#include <QPointer>
#include <QString>

#include <utility>

namespace chcloud {

class ApiSession;
class CloudApi;

/// What the view-models of one part of a service's configuration share (ClickHouse
/// settings, query endpoint, scaling schedule and upgrade window, backup bucket,
/// private endpoints): the session, organization and selected service, a load
/// state, and two call groups. Selecting another service cancels the loads of the
/// previous one (their answers are dropped); a new context also cancels running
/// changes, whose operations then end Cancelled, which is never shown as an error.
/// The ServiceDetailsViewModel owns the parts and passes context and selection on.
class ServicePartViewModel : public QObject
{
    Q_OBJECT

public:
    enum class State { NotLoaded, Loading, Loaded, Failed };
    Q_ENUM(State)

    explicit ServicePartViewModel(QObject *parent = nullptr);
    ~ServicePartViewModel() override;

    void setContext(ApiSession *session, const QString &organizationId);
    void setServiceId(const QString &serviceId);
    QString serviceId() const { return m_serviceId; }
    QString organizationId() const { return m_organizationId; }

    State state() const { return m_state; }
    /// Why the last load failed, one translated line; empty otherwise.
    QString errorText() const { return m_errorText; }
    /// How many of its calls are queued or in flight now.
    int runningCallCount() const { return m_selectionCalls.runningCount() + m_commandCalls.runningCount(); }

public Q_SLOTS:
    /// Loads unless loaded or loading.
    void ensureLoaded();
    /// Loads again at visible priority.
    void refresh();

Q_SIGNALS:
    /// The state, the data or the error changed.
    void changed();

protected:
    CloudApi *api() const;
    /// Starts the calls of a load; each answer is checked with isCurrent(generation).
    virtual void load(CloudApi *api, quint64 generation) = 0;
    /// Drops what the previous service showed.
    virtual void clearData() = 0;

    quint64 generation() const { return m_selectionCalls.generation(); }
    bool isCurrent(quint64 generation) const { return m_selectionCalls.isCurrent(generation); }
    /// A load call: cancelled when the service or the context changes.
    void trackLoad(const ApiCall &call) { m_selectionCalls.add(call); }
    /// A command call: cancelled when the context changes.
    void trackCommand(const ApiCall &call) { m_commandCalls.add(call); }
    void setLoaded();
    /// what: "The ClickHouse settings could not be loaded: %1"-style text; a
    /// cancellation leaves the part not loaded, without an error.
    void setFailed(const ApiError &error, const QString &what);

    /// A new operation for the selected service, or one already ended with
    /// "No service is selected." (check isFinished()).
    ServiceOperation *newOperation();

    /// The answer to a change of the selected service: the server's error ends
    /// `operation` with it; otherwise `apply` gets the value while the same service
    /// is still selected (an answer for one no longer shown changes nothing shown)
    /// and the operation ends with success.
    template<typename T, typename Apply>
    ApiCallback<T> answerTo(ServiceOperation *operation, Apply apply)
    {
        return [this, guard = QPointer<ServiceOperation>(operation), forService = serviceId(),
                apply = std::move(apply)](ApiResult<T> result) mutable {
            if (!guard)
                return;
            if (!result) {
                guard->finishWithError(result.error());
                return;
            }
            if (forService == serviceId())
                apply(std::move(result).value());
            guard->finishWithSuccess();
        };
    }

private:
    QPointer<ApiSession> m_session;
    QString m_organizationId;
    QString m_serviceId;
    ApiCallGroup m_selectionCalls;
    ApiCallGroup m_commandCalls;
    State m_state = State::NotLoaded;
    QString m_errorText;
};

} // namespace chcloud
