#pragma once

#include "api/ApiError.h"
#include "domain/Secret.h"

#include <QObject>
#include <QString>

#include <optional>

namespace chcloud {

/// One change a user asked for on a service (create, rename, start, stop, awake,
/// reset password, IP list, tags, scaling, delete). It ends exactly once with
/// finished(); on success the view-model has already updated its rows. A create or
/// a password reset carries the new password, which takePassword() hands out once.
/// Owned by the view-model that started it; deletes itself after finished().
class ServiceOperation : public QObject
{
    Q_OBJECT

public:
    enum class Kind {
        Create,
        Rename,
        Start,
        Stop,
        Awake,
        ResetPassword,
        UpdateIpAccessList,
        UpdateTags,
        UpdateScaling,
        UpdateBackupConfiguration,
        UpdateConfiguration, ///< settings, schedules, windows, buckets, endpoints of one service
        Delete,
    };
    Q_ENUM(Kind)

    ServiceOperation(Kind kind, QString serviceId, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    /// The service concerned; for Create, set once the server has answered.
    QString serviceId() const { return m_serviceId; }
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
    /// How many times the request was sent by the view-model (a delete retried after 409 counts each try).
    int attempts() const { return m_attempts; }
    void setAttempts(int attempts) { m_attempts = attempts; }
    /// True while a password is waiting to be taken.
    bool hasPassword() const { return !m_password.isEmpty(); }
    /// The one-time password of a create or a reset; empty after the first call.
    Secret takePassword();

    /// Ends it once (later calls are ignored). finished() is queued so that a caller
    /// always gets to connect first.
    void finishWithSuccess(QString serviceId = {}, Secret password = {});
    void finishWithError(ApiError error);
    void finishWithValidationError(QString message);

Q_SIGNALS:
    /// Emitted exactly once.
    void finished();

private:
    void end();

    Kind m_kind;
    QString m_serviceId;
    bool m_finished = false;
    int m_attempts = 1;
    std::optional<ApiError> m_error;
    QString m_validationError;
    Secret m_password;
};

} // namespace chcloud
