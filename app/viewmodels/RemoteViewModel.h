#pragma once

#include "api/ApiCall.h"
#include "api/ApiError.h"
#include "api/ApiSession.h"
#include "domain/JsonFields.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

namespace chcloud {

class CloudApi;

/// What the organization view-models share: the session and organization they
/// work for, a busy flag while loads run, the last load error, and whether the
/// first load has finished. A new context cancels everything still running, and
/// answers that arrive for an old context are dropped (see isCurrent()). The
/// calls are kept in an ApiCallGroup, the same one the table view-models, the
/// details view-model and the poller use; Cancelled is never an error to show.
class RemoteViewModel : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)
    Q_PROPERTY(bool loaded READ isLoaded NOTIFY loadedChanged)

public:
    explicit RemoteViewModel(QObject *parent = nullptr);
    ~RemoteViewModel() override;

    /// A new profile or organization: cancels what runs, clears, and waits for refresh().
    void setContext(ApiSession *session, const QString &organizationId);
    ApiSession *session() const { return m_session; }
    QString organizationId() const { return m_organizationId; }

    bool isBusy() const { return m_pendingLoads > 0; }
    /// The last load's error as one line; empty after a successful load.
    QString errorText() const { return m_errorText; }
    /// True once the first load after setContext() has ended (with data or an error).
    bool isLoaded() const { return m_loaded; }
    /// Rows of the last load that could not be read; the others show.
    const QList<json::UnreadableRow> &unreadableRows() const { return m_unreadable; }
    /// "1 of 40 members could not be read." after a partly readable load, else empty.
    QString unreadableText() const { return m_unreadableText; }

public Q_SLOTS:
    /// Reloads at visible priority.
    virtual void refresh() = 0;
    /// Cancels every running call.
    void cancelAll();

Q_SIGNALS:
    void busyChanged(bool busy);
    void errorChanged(const QString &errorText);
    void loadedChanged(bool loaded);
    /// A load ended (with data or with an error).
    void loadFinished();
    /// A command (invite, rename, remove…) failed: text is one translated line.
    void commandFailed(const QString &text);

protected:
    /// The API of the session; null without one.
    CloudApi *api() const;
    /// Drops the shown data (called by setContext()).
    virtual void clearData() = 0;

    /// Which context an answer belongs to.
    quint64 generation() const { return m_calls.generation(); }
    bool isCurrent(quint64 generation) const { return m_calls.isCurrent(generation); }

    /// Keeps the call so a new context can cancel it.
    void track(const ApiCall &call);
    /// A load starts: busy until the matching endLoad(). Loads started together
    /// form a round; errorText() is the round's first error once all have ended.
    void beginLoad();
    /// A load ended; error empty on success. Ending a round sets loaded and emits loadFinished().
    void endLoad(const QString &error = {});
    /// The same for a failed call: a cancellation ends the load without an error.
    void endLoad(const ApiError &error);
    /// The error of a command, unless it was a cancellation.
    void reportCommandError(const ApiError &error);
    /// What the last load could not read: the rows and the sentence that counts them
    /// (both empty when everything was read). Cleared by setContext().
    void setUnreadable(QList<json::UnreadableRow> rows, QString text);

private:
    QPointer<ApiSession> m_session;
    QString m_organizationId;
    ApiCallGroup m_calls;
    int m_pendingLoads = 0;
    QString m_errorText;
    QString m_roundError;
    QList<json::UnreadableRow> m_unreadable;
    QString m_unreadableText;
    bool m_loaded = false;
};

} // namespace chcloud
