#pragma once

#include "ApiKeyCommand.h"
#include "ApiKeysTableModel.h"
#include "KeyQueryEndpointScan.h"
#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "domain/ApiKey.h"
#include "domain/JsonFields.h"

#include <QDateTime>
#include <QList>
#include <QPointer>
#include <QString>

#include <functional>
#include <optional>

namespace chcloud {

class ApiSession;
class CloudApi;
class KeyCreatorLookup;

/// The organization's API keys: loads them into the table (ApiKeysTableModel) and
/// runs the commands that change them (ApiKeyCommand).
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
class ApiKeysViewModel : public ApiKeysTableModel
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)

public:
    explicit ApiKeysViewModel(QObject *parent = nullptr);
    ~ApiKeysViewModel() override;

    /// Points the model at an organization through a session. authKeyId is the
    /// key ID the session authenticates with (may be empty). Drops the rows; call
    /// refresh() to load.
    void setContext(ApiSession *session, const QString &organizationId, const QString &authKeyId);
    ApiSession *session() const;
    QString organizationId() const { return m_organizationId; }

    /// Overrides "now" for expiry texts and the "created by" lookup (tests); a null
    /// function means the system clock.
    void setClock(std::function<QDateTime()> now);

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

    /// True once the organization's roles were listed for this context (the "May do"
    /// column then reads their policies); they are asked for once per context.
    bool hasRoleList() const { return m_rolesListed; }

public Q_SLOTS:
    /// Reloads the list (visible priority), then "created by" (background). The first
    /// refresh of a context also lists the roles and the services (background, once)
    /// for the "May do" column.
    void refresh();

public:
    /// Creates a key (interactive priority). On success the row is added.
    ApiKeyCommand *createKey(const ApiKeyCreateRequest &request);
    /// Updates a key (interactive priority). On success the row is replaced.
    ApiKeyCommand *updateKey(const QString &keyId, const ApiKeyUpdateRequest &request);
    /// Enables or disables a key.
    ApiKeyCommand *setKeyEnabled(const QString &keyId, bool enabled);
    /// Which services the key can query through their query endpoints, reading at
    /// most maxServices endpoints at background priority (see KeyQueryEndpointScan).
    /// The scan is a child of the model; a new context cancels it.
    KeyQueryEndpointScan *scanQueryEndpoints(const QString &keyId,
                                             int maxServices = KeyQueryEndpointScan::defaultMaxServices);
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
    /// The roles list of this context arrived (or failed: the column then names roles without their policies).
    void roleListLoaded();

private:
    CloudApi *api() const;
    void beginPending();
    /// Ends a load or command begun in context generation (ignored for an older one).
    void endPending(quint64 generation);
    void setLoadError(std::optional<ApiError> error);
    ApiKeyCommand *startCommand(ApiKeyCommand::Kind kind, const QString &keyId);
    void loadAccessContext();

    QPointer<ApiSession> m_session;
    QString m_organizationId;
    KeyCreatorLookup *m_creatorLookup = nullptr; ///< child; reset by setContext()
    std::optional<ApiError> m_loadError;
    QList<json::UnreadableRow> m_unreadable;
    int m_pending = 0;
    bool m_loaded = false;
    ApiCallGroup m_calls; ///< loads and commands of the current context; setContext() cancels them
    quint64 m_contextGeneration = 0; ///< bumped by setContext(): also covers the creates it leaves running
    ApiCall m_loadCall; ///< the list load running now, superseded by the next refresh()
    quint64 m_loadSerial = 0;
    bool m_accessRequested = false; ///< roles and services asked for in this context
    bool m_rolesListed = false;
    QList<QPointer<KeyQueryEndpointScan>> m_scans; ///< cancelled by setContext()
};

} // namespace chcloud
