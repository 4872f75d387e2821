#include "ApiKeysTableModel.h"

#include "KeyAccessText.h"
#include "KeyCreatorLookup.h"
#include "domain/IpAccess.h"

#include <QFont>
#include <QLocale>
#include <QTimeZone>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace chcloud {

ApiKeysTableModel::ApiKeysTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

ApiKeysTableModel::~ApiKeysTableModel() = default;

void ApiKeysTableModel::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

void ApiKeysTableModel::setExpiringSoonDays(int days)
{
    days = std::max(1, days);
    if (days == m_expiringSoonDays)
        return;
    m_expiringSoonDays = days;
    allRowsChanged();
}

QDateTime ApiKeysTableModel::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

void ApiKeysTableModel::setCreatorLookup(KeyCreatorLookup *lookup)
{
    m_creatorLookup = lookup;
    connect(lookup, &KeyCreatorLookup::creatorsChanged, this, &ApiKeysTableModel::creatorsChanged);
}

void ApiKeysTableModel::creatorsChanged()
{
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, CreatedByColumn), index(int(m_keys.size()) - 1, CreatedByColumn));
}

void ApiKeysTableModel::allRowsChanged()
{
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_keys.size()) - 1, ColumnCount - 1));
}

bool ApiKeysTableModel::expiresWithinThreshold(const ApiKey &key, const QDateTime &at) const
{
    return key.expireAt && at.secsTo(*key.expireAt) <= qint64(m_expiringSoonDays) * 24 * 3600;
}

bool ApiKeysTableModel::isExpiringSoon(const ApiKey &key) const
{
    const QDateTime current = now();
    return key.state == ApiKeyState::Enabled && !key.isExpiredAt(current) && expiresWithinThreshold(key, current);
}

bool ApiKeysTableModel::fails(const ApiKey &key, KeyHealthCheck check) const
{
    switch (check) {
    case KeyHealthCheck::NeverUsed:
        return !key.usedAt;
    case KeyHealthCheck::Unused:
        return key.usedAt && key.usedAt->secsTo(now()) > qint64(unusedDays) * 24 * 3600;
    case KeyHealthCheck::OpenToAnywhere:
        return IpAccess::isOpenToAnywhere(key.ipAccessList);
    case KeyHealthCheck::ExpiringSoon:
        return isExpiringSoon(key);
    }
    return false;
}

void ApiKeysTableModel::clearRows(const QString &authKeyId)
{
    m_authKeyId = authKeyId;
    m_keys.clear();
    m_currentMatch.clear();
}

int ApiKeysTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

int ApiKeysTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApiKeysTableModel::headerData(int section, Qt::Orientation orientation, int role) const
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
    case MayDoColumn:
        return tr("May do");
    default:
        return {};
    }
}

QHash<int, QByteArray> ApiKeysTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(KeyIdRole, "keyId");
    names.insert(DisplayStateRole, "displayState");
    names.insert(CurrentKeyRole, "currentKey");
    names.insert(HighlightRole, "highlight");
    names.insert(SortRole, "sortValue");
    names.insert(SearchTextRole, "searchText");
    names.insert(HealthRole, "health");
    return names;
}

const ApiKey *ApiKeysTableModel::keyAt(int row) const
{
    if (row < 0 || row >= m_keys.size())
        return nullptr;
    return &m_keys.at(row);
}

int ApiKeysTableModel::rowOfKey(const QString &keyId) const
{
    for (qsizetype row = 0; row < m_keys.size(); ++row) {
        if (m_keys.at(row).id == keyId)
            return int(row);
    }
    return -1;
}

std::optional<ApiKey> ApiKeysTableModel::key(const QString &keyId) const
{
    const int row = rowOfKey(keyId);
    if (row < 0)
        return std::nullopt;
    return m_keys.at(row);
}

CurrentKeyMatch ApiKeysTableModel::currentKeyMatch(int row) const
{
    if (row < 0 || row >= m_currentMatch.size())
        return CurrentKeyMatch::No;
    return m_currentMatch.at(row);
}

bool ApiKeysTableModel::isCurrentKey(const QString &keyId) const
{
    return currentKeyMatch(rowOfKey(keyId)) != CurrentKeyMatch::No;
}

KeyDisplayState ApiKeysTableModel::displayState(int row) const
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
    if (expiresWithinThreshold(*k, current))
        return KeyDisplayState::ExpiringSoon;
    return KeyDisplayState::Enabled;
}

