#include "ApiKeyCommand.h"

#include <utility>

namespace chcloud {

ApiKeyCommand::ApiKeyCommand(Kind kind, QString keyId, QObject *parent)
    : MutationCommand(parent)
    , m_kind(kind)
    , m_keyId(std::move(keyId))
{
}

ApiKeyCreateResult ApiKeyCommand::takeCreateResult()
{
    ApiKeyCreateResult result;
    if (m_created) {
        result = std::move(*m_created);
        m_created.reset();
    }
    return result;
}

void ApiKeyCommand::finishWithSuccess(QString keyId, std::optional<ApiKeyCreateResult> created)
{
    if (isFinished())
        return;
    if (!keyId.isEmpty())
        m_keyId = std::move(keyId);
    m_created = std::move(created);
    endWithSuccess();
}

void ApiKeyCommand::discardPayload()
{
    if (m_created)
        m_created->keySecret.wipe();
}

} // namespace chcloud
