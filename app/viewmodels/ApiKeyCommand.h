#pragma once

#include "MutationCommand.h"
#include "domain/ApiKey.h"

#include <QString>

#include <optional>

namespace chcloud {

/// One command sent on behalf of the user on an API key (create, update,
/// enable/disable, delete). It ends as every MutationCommand does; the view-model
/// keeps its rows in step on success. A create carries the one copy of the new
/// key's secret, handed out once by takeCreateResult(). Owned by the view-model;
/// it deletes itself after finished().
class ApiKeyCommand : public MutationCommand
{
    Q_OBJECT

public:
    enum class Kind { Create, Update, Delete };
    Q_ENUM(Kind)

    ApiKeyCommand(Kind kind, QString keyId, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    /// ApiKey.id of the key concerned; for Create, set once it exists.
    QString keyId() const { return m_keyId; }
    /// For a successful Create: the key, its authentication key ID and (unless
    /// it was created from hashData) the secret. takeCreateResult() moves it out
    /// so only one owner holds the secret.
    ApiKeyCreateResult takeCreateResult();

    /// Ends it with success (ignored once ended); a Create passes what the server answered.
    void finishWithSuccess(QString keyId, std::optional<ApiKeyCreateResult> created = std::nullopt);

private:
    void discardPayload() override;

    Kind m_kind;
    QString m_keyId;
    std::optional<ApiKeyCreateResult> m_created;
};

} // namespace chcloud
