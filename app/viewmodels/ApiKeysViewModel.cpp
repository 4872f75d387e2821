#include "ApiKeysViewModel.h"

#include "KeyCreatorLookup.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "domain/IpAccess.h"

#include <QFont>
#include <QLocale>
#include <QSet>
#include <QTimeZone>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace chcloud {

// --- ApiKeyCommand -----------------------------------------------------------

ApiKeyCommand::ApiKeyCommand(Kind kind, QString keyId, QObject *parent)
    : QObject(parent)
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
    if (m_finished)
        return;
    if (!keyId.isEmpty())
        m_keyId = std::move(keyId);
    m_created = std::move(created);
    end();
}

void ApiKeyCommand::finishWithError(ApiError error)
{
    if (m_finished)
        return;
    m_error = std::move(error);
    end();
}

void ApiKeyCommand::end()
{
    m_finished = true;
    Q_EMIT finished();
    // Whoever wanted the secret took it inside the slot; nothing is kept.
    if (m_created)
        m_created->keySecret.wipe();
    deleteLater();
}

// --- ApiKeysViewModel --------------------------------------------------------

ApiKeysViewModel::ApiKeysViewModel(QObject *parent)
    : QAbstractTableModel(parent)
    , m_creatorLookup(new KeyCreatorLookup(this))
{
    connect(m_creatorLookup, &KeyCreatorLookup::creatorsChanged, this, &ApiKeysViewModel::creatorsChanged);
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
    m_authKeyId = authKeyId;
    m_keys.clear();
    m_unreadable.clear();
    m_currentMatch.clear();
    m_creatorLookup->setContext(session, organizationId);
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
    m_now = std::move(now);
}

void ApiKeysViewModel::setVisible(bool visible)
{
    m_creatorLookup->setActive(visible);
}

bool ApiKeysViewModel::isResolvingCreators() const
{
    return m_creatorLookup->hasWork();
}

QDateTime ApiKeysViewModel::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

ApiSession *ApiKeysViewModel::session() const
{
    return m_session;
}

CloudApi *ApiKeysViewModel::api() const
{
    return m_session ? m_session->api() : nullptr;
}

int ApiKeysViewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ApiKeysViewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeysViewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case KeyIdColumn:
        return tr("Key ID");
    case RolesColumn:
        return tr("Roles");
    case StateColumn:
        return tr("State");
    case ExpirationColumn:
        return tr("Expiration");
    case CreatedColumn:
        return tr("Created");
    case LastUsedColumn:
        return tr("Last used");
    case CreatedByColumn:
        return tr("Created by");
    case IpAccessColumn:
        return tr("IP access");
    default:
        return {};
    }
}

QHash<int, QByteArray> ApiKeysViewModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KeyIdRole, "keyId");
    names.insert(DisplayStateRole, "displayState");
    names.insert(CurrentKeyRole, "currentKey");
    names.insert(HighlightRole, "highlight");
    names.insert(SortRole, "sortValue");
    names.insert(SearchTextRole, "searchText");
    return names;
}

const ApiKey *ApiKeysViewModel::keyAt(int row) const
{
    if (row < 0 || row >= m_keys.size())
        return nullptr;
    return &m_keys.at(row);
}

int ApiKeysViewModel::rowOfKey(const QString &keyId) const
{
    for (qsizetype row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).id == keyId)
            return int(row);
    }
    return -1;
}

std::optional<ApiKey> ApiKeysViewModel::key(const QString &keyId) const
{
    const int row = rowOfKey(keyId);
    if (row < 0)
        return std::nullopt;
    return m_keys.at(row);
}

CurrentKeyMatch ApiKeysViewModel::currentKeyMatch(int row) const
{
    if (row < 0 || row >= m_currentMatch.size())
        return CurrentKeyMatch::No;
    return m_currentMatch.at(row);
}

bool ApiKeysViewModel::isCurrentKey(const QString &keyId) const
{
    return currentKeyMatch(rowOfKey(keyId)) != CurrentKeyMatch::No;
}

KeyDisplayState ApiKeysViewModel::displayState(int row) const
{
    const ApiKey *k = keyAt(row);
    if (!k)
        return KeyDisplayState::Unknown;
    switch (k->state) {
    case ApiKeyState::Disabled:
        return KeyDisplayState::Disabled;
    case ApiKeyState::Unknown:
        return KeyDisplayState::Unknown;
    case ApiKeyState::Enabled:
        break;
    }
    const QDateTime current = now();
    if (k->isExpiredAt(current))
        return KeyDisplayState::Expired;
    if (k->expireAt && current.secsTo(*k->expireAt) <= qint64(expiringSoonDays) * 24 * 3600)
        return KeyDisplayState::ExpiringSoon;
    return KeyDisplayState::Enabled;
}

