#include "KeyCreatorLookup.h"

#include "api/ApiSession.h"
#include "api/CloudApi.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

constexpr qint64 windowSeconds = qint64(KeyCreatorLookup::windowDays) * 24 * 3600;

} // namespace

KeyCreatorLookup::KeyCreatorLookup(QObject *parent)
    : QObject(parent)
{
}

KeyCreatorLookup::~KeyCreatorLookup()
{
    m_calls.cancelAll();
}

void KeyCreatorLookup::setContext(ApiSession *session, const QString &organizationId)
{
    m_calls.cancelAll();
    m_windowCall = ApiCall();
    m_session = session;
    m_organizationId = organizationId;
    m_anchor = QDateTime();
    m_wanted.clear();
    m_creators.clear();
    m_notFound.clear();
    m_windowsRead = 0;
    m_failed = false;
    Q_EMIT creatorsChanged();
    Q_EMIT progressChanged(m_windowsRead, windowsPlanned());
}

void KeyCreatorLookup::setClock(std::function<QDateTime()> now)
{
    m_now = std::move(now);
}

QDateTime KeyCreatorLookup::now() const
{
    return m_now ? m_now() : QDateTime::currentDateTimeUtc();
}

int KeyCreatorLookup::windowOf(const QDateTime &when) const
{
    if (!m_anchor.isValid() || !when.isValid() || when > m_anchor)
        return -1;
    const qint64 age = when.secsTo(m_anchor);
    return int(std::min<qint64>(age / windowSeconds, maxWindows));
}

KeyCreatorLookup::Status KeyCreatorLookup::status(const QString &keyId) const
{
    if (m_creators.contains(keyId))
        return Status::Found;
    if (m_notFound.contains(keyId))
        return Status::NotFound;
    const auto wanted = m_wanted.constFind(keyId);
    if (wanted == m_wanted.cend() || windowOf(*wanted) < 0)
        return Status::Unknown;
    return Status::Pending;
}

int KeyCreatorLookup::lastNeededWindow() const
{
    int last = -1;
    for (auto it = m_wanted.cbegin(); it != m_wanted.cend(); ++it) {
        if (status(it.key()) != Status::Pending)
            continue;
        last = std::max(last, windowOf(it.value()));
    }
    return last;
}

int KeyCreatorLookup::windowsPlanned() const
{
    return std::max(m_windowsRead, lastNeededWindow() + 1);
}

bool KeyCreatorLookup::hasWork() const
{
    return lastNeededWindow() >= m_windowsRead && !m_failed;
}

void KeyCreatorLookup::settleKeys()
{
    // A key's record is in the window of its creation or a newer one; once the
    // walk has read that window, or the key is older than the walk may go,
    // looking further cannot find it.
    for (auto it = m_wanted.cbegin(); it != m_wanted.cend(); ++it) {
        if (m_creators.contains(it.key()) || m_notFound.contains(it.key()))
            continue;
        const int window = windowOf(it.value());
        if (window >= maxWindows || (window >= 0 && window < m_windowsRead))
            m_notFound.insert(it.key());
    }
}

void KeyCreatorLookup::lookUp(const QList<ApiKey> &keys)
{
    if (!m_anchor.isValid())
        m_anchor = now().addSecs(60);
    for (const ApiKey &key : keys) {
        if (!m_wanted.contains(key.id))
            m_wanted.insert(key.id, key.createdAt);
    }
    m_failed = false;
    settleKeys();
    Q_EMIT creatorsChanged();
    Q_EMIT progressChanged(m_windowsRead, windowsPlanned());
    if (!hasWork()) {
        if (!isRunning())
            Q_EMIT finished();
        return;
    }
    readNextWindow();
}

void KeyCreatorLookup::setActive(bool active)
{
    if (m_active == active)
        return;
    m_active = active;
    if (!active) {
        // What was read stays; the window in flight is read again on resume.
        m_calls.cancelAll();
        m_windowCall = ApiCall();
        return;
    }
    readNextWindow();
}

void KeyCreatorLookup::readNextWindow()
{
    if (!m_active || isRunning() || !hasWork() || !m_session || m_organizationId.isEmpty())
        return;
    CloudApi *cloud = m_session->api();
    if (!cloud)
        return;
    const int window = m_windowsRead;
    const QDateTime to = m_anchor.addSecs(-windowSeconds * window);
    const QDateTime from = to.addSecs(-windowSeconds);
    const quint64 generation = m_calls.generation();
    m_windowCall = cloud->activityGetList(
        m_organizationId, from, to, RequestPriority::Background, this,
        [this, generation](ApiResult<json::RowList<Activity>> result) { onWindow(std::move(result), generation); });
    m_calls.add(m_windowCall);
}

void KeyCreatorLookup::onWindow(ApiResult<json::RowList<Activity>> result, quint64 generation)
{
    if (!m_calls.isCurrent(generation))
        return;
    m_windowCall = ApiCall();
    if (!result) {
        if (result.error().kind == ApiErrorKind::Cancelled)
            return;
        // Not counted as read: the next lookUp() (a refresh) tries this window again.
        m_failed = true;
        Q_EMIT finished();
        return;
    }
    ++m_windowsRead;
    // An activity that cannot be read names no creator; the others still do.
    for (const Activity &activity : std::as_const(result.value().rows)) {
        if (activity.type != u"key_create"_s || activity.targetKeyId.isEmpty())
            continue;
        const QString who = activity.actorDetails.isEmpty() ? activity.actorId : activity.actorDetails;
        if (!who.isEmpty())
            m_creators.insert(activity.targetKeyId, who);
    }
    settleKeys();
    Q_EMIT creatorsChanged();
    Q_EMIT progressChanged(m_windowsRead, windowsPlanned());
    if (hasWork())
        readNextWindow();
    else
        Q_EMIT finished();
}

} // namespace chcloud