QString ApiKeysTableModel::createdBy(const QString &keyId) const
{
    return m_creatorLookup ? m_creatorLookup->creator(keyId) : QString();
}

QString ApiKeysTableModel::createdByText(const QString &keyId) const
{
    if (!m_creatorLookup)
        return tr("unknown");
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

QString ApiKeysTableModel::stateText(KeyDisplayState state)
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

QString ApiKeysTableModel::ipAccessSummary(const QList<IpAccessListEntry> &list)
{
    if (list.isEmpty())
        return tr("none — all access denied");
    if (IpAccess::isOpenToAnywhere(list))
        return tr("anywhere");
    return tr("%n entries", nullptr, int(list.size()));
}

QString ApiKeysTableModel::rolesText(const ApiKey &key)
{
    QStringList names;
    for (const AssignedRole &role : key.assignedRoles)
        names.append(role.roleName.isEmpty() ? role.roleId : role.roleName);
    if (names.isEmpty())
        names = key.roles;
    return names.join(u", "_s);
}

QString ApiKeysTableModel::relativeDays(const QDateTime &when) const
{
    const qint64 seconds = now().secsTo(when);
    const int days = int((seconds + qint64(24) * 3600 - 1) / (qint64(24) * 3600));
    if (days <= 0)
        return tr("expires today");
    return tr("expires in %n days", nullptr, days);
}

QString ApiKeysTableModel::expirationText(const ApiKey &key) const
{
    if (!key.expireAt)
        return tr("never");
    if (key.isExpiredAt(now()))
        return tr("expired");
    return relativeDays(*key.expireAt);
}

bool ApiKeysTableModel::highlighted(const ApiKey &key, int column) const
{
    switch (column) {
    case ExpirationColumn:
        return expiresWithinThreshold(key, now());
    case IpAccessColumn:
        return key.ipAccessList.isEmpty();
    default:
        return false;
    }
}

QVariant ApiKeysTableModel::displayData(const ApiKey &key, int row, int column) const
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
    case MayDoColumn:
        return mayDoText(key);
    default:
        return {};
    }
}

QVariant ApiKeysTableModel::sortData(const ApiKey &key, int row, int column) const
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

QString ApiKeysTableModel::mayDoText(const ApiKey &key) const
{
    return KeyAccessText::describe(key, m_roleList, m_serviceNames).shortText();
}

QString ApiKeysTableModel::mayDoDetails(const ApiKey &key) const
{
    return KeyAccessText::describe(key, m_roleList, m_serviceNames).fullText();
}

void ApiKeysTableModel::setRoleList(QList<Role> roles)
{
    if (roles == m_roleList)
        return;
    m_roleList = std::move(roles);
    mayDoChanged();
}

void ApiKeysTableModel::setServiceNames(QHash<QString, QString> names)
{
    if (names == m_serviceNames)
        return;
    m_serviceNames = std::move(names);
    mayDoChanged();
}

void ApiKeysTableModel::mayDoChanged()
{
    if (!m_keys.isEmpty())
        Q_EMIT dataChanged(index(0, MayDoColumn), index(int(m_keys.size()) - 1, MayDoColumn));
}

QVariant ApiKeysTableModel::data(const QModelIndex &index, int role) const
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
        if (index.column() == MayDoColumn)
            return mayDoDetails(k);
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
    case HealthRole: {
        int failed = 0;
        for (const KeyHealthCheck check : { KeyHealthCheck::NeverUsed, KeyHealthCheck::Unused,
                                            KeyHealthCheck::OpenToAnywhere, KeyHealthCheck::ExpiringSoon }) {
            if (fails(k, check))
                failed |= 1 << int(check);
        }
        return failed;
    }
    case SearchTextRole:
        return QStringList { k.name, k.keySuffix, rolesText(k), createdBy(k.id), k.id }.join(u'\n');
    default:
        return {};
    }
}

void ApiKeysTableModel::recomputeCurrentKey()
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

void ApiKeysTableModel::applyKeys(QList<ApiKey> keys)
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
    allRowsChanged();
}

void ApiKeysTableModel::upsertKey(const ApiKey &key)
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
    allRowsChanged();
}

void ApiKeysTableModel::removeKey(const QString &keyId)
{
    const int row = rowOfKey(keyId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_keys.removeAt(row);
    m_currentMatch.removeAt(row);
    endRemoveRows();
    recomputeCurrentKey();
    allRowsChanged();
}

} // namespace chcloud