QString ApiKeysViewModel::createdBy(const QString &keyId) const
{
    return m_creatorLookup->creator(keyId);
}

QString ApiKeysViewModel::createdByText(const QString &keyId) const
{
    switch (m_creatorLookup->status(keyId)) {
    case KeyCreatorLookup::Status::Found:
        return m_creatorLookup->creator(keyId);
    case KeyCreatorLookup::Status::Pending:
        return tr("looking up…");
    case KeyCreatorLookup::Status::NotFound:
        return tr("unknown (not found in the last %n months)", nullptr, KeyCreatorLookup::maxWindows);
    case KeyCreatorLookup::Status::Unknown:
        break;
    }
    return tr("unknown");
}

QString ApiKeysViewModel::stateText(KeyDisplayState state)
{
    switch (state) {
    case KeyDisplayState::Enabled:
        return tr("Enabled");
    case KeyDisplayState::ExpiringSoon:
        return tr("Enabled, expiring soon");
    case KeyDisplayState::Expired:
        return tr("Expired");
    case KeyDisplayState::Disabled:
        return tr("Disabled");
    case KeyDisplayState::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString ApiKeysViewModel::ipAccessSummary(const QList<IpAccessListEntry> &list)
{
    if (list.isEmpty())
        return tr("none — all access denied");
    if (IpAccess::isOpenToAnywhere(list))
        return tr("anywhere");
    return tr("%n entries", nullptr, int(list.size()));
}

QString ApiKeysViewModel::rolesText(const ApiKey &key)
{
    QStringList names;
    for (const AssignedRole &role : key.assignedRoles)
        names.append(role.roleName.isEmpty() ? role.roleId : role.roleName);
    if (names.isEmpty())
        names = key.roles;
    return names.join(u", "_s);
}

QString ApiKeysViewModel::relativeDays(const QDateTime &when) const
{
    const qint64 seconds = now().secsTo(when);
    const int days = int((seconds + qint64(24) * 3600 - 1) / (qint64(24) * 3600));
    if (days <= 0)
        return tr("expires today");
    return tr("expires in %n days", nullptr, days);
}

QString ApiKeysViewModel::expirationText(const ApiKey &key) const
{
    if (!key.expireAt)
        return tr("never");
    if (key.isExpiredAt(now()))
        return tr("expired");
    return relativeDays(*key.expireAt);
}

bool ApiKeysViewModel::highlighted(const ApiKey &key, int column) const
{
    switch (column) {
    case ExpirationColumn:
        return key.expireAt && now().secsTo(*key.expireAt) <= qint64(expiringSoonDays) * 24 * 3600;
    case IpAccessColumn:
        return key.ipAccessList.isEmpty();
    default:
        return false;
    }
}

QVariant ApiKeysViewModel::displayData(const ApiKey &key, int row, int column) const
{
    const QLocale locale;
    switch (column) {
    case NameColumn:
        switch (currentKeyMatch(row)) {
        case CurrentKeyMatch::Yes:
            return tr("%1 (this app's key)").arg(key.name);
        case CurrentKeyMatch::Probably:
            return tr("%1 (probably this app's key)").arg(key.name);
        case CurrentKeyMatch::No:
            break;
        }
        return key.name;
    case KeyIdColumn:
        return key.keySuffix.isEmpty() ? QString() : u"…"_s + key.keySuffix;
    case RolesColumn:
        return rolesText(key);
    case StateColumn:
        return stateText(displayState(row));
    case ExpirationColumn:
        return expirationText(key);
    case CreatedColumn:
        return key.createdAt.isValid() ? locale.toString(key.createdAt.toLocalTime(), QLocale::ShortFormat) : QString();
    case LastUsedColumn:
        return key.usedAt ? locale.toString(key.usedAt->toLocalTime(), QLocale::ShortFormat) : tr("never");
    case CreatedByColumn:
        return createdByText(key.id);
    case IpAccessColumn:
        return ipAccessSummary(key.ipAccessList);
    default:
        return {};
    }
}

QVariant ApiKeysViewModel::sortData(const ApiKey &key, int row, int column) const
{
    switch (column) {
    case ExpirationColumn:
        // Keys that never expire sort after every date.
        return key.expireAt ? *key.expireAt : QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC);
    case CreatedColumn:
        return key.createdAt;
    case LastUsedColumn:
        return key.usedAt ? *key.usedAt : QDateTime();
    case StateColumn:
        return int(displayState(row));
    case IpAccessColumn:
        return int(key.ipAccessList.size());
    case NameColumn:
        return key.name;
    default:
        return displayData(key, row, column);
    }
}

QVariant ApiKeysViewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const ApiKey &k = m_keys.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayData(k, row, index.column());
    case Qt::ToolTipRole:
        if (index.column() == KeyIdColumn)
            return tr("Only the last four characters of a key ID are ever shown by the server.");
        if (index.column() == NameColumn && currentKeyMatch(row) == CurrentKeyMatch::Probably)
            return tr("Another key ends in the same four characters, so this is a best guess.");
        if (index.column() == IpAccessColumn) {
            QStringList sources;
            for (const IpAccessListEntry &entry : k.ipAccessList)
                sources.append(entry.description.isEmpty() ? entry.source
                                                           : entry.source + u" ("_s + entry.description + u')');
            return sources.join(u'\n');
        }
        return {};
    case Qt::FontRole:
        if (index.column() == KeyIdColumn) {
            QFont mono(u"monospace"_s);
            mono.setStyleHint(QFont::Monospace);
            return mono;
        }
        if (index.column() == NameColumn && currentKeyMatch(row) != CurrentKeyMatch::No) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case KeyIdRole:
        return k.id;
    case DisplayStateRole:
        return int(displayState(row));
    case CurrentKeyRole:
        return int(currentKeyMatch(row));
    case HighlightRole:
        return highlighted(k, index.column());
    case SortRole:
        return sortData(k, row, index.column());
    case SearchTextRole:
        return QStringList { k.name, k.keySuffix, rolesText(k), createdBy(k.id), k.id }.join(u'\n');
    default:
        return {};
    }
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

