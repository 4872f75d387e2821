#pragma once

#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "domain/ApiKey.h"
#include "domain/JsonFields.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace chcloud {

class ApiSession;
class CloudApi;
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
    ExpiringSoon, ///< enabled, expires within seven days
    Expired,
    Disabled,
    Unknown, ///< a state a newer API added
};

/// One command sent on behalf of the user (create, update, enable/disable,
/// delete). It ends once with finished(); the view-model keeps its rows in step
/// on success. Owned by the view-model; it deletes itself after finished().
class ApiKeyCommand : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Create, Update, Delete };
    Q_ENUM(Kind)

    ApiKeyCommand(Kind kind, QString keyId, QObject *parent = nullptr);

    Kind kind() const { return m_kind; }
    /// ApiKey.id of the key concerned; for Create, set once it exists.
    QString keyId() const { return m_keyId; }
    bool isFinished() const { return m_finished; }
    bool isSuccess() const { return m_finished && !m_error; }
    const std::optional<ApiError> &error() const { return m_error; }
    /// The server's message as one translated line (empty on success).
    QString errorText() const { return m_error ? m_error->displayText() : QString(); }
    /// For a successful Create: the key, its authentication key ID and (unless
    /// it was created from hashData) the secret. takeCreateResult() moves it out
    /// so only one owner holds the secret.
    ApiKeyCreateResult takeCreateResult();

    void finishWithSuccess(QString keyId, std::optional<ApiKeyCreateResult> created = std::nullopt);
    void finishWithError(ApiError error);

Q_SIGNALS:
    /// Emitted exactly once.
    void finished();

private:
    void end();

    Kind m_kind;
    QString m_keyId;
    bool m_finished = false;
    std::optional<ApiError> m_error;
    std::optional<ApiKeyCreateResult> m_created;
};

/// The organization's API keys as a table, with the commands that change them.
///
/// Columns follow what an administrator asks of a key: which one it is, what
/// it may do, whether it still works and for how long, who made it and from
/// where it may be used. "Created by" is not part of the key: a KeyCreatorLookup
/// finds it in the key_create activities of the last year, at background
/// priority and only while the page is visible (setVisible()), and it fills in
/// later; keys without a record there read "unknown (not found in the last 12 months)".
/// The row of the key the profile signs in with is marked (see CurrentKeyMatch).
///
/// Loads run at visible priority, commands at interactive priority. The model
/// never holds a key secret; a create result is handed to the caller through
/// its ApiKeyCommand.
///
/// A new context cancels the loads, the "created by" lookup and the updates and
/// deletes still running (their commands end Cancelled); a refresh supersedes the
/// load still running. A create is left to finish, since its answer carries the
/// one copy of the new secret, but like every answer for an older context it no
/// longer touches the rows or the busy state.
class ApiKeysViewModel : public QAbstractTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)

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
    };
    Q_ENUM(ItemRole)

    /// Keys that expire within this many days are highlighted.
    static constexpr int expiringSoonDays = 7;

    explicit ApiKeysViewModel(QObject *parent = nullptr);
    ~ApiKeysViewModel() override;

    /// Points the model at an organization through a session. authKeyId is the
    /// key ID the session authenticates with (may be empty). Drops the rows; call
    /// refresh() to load.
    void setContext(ApiSession *session, const QString &organizationId, const QString &authKeyId);
    ApiSession *session() const;
    QString organizationId() const { return m_organizationId; }
    QString authKeyId() const { return m_authKeyId; }

    /// Overrides "now" for expiry texts (tests); a null function means the system clock.
    void setClock(std::function<QDateTime()> now);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool isBusy() const { return m_pending > 0; }
    /// The last load error, as the server said it; empty when the last load succeeded.
    QString errorText() const { return m_loadError ? m_loadError->displayText() : QString(); }
    const std::optional<ApiError> &loadError() const { return m_loadError; }
    /// True once the first load after setContext() finished, with data or an error.
    bool isLoaded() const { return m_loaded; }
    /// Keys of the last load that could not be read; the others show.
    const QList<json::UnreadableRow> &unreadableRows() const { return m_unreadable; }
    /// "1 of 100 API keys could not be read." after a partly readable load, else empty.
    QString unreadableText() const;
    /// True while the "created by" lookup still has windows to read for the keys shown.
    bool isResolvingCreators() const;
    /// The "created by" lookup of this context (progress: windows read / planned).
    KeyCreatorLookup *creatorLookup() const { return m_creatorLookup; }
    /// The page is on screen (true) or not: the "created by" lookup sends requests only while visible.
    void setVisible(bool visible);
    /// How many of its calls (loads, lookups, updates, deletes) are queued or in flight now.
    int runningCallCount() const { return m_calls.runningCount(); }

    /// The key shown in `row`, or null.
    const ApiKey *keyAt(int row) const;
    /// The row of the key with ApiKey.id `keyId`, or -1.
    int rowOfKey(const QString &keyId) const;
    std::optional<ApiKey> key(const QString &keyId) const;
    CurrentKeyMatch currentKeyMatch(int row) const;
    /// True when the key is (or probably is) the one the profile signs in with.
    bool isCurrentKey(const QString &keyId) const;
    KeyDisplayState displayState(int row) const;
    /// The creator's name, or an empty string while unknown.
    QString createdBy(const QString &keyId) const;
    /// What the "Created by" column shows for a key: the creator, "looking up…" or why it is unknown.
    QString createdByText(const QString &keyId) const;

    /// Translated texts used by the table and by dialogs.
    static QString stateText(KeyDisplayState state);
    static QString ipAccessSummary(const QList<IpAccessListEntry> &list);
    static QString rolesText(const ApiKey &key);
    QString expirationText(const ApiKey &key) const;

