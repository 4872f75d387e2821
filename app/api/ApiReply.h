#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QObject>
#include <QPair>

#include <optional>

namespace chcloud {

/// The answer to one submitted ApiRequest. It ends exactly once, on every path
/// (success, HTTP error, network error, timeout, parse error, cancellation):
/// finished() is emitted once, after which the getters are final. The scheduler
/// owns it until it has finished; the receiver then deletes it (deleteLater()).
class ApiReply : public QObject
{
    Q_OBJECT

public:
    explicit ApiReply(ApiRequest request, QObject *parent = nullptr);
    ~ApiReply() override;

    const ApiRequest &request() const { return m_request; }
    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && !m_error; }

    int httpStatus() const { return m_httpStatus; }
    QString requestId() const { return m_requestId; }
    /// The envelope's "result" (JsonEnvelope format) on success.
    QJsonValue result() const { return m_result; }
    /// The body as received (Text format, or for diagnostics).
    QByteArray rawBody() const { return m_rawBody; }
    const std::optional<ApiError> &error() const { return m_error; }
    /// How many times it was sent (retries and 429 re-sends included).
    int attempts() const { return m_attempts; }

    /// Ends the reply with ApiErrorKind::Cancelled unless it has ended already.
    /// Safe to call from a slot connected to anything; finished() still comes once.
    void cancel();

    // Used by the scheduler to complete the reply; each ends it once.
    void finishWithResult(int httpStatus, QString requestId, QJsonValue result, QByteArray rawBody);
    void finishWithError(ApiError error, QByteArray rawBody = {});
    void setAttempts(int attempts) { m_attempts = attempts; }

Q_SIGNALS:
    /// Emitted exactly once.
    void finished();
    /// The user asked to cancel (before it ended): the scheduler drops or aborts it.
    void cancelRequested();

private:
    void finish();

    ApiRequest m_request;
    bool m_finished = false;
    int m_httpStatus = 0;
    int m_attempts = 0;
    QString m_requestId;
    QJsonValue m_result;
    QByteArray m_rawBody;
    std::optional<ApiError> m_error;
};

} // namespace chcloud
