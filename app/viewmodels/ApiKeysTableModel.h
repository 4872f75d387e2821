#pragma once

#include "domain/ApiKey.h"
#include "domain/Role.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace chcloud {

class KeyCreatorLookup;

/// How a listed key relates to the key the signed-in profile authenticates with.
/// Only the last four characters of a key ID are ever listed, so a match is
/// certain only when no other key shares the suffix.
enum class CurrentKeyMatch {
    No,
    Probably, ///< the suffix matches, but so does another key's
    Yes, ///< the only key whose suffix matches
};

/// What the state filter and the state column distinguish. Expiry is derived
/// from expireAt, not sent by the server.
enum class KeyDisplayState {
    Enabled,
    ExpiringSoon, ///< enabled, expires within the "expiring soon" threshold
    Expired,
    Disabled,
    Unknown, ///< a state a newer API added
};

/// What the keys' health view points out. A key may have several.
enum class KeyHealthCheck {
    NeverUsed, ///< usedAt is null
    Unused, ///< last used longer ago than ApiKeysTableModel::unusedDays
    OpenToAnywhere, ///< its IP access list lets every address in
    ExpiringSoon, ///< enabled, expires within the "expiring soon" threshold
};

/// The organization's API keys as a table: which columns there are and what each
/// cell shows, says in a tooltip, sorts by and highlights. It holds the rows and
/// keeps them in step in place (rows that stay keep their place, so the selection
/// in the view survives a refresh) and marks the row of the key the profile signs
/// in with (see CurrentKeyMatch). It sends nothing: ApiKeysViewModel loads the rows
/// and runs the commands that change them.
class ApiKeysTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        NameColumn,
        KeyIdColumn,
        RolesColumn,
        StateColumn,
        ExpirationColumn,
        CreatedColumn,
        LastUsedColumn,
        CreatedByColumn,
        IpAccessColumn,
        MayDoColumn, ///< what the key's roles let it do, in words (KeyAccessText)
        ColumnCount
    };
    Q_ENUM(Column)

    enum ItemRole {
        KeyIdRole = Qt::UserRole + 1, ///< ApiKey.id (QString)
        DisplayStateRole, ///< KeyDisplayState as int
        CurrentKeyRole, ///< CurrentKeyMatch as int
        HighlightRole, ///< bool: the cell deserves attention (expired, expiring soon, no access)
        SortRole, ///< a value that sorts naturally (dates as QDateTime, counts as int)
        SearchTextRole, ///< everything a text filter should match, in one string
        HealthRole, ///< int: bit (1 << KeyHealthCheck) set for each check the key fails
    };
    Q_ENUM(ItemRole)

    /// Keys that expire within this many days are highlighted, unless setExpiringSoonDays() says otherwise.
    static constexpr int defaultExpiringSoonDays = 7;
    /// A key last used longer ago than this is "unused".
    static constexpr int unusedDays = 90;

    explicit ApiKeysTableModel(QObject *parent = nullptr);
    ~ApiKeysTableModel() override;

    /// Overrides "now" for expiry texts (tests); a null function means the system clock.
    void setClock(std::function<QDateTime()> now);
    /// Keys that expire within this many days (at least 1) read "expiring soon" and are highlighted.
    void setExpiringSoonDays(int days);
    int expiringSoonDays() const { return m_expiringSoonDays; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// The key ID the profile signs in with (may be empty).
    QString authKeyId() const { return m_authKeyId; }
    /// Every row, in table order.
    const QList<ApiKey> &keys() const { return m_keys; }
    /// The key shown in `row`, or null.
    const ApiKey *keyAt(int row) const;
    /// The row of the key with ApiKey.id `keyId`, or -1.
    int rowOfKey(const QString &keyId) const;
    std::optional<ApiKey> key(const QString &keyId) const;
    CurrentKeyMatch currentKeyMatch(int row) const;
    /// True when the key is (or probably is) the one the profile signs in with.
    bool isCurrentKey(const QString &keyId) const;
    KeyDisplayState displayState(int row) const;
    /// True when the key is enabled and not expired but expires within the threshold.
    bool isExpiringSoon(const ApiKey &key) const;
    /// True when the key fails that health check now.
    bool fails(const ApiKey &key, KeyHealthCheck check) const;
    /// The creator's name, or an empty string while unknown.
    QString createdBy(const QString &keyId) const;
    /// What the "Created by" column shows for a key: the creator, "looking up…" or why it is unknown.
    QString createdByText(const QString &keyId) const;

    /// Translated texts used by the table and by dialogs.
    static QString stateText(KeyDisplayState state);
    static QString ipAccessSummary(const QList<IpAccessListEntry> &list);
    static QString rolesText(const ApiKey &key);
    QString expirationText(const ApiKey &key) const;
    /// What the key may do, in words, from its roles and the roles' policies as known now.
    QString mayDoText(const ApiKey &key) const;
    QString mayDoDetails(const ApiKey &key) const;
    /// The organization's roles as last listed (empty while unknown).
    const QList<Role> &roleList() const { return m_roleList; }
    /// Service id → name, as far as known.
    const QHash<QString, QString> &serviceNames() const { return m_serviceNames; }

protected:
    /// The source of "created by"; its changes refresh that column.
    void setCreatorLookup(KeyCreatorLookup *lookup);
    /// Forgets every row; call between beginResetModel() and endResetModel().
    void clearRows(const QString &authKeyId);
    /// Replaces the rows with a fresh list: rows that stay keep their place, rows
    /// gone are removed, new ones appended.
    void applyKeys(QList<ApiKey> keys);
    /// Adds the key or replaces its row.
    void upsertKey(const ApiKey &key);
    void removeKey(const QString &keyId);
    QDateTime now() const;
    /// The roles' policies and the services' names the "May do" column reads; refreshes that column.
    void setRoleList(QList<Role> roles);
    void setServiceNames(QHash<QString, QString> names);

private:
    void creatorsChanged();
    void recomputeCurrentKey();
    void allRowsChanged();
    QString relativeDays(const QDateTime &when) const;
    QVariant displayData(const ApiKey &key, int row, int column) const;
    QVariant sortData(const ApiKey &key, int row, int column) const;
    bool highlighted(const ApiKey &key, int column) const;
    bool expiresWithinThreshold(const ApiKey &key, const QDateTime &at) const;

    QString m_authKeyId;
    std::function<QDateTime()> m_now;
    int m_expiringSoonDays = defaultExpiringSoonDays;
    QList<ApiKey> m_keys;
    QList<CurrentKeyMatch> m_currentMatch; ///< per row
    QPointer<KeyCreatorLookup> m_creatorLookup;
    QList<Role> m_roleList;
    QHash<QString, QString> m_serviceNames;
    void mayDoChanged();
};

} // namespace chcloud
