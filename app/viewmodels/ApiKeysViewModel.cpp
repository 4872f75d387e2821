#include "ApiKeysViewModel.h"

#include "KeyCreatorLookup.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"

#include <utility>

namespace chcloud {

ApiKeysViewModel::ApiKeysViewModel(QObject *parent)
    : ApiKeysTableModel(parent)
    , m_creatorLookup(new KeyCreatorLookup(this))
{
    setCreatorLookup(m_creatorLookup);
    connect(m_creatorLookup, &KeyCreatorLookup::progressChanged, this, &ApiKeysViewModel::creatorProgressChanged);
    connect(m_creatorLookup, &KeyCreatorLookup::finished, this, &ApiKeysViewModel::creatorsResolved);
}

ApiKeysViewModel::~ApiKeysViewModel() = default;

void ApiKeysViewModel::setContext(ApiSession *session, const QString &organizationId, const QString &authKeyId)
{
    // What still runs was for the old context: cancelled, so it leaves the queue.
    ++m_contextGeneration;
    m_calls.cancelAll();
    m_loadCall = ApiCall();
    beginResetModel();
    m_session = session;
    m_organizationId = organizationId;
    clearRows(authKeyId);
    m_unreadable.clear();
    m_creatorLookup->setContext(session, organizationId);
    setRoleList({});
    setServiceNames({});
    m_accessRequested = false;
    m_rolesListed = false;
    for (const QPointer<KeyQueryEndpointScan> &scan : std::exchange(m_scans, {})) {
        if (scan)
            scan->cancel();
    }
    endResetModel();
    const bool wasBusy = isBusy();
    m_pending = 0;
    if (wasBusy)
        Q_EMIT busyChanged(false);
    setLoadError(std::nullopt);
    if (m_loaded) {
        m_loaded = false;
        Q_EMIT loadedChanged(false);
    }
}

void ApiKeysViewModel::setClock(std::function<QDateTime()> now)
{
    m_creatorLookup->setClock(now);
    ApiKeysTableModel::setClock(std::move(now));
}

void ApiKeysViewModel::setVisible(bool visible)
{
    m_creatorLookup->setActive(visible);
}

bool ApiKeysViewModel::isResolvingCreators() const
{
    return m_creatorLookup->hasWork();
}

ApiSession *ApiKeysViewModel::session() const
{
    return m_session;
}

CloudApi *ApiKeysViewModel::api() const
{
    return m_session ? m_session->api() : nullptr;
}

void ApiKeysViewModel::beginPending()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void ApiKeysViewModel::endPending(quint64 generation)
{
    if (generation != m_contextGeneration || m_pending == 0)
        return;
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

void ApiKeysViewModel::setLoadError(std::optional<ApiError> error)
{
    const QString before = errorText();
    m_loadError = std::move(error);
    const QString after = errorText();
    if (before != after)
        Q_EMIT errorChanged(after);
}

// --- Loading -----------------------------------------------------------------

void ApiKeysViewModel::refresh()
{
    CloudApi *cloud = api();
    if (!cloud || m_organizationId.isEmpty())
        return;
    // A newer load supersedes the one still running: cancelled, its answer dropped,
    // and busy stays on once until the newer one ends.
    const quint64 serial = ++m_loadSerial;
    if (m_loadCall.isRunning())
        std::exchange(m_loadCall, ApiCall()).cancel();
    else
        beginPending();
    const quint64 generation = m_contextGeneration;
    m_loadCall = cloud->openapiKeyGetList(m_organizationId, RequestPriority::Visible, this,
                                          [this, generation, serial](ApiResult<json::RowList<ApiKey>> result) {
                                              if (m_contextGeneration != generation || serial != m_loadSerial)
                                                  return;
                                              m_loadCall = ApiCall();
                                              const bool succeeded = result.hasValue();
                                              if (succeeded) {
                                                  json::RowList<ApiKey> keys = std::move(result).value();
                                                  m_unreadable = std::move(keys.unreadable);
                                                  applyKeys(std::move(keys.rows));
                                                  setLoadError(std::nullopt);
                                              } else if (result.error().kind != ApiErrorKind::Cancelled) {
                                                  setLoadError(result.error());
                                              }
                                              if (!m_loaded) {
                                                  m_loaded = true;
                                                  Q_EMIT loadedChanged(true);
                                              }
                                              endPending(generation);
                                              Q_EMIT refreshed();
                                              if (succeeded)
                                                  m_creatorLookup->lookUp(keys());
                                          });
    m_calls.add(m_loadCall);
    loadAccessContext();
}

void ApiKeysViewModel::loadAccessContext()
{
    CloudApi *cloud = api();
    if (!cloud || m_accessRequested)
        return;
    m_accessRequested = true;
    const quint64 generation = m_contextGeneration;
    // Background: the keys show first; the "May do" column fills in. A failure
    // leaves the role names in place of their policies, and ids in place of names.
    m_calls.add(cloud->organizationRolesGetList(m_organizationId, RequestPriority::Background, this,
                                                [this, generation](ApiResult<json::RowList<Role>> result) {
                                                    if (generation != m_contextGeneration)
                                                        return;
                                                    if (result) {
                                                        m_rolesListed = true;
                                                        setRoleList(std::move(result).value().rows);
                                                    }
                                                    Q_EMIT roleListLoaded();
                                                }));
    m_calls.add(cloud->instanceGetList(m_organizationId, {}, RequestPriority::Background, this,
                                       [this, generation](ApiResult<json::RowList<Service>> result) {
                                           if (generation != m_contextGeneration || !result)
                                               return;
                                           QHash<QString, QString> names;
                                           for (const Service &service : std::as_const(result.value().rows))
                                               names.insert(service.id, service.name);
                                           setServiceNames(std::move(names));
                                       }));
}

QString ApiKeysViewModel::unreadableText() const
{
    if (m_unreadable.isEmpty())
        return {};
    const int total = int(keys().size() + m_unreadable.size());
    return tr("%1 of %n API keys could not be read.", nullptr, total).arg(m_unreadable.size());
}

// --- Commands ------------------------------------------------------------------

ApiKeyCommand *ApiKeysViewModel::startCommand(ApiKeyCommand::Kind kind, const QString &keyId)
{
    auto *command = new ApiKeyCommand(kind, keyId, this);
    beginPending();
    connect(command, &ApiKeyCommand::finished, this,
            [this, generation = m_contextGeneration] { endPending(generation); });
    return command;
}

ApiKeyCommand *ApiKeysViewModel::createKey(const ApiKeyCreateRequest &request)
{
    ApiKeyCommand *command = startCommand(ApiKeyCommand::Kind::Create, {});
    CloudApi *cloud = api();
    if (!cloud) {
        QMetaObject::invokeMethod(
            command, [command] { command->finishWithError(ApiError::cancelled()); }, Qt::QueuedConnection);
        return command;
    }
    // The command is the context: the answer is delivered even if nobody watches
    // the model any more, so the secret is never dropped unseen.
    // Not in m_calls: a new context must not abort a create the server may already
    // have done, or the one copy of its secret would be lost.
    cloud->openapiKeyCreate(m_organizationId, request, RequestPriority::Interactive, command,
                            [this, command, generation = m_contextGeneration](ApiResult<ApiKeyCreateResult> result) {
                                if (!result) {
                                    command->finishWithError(result.error());
                                    return;
                                }
                                if (generation == m_contextGeneration)
                                    upsertKey(result->key);
                                const QString id = result->key.id;
                                command->finishWithSuccess(id, std::move(result).value());
                            });
    return command;
}

ApiKeyCommand *ApiKeysViewModel::updateKey(const QString &keyId, const ApiKeyUpdateRequest &request)
{
    ApiKeyCommand *command = startCommand(ApiKeyCommand::Kind::Update, keyId);
    CloudApi *cloud = api();
    if (!cloud) {
        QMetaObject::invokeMethod(
            command, [command] { command->finishWithError(ApiError::cancelled()); }, Qt::QueuedConnection);
        return command;
    }
    m_calls.add(
        cloud->openapiKeyUpdate(m_organizationId, keyId, request, RequestPriority::Interactive, command,
                                [this, command, keyId, generation = m_contextGeneration](ApiResult<ApiKey> result) {
                                    const bool current = generation == m_contextGeneration;
                                    if (!result) {
                                        // Deleted meanwhile: the row goes, the message stays.
                                        if (current && result.error().kind == ApiErrorKind::NotFound)
                                            removeKey(keyId);
                                        command->finishWithError(result.error());
                                        return;
                                    }
                                    if (current)
                                        upsertKey(result.value());
                                    command->finishWithSuccess(keyId);
                                }));
    return command;
}

ApiKeyCommand *ApiKeysViewModel::setKeyEnabled(const QString &keyId, bool enabled)
{
    ApiKeyUpdateRequest request;
    request.state = enabled ? ApiKeyState::Enabled : ApiKeyState::Disabled;
    return updateKey(keyId, request);
}

KeyQueryEndpointScan *ApiKeysViewModel::scanQueryEndpoints(const QString &keyId, int maxServices)
{
    auto *scan = new KeyQueryEndpointScan(keyId, maxServices, this);
    m_scans.removeAll(nullptr);
    m_scans.append(scan);
    scan->start(m_session, m_organizationId);
    return scan;
}

ApiKeyCommand *ApiKeysViewModel::deleteKey(const QString &keyId)
{
    ApiKeyCommand *command = startCommand(ApiKeyCommand::Kind::Delete, keyId);
    CloudApi *cloud = api();
    if (!cloud || isCurrentKey(keyId)) {
        ApiError error = cloud ? ApiError {} : ApiError::cancelled();
        if (cloud) {
            error.kind = ApiErrorKind::Conflict;
            error.message = tr("This is the key the app signs in with, and a key cannot delete itself.");
        }
        QMetaObject::invokeMethod(
            command, [command, error] { command->finishWithError(error); }, Qt::QueuedConnection);
        return command;
    }
    m_calls.add(cloud->openapiKeyDelete(
        m_organizationId, keyId, RequestPriority::Interactive, command,
        [this, command, keyId, generation = m_contextGeneration](ApiResult<Nothing> result) {
            // Already gone counts as gone for the table, but the user hears about it.
            if (generation == m_contextGeneration && (result || result.error().kind == ApiErrorKind::NotFound))
                removeKey(keyId);
            if (result)
                command->finishWithSuccess(keyId);
            else
                command->finishWithError(result.error());
        }));
    return command;
}

} // namespace chcloud
