#pragma once

#include "MutationCommand.h"
#include "domain/Secret.h"

#include <QString>

namespace chcloud {

/// One change a user asked for on a service (create, rename, start, stop, awake,
/// reset password, IP list, tags, scaling, delete). It ends as every MutationCommand
/// does; on success the view-model has already updated its rows. A create or a
/// password reset carries the new password, which takePassword() hands out once.
/// Owned by the view-model that started it; deletes itself after finished().
class ServiceOperation : public MutationCommand
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
    /// True while a password is waiting to be taken.
    bool hasPassword() const { return !m_password.isEmpty(); }
    /// The one-time password of a create or a reset; empty after the first call.
    Secret takePassword();

    /// Ends it with success (ignored once ended), carrying the service's id and a new password.
    void finishWithSuccess(QString serviceId = {}, Secret password = {});

private:
    void discardPayload() override;

    Kind m_kind;
    QString m_serviceId;
    Secret m_password;
};

} // namespace chcloud
