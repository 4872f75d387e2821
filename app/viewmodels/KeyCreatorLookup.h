#pragma once

#include "api/ApiCall.h"
#include "domain/Activity.h"
#include "domain/ApiKey.h"
#include "domain/JsonFields.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>

#include <functional>

namespace chcloud {

class ApiSession;

/// Finds who created each API key, from the key_create activities.
///
/// The key object names no creator, and activities come without pagination, so
/// the lookup reads the activity log in 31-day windows, newest first, at
/// background priority, one window at a time. It is bounded: it reads at most
/// maxWindows windows back from the moment of its first lookUp(), and stops as
/// soon as every key asked for is resolved or the walk has passed the window in
/// which the key was created. What it read and what it did not find is kept for
/// the life of the object (one per session and organization): a later lookUp()
/// with the same keys sends nothing, and no window is ever read twice.
///
/// It sends requests only while active (the Keys page on screen); setActive(false)
/// cancels the window request in flight and keeps what was read, setActive(true)
/// resumes where it stopped. setContext() cancels everything and starts afresh.
class KeyCreatorLookup : public QObject
{
    Q_OBJECT

public:
    /// How far back the lookup reads: 12 windows of 31 days, about a year.
    static constexpr int maxWindows = 12;
    static constexpr int windowDays = 31;

    enum class Status {
        Pending, ///< not resolved yet: the walk has not reached the key's creation (or is paused)
        Found, ///< creator() names who created it
        NotFound, ///< no key_create record within the last maxWindows windows
        Unknown, ///< created after the lookup started (or without a creation date): not looked for
    };
    Q_ENUM(Status)

    explicit KeyCreatorLookup(QObject *parent = nullptr);
    ~KeyCreatorLookup() override;

    /// A new session or organization: cancels the request in flight and forgets
    /// everything read. Stays active or inactive as it was.
    void setContext(ApiSession *session, const QString &organizationId);
    /// Overrides "now" (tests); a null function means the system clock.
    void setClock(std::function<QDateTime()> now);

    /// Asks for the creators of these keys (in addition to those asked for before).
    /// Sends requests only for windows not read yet, and only while active.
    void lookUp(const QList<ApiKey> &keys);

    /// Starts or resumes the walk (true) or pauses it (false).
    void setActive(bool active);
    bool isActive() const { return m_active; }

    Status status(const QString &keyId) const;
    /// The creator's display name, or empty unless status() is Found.
    QString creator(const QString &keyId) const { return m_creators.value(keyId); }

    /// Windows read so far (never more than maxWindows).
    int windowsRead() const { return m_windowsRead; }
    /// Windows the walk needs for the keys still pending, counting those read.
    int windowsPlanned() const;
    /// True while keys are pending and the walk may still read windows for them.
    bool hasWork() const;
    /// True while a window request is queued or in flight.
    bool isRunning() const { return m_windowCall.isRunning(); }

Q_SIGNALS:
    /// Creators were found or keys turned out not to be found.
    void creatorsChanged();
    void progressChanged(int windowsRead, int windowsPlanned);
    /// The walk has nothing more to read for the keys asked for (also after an error).
    void finished();

private:
    QDateTime now() const;
    /// The window (0 = newest) in which a key created at `when` has its record, or -1 when after the anchor.
    int windowOf(const QDateTime &when) const;
    /// The oldest window still worth reading, or -1 when none.
    int lastNeededWindow() const;
    void settleKeys();
    void readNextWindow();
    void onWindow(ApiResult<json::RowList<Activity>> result, quint64 generation);

    QPointer<ApiSession> m_session;
    QString m_organizationId;
    std::function<QDateTime()> m_now;
    QDateTime m_anchor; ///< end of the newest window, fixed at the first lookUp()
    QHash<QString, QDateTime> m_wanted; ///< ApiKey.id → createdAt, for every key asked for
    QHash<QString, QString> m_creators; ///< ApiKey.id → creator's display name
    QSet<QString> m_notFound; ///< keys looked for within the bound and not found
    int m_windowsRead = 0; ///< windows 0 … m_windowsRead-1 have been read
    bool m_active = false;
    bool m_failed = false; ///< the last window failed: no retry until the next lookUp()
    ApiCall m_windowCall;
    ApiCallGroup m_calls;
};

} // namespace chcloud