public Q_SLOTS:
    /// Reloads the list (visible priority), then "created by" (background).
    void refresh();

public:
    /// Creates a key (interactive priority). On success the row is added.
    ApiKeyCommand *createKey(const ApiKeyCreateRequest &request);
    /// Updates a key (interactive priority). On success the row is replaced.
    ApiKeyCommand *updateKey(const QString &keyId, const ApiKeyUpdateRequest &request);
    /// Enables or disables a key.
    ApiKeyCommand *setKeyEnabled(const QString &keyId, bool enabled);
    /// Deletes a key permanently. The key the profile signs in with is refused
    /// locally (a key cannot delete itself) without a request being sent.
    ApiKeyCommand *deleteKey(const QString &keyId);

Q_SIGNALS:
    void busyChanged(bool busy);
    void errorChanged(const QString &errorText);
    void loadedChanged(bool loaded);
    /// A load finished (successfully or not).
    void refreshed();
    /// The "created by" lookup has nothing more to read for the keys shown.
    void creatorsResolved();
    /// The "created by" lookup read a window: read of planned.
    void creatorProgressChanged(int windowsRead, int windowsPlanned);

private:
    CloudApi *api() const;
    void beginPending();
    /// Ends a load or command begun in context generation (ignored for an older one).
    void endPending(quint64 generation);
    void setLoadError(std::optional<ApiError> error);
    void applyKeys(QList<ApiKey> keys);
    void upsertKey(const ApiKey &key);
    void removeKey(const QString &keyId);
    void creatorsChanged();
    void recomputeCurrentKey();
    QDateTime now() const;
    QString relativeDays(const QDateTime &when) const;
    QVariant displayData(const ApiKey &key, int row, int column) const;
    QVariant sortData(const ApiKey &key, int row, int column) const;
    bool highlighted(const ApiKey &key, int column) const;
    ApiKeyCommand *startCommand(ApiKeyCommand::Kind kind, const QString &keyId);

    QPointer<ApiSession> m_session;
    QString m_organizationId;
    QString m_authKeyId;
    std::function<QDateTime()> m_now;
    QList<ApiKey> m_keys;
    KeyCreatorLookup *m_creatorLookup = nullptr; ///< child; reset by setContext()
    QList<CurrentKeyMatch> m_currentMatch; ///< per row
    std::optional<ApiError> m_loadError;
    QList<json::UnreadableRow> m_unreadable;
    int m_pending = 0;
    bool m_loaded = false;
    ApiCallGroup m_calls; ///< loads and commands of the current context; setContext() cancels them
    quint64 m_contextGeneration = 0; ///< bumped by setContext(): also covers the creates it leaves running
    ApiCall m_loadCall; ///< the list load running now, superseded by the next refresh()
    quint64 m_loadSerial = 0;
};

} // namespace chcloud