void ApiKeysViewModel::recomputeCurrentKey()
{
    m_currentMatch.fill(CurrentKeyMatch::No, m_keys.size());
    if (m_authKeyId.isEmpty())
        return;
    QList<int> rows;
    for (qsizetype row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).matchesKeyId(m_authKeyId))
            rows.append(int(row));
    }
    const CurrentKeyMatch match = rows.size() == 1 ? CurrentKeyMatch::Yes : CurrentKeyMatch::Probably;
    for (int row : std::as_const(rows))
        m_currentMatch[row] = match;
}

void ApiKeysViewModel::applyKeys(QList<ApiKey> keys)
{
    // Keep the rows that stay, remove the ones gone, append the new ones: the
    // selection in the view survives a refresh.
    for (int row = int(m_keys.size()) - 1; row >= 0; --row) {
        const QString id = m_keys.at(row).id;
        const bool stays = std::any_of(keys.cbegin(), keys.cend(), [&](const ApiKey &k) { return k.id == id; });
        if (!stays) {
            beginRemoveRows({}, row, row);
            m_keys.removeAt(row);
            m_currentMatch.removeAt(row);
            endRemoveRows();
        }
    }
    for (ApiKey &k : keys) {
        const int row = rowOfKey(k.id);
        if (row >= 0) {
            m_keys[row] = std::move(k);
        } else {
            const int at = int(m_keys.size());
            beginInsertRows({}, at, at);
            m_keys.append(std::move(k));
            m_currentMatch.append(CurrentKeyMatch::No);
            endInsertRows();
        }
    }
    recomputeCurrentKey();
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_keys.size()) - 1, ColumnCount - 1));
}

void ApiKeysViewModel::upsertKey(const ApiKey &key)
{
    const int row = rowOfKey(key.id);
    if (row >= 0) {
        m_keys[row] = key;
    } else {
        const int at = int(m_keys.size());
        beginInsertRows({}, at, at);
        m_keys.append(key);
        m_currentMatch.append(CurrentKeyMatch::No);
        endInsertRows();
    }
    recomputeCurrentKey();
    Q_EMIT dataChanged(index(0, 0), index(int(m_keys.size()) - 1, ColumnCount - 1));
}

void ApiKeysViewModel::removeKey(const QString &keyId)
{
    const int row = rowOfKey(keyId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_keys.removeAt(row);
    m_currentMatch.removeAt(row);
    endRemoveRows();
    recomputeCurrentKey();
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_keys.size()) - 1, ColumnCount - 1));
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
                                                  m_creatorLookup->lookUp(m_keys);
                                          });
    m_calls.add(m_loadCall);
}

QString ApiKeysViewModel::unreadableText() const
{
    if (m_unreadable.isEmpty())
        return {};
    const int total = int(m_keys.size() + m_unreadable.size());
    return tr("%1 of %n API keys could not be read.", nullptr, total).arg(m_unreadable.size());
}

void ApiKeysViewModel::creatorsChanged()
{
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, CreatedByColumn), index(int(m_keys.size()) - 1, CreatedByColumn));
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
