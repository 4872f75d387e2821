#pragma once

#include "api/ApiError.h"

#include <QObject>
#include <QString>

#include <optional>

namespace chcloud {

/// One change a user asked for (create a key, stop a service, …), seen by whoever
/// started it. Every mutation ends the same way:
///
/// - exactly once, with success, an ApiError, or a validation error when the input
///   was refused before anything was sent; later attempts to end it are ignored;
/// - finished() is queued, never emitted from inside the call that ends it, so a
///   caller that gets the command back always connects first;
/// - a cancellation (context switched, page closed) is no error to show:
///   isCancelled() says so and errorText() stays empty;
/// - after finished() the command drops what it carried only once (a secret, a
///   password) and deletes itself.
///
/// Subclasses name the kinds of change and carry their payload; they end with
/// success through endWithSuccess() after storing it.
class MutationCommand : public QObject
{
    Q_OBJECT

public:
    ~MutationCommand() override;

    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && !m_error && m_validationError.isEmpty(); }
    const std::optional<ApiError> &error() const { return m_error; }
    /// Set when the input was refused before anything was sent.
    QString validationError() const { return m_validationError; }
    /// Ended because it was cancelled (context switched, page closed), not by the server.
    bool isCancelled() const { return m_error && m_error->kind == ApiErrorKind::Cancelled; }
    /// Why it failed, as one translated line (the server's message when there is one);
    /// empty on success and after a cancellation, which is nothing to show as an error.
    QString errorText() const;
    /// How many times the request was sent (a delete retried after 409 counts each try).
    int attempts() const { return m_attempts; }
    void setAttempts(int attempts) { m_attempts = attempts; }

    /// Ends it with the server's (or the transport's) error; ignored once ended.
    void finishWithError(ApiError error);
    /// Ends it with a refusal of the input; ignored once ended.
    void finishWithValidationError(QString message);

Q_SIGNALS:
    /// Emitted exactly once, queued after the command ended.
    void finished();

protected:
    explicit MutationCommand(QObject *parent = nullptr);

    /// Ends it with success; the subclass has stored its payload. Call only while !isFinished().
    void endWithSuccess();
    /// Called once finished() has been delivered: drop what only the receivers of
    /// finished() were meant to take (secrets are wiped).
    virtual void discardPayload();

private:
    void end();

    bool m_finished = false;
    int m_attempts = 1;
    std::optional<ApiError> m_error;
    QString m_validationError;
};

} // namespace chcloud
