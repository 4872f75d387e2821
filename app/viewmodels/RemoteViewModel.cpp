#include "RemoteViewModel.h"

#include "api/ApiSession.h"
#include "api/CloudApi.h"

namespace chcloud {

RemoteViewModel::RemoteViewModel(QObject *parent)
    : QObject(parent)
{
}

RemoteViewModel::~RemoteViewModel() = default;

void RemoteViewModel::setContext(ApiSession *session, const QString &organizationId)
{
    cancelAll();
    m_session = session;
    m_organizationId = organizationId;
    const bool wasBusy = isBusy();
    m_pendingLoads = 0;
    setUnreadable({}, {});
    clearData();
    if (wasBusy)
        Q_EMIT busyChanged(false);
    if (!m_errorText.isEmpty()) {
        m_errorText.clear();
        Q_EMIT errorChanged(m_errorText);
    }
    if (m_loaded) {
        m_loaded = false;
        Q_EMIT loadedChanged(false);
    }
}

void RemoteViewModel::cancelAll()
{
    // Answers to the cancelled calls belong to an older generation and are dropped.
    m_calls.cancelAll();
    if (m_pendingLoads > 0) {
        m_pendingLoads = 0;
        Q_EMIT busyChanged(false);
    }
}

CloudApi *RemoteViewModel::api() const
{
    return m_session ? m_session->api() : nullptr;
}

void RemoteViewModel::track(const ApiCall &call)
{
    m_calls.add(call);
}

void RemoteViewModel::beginLoad()
{
    if (m_pendingLoads++ == 0) {
        m_roundError.clear();
        Q_EMIT busyChanged(true);
    }
}

void RemoteViewModel::endLoad(const QString &error)
{
    if (m_pendingLoads == 0)
        return;
    if (m_roundError.isEmpty())
        m_roundError = error;
    if (m_pendingLoads > 1) {
        --m_pendingLoads;
        return;
    }
    // The last load of the round: its first error (if any) is what the page shows.
    m_pendingLoads = 0;
    Q_EMIT busyChanged(false);
    if (m_roundError != m_errorText) {
        m_errorText = m_roundError;
        Q_EMIT errorChanged(m_errorText);
    }
    if (!m_loaded) {
        m_loaded = true;
        Q_EMIT loadedChanged(true);
    }
    Q_EMIT loadFinished();
}

void RemoteViewModel::endLoad(const ApiError &error)
{
    endLoad(error.kind == ApiErrorKind::Cancelled ? QString() : error.displayText());
}

void RemoteViewModel::reportCommandError(const ApiError &error)
{
    if (error.kind == ApiErrorKind::Cancelled)
        return;
    Q_EMIT commandFailed(error.displayText());
}

void RemoteViewModel::setUnreadable(QList<json::UnreadableRow> rows, QString text)
{
    m_unreadable = std::move(rows);
    m_unreadableText = m_unreadable.isEmpty() ? QString() : std::move(text);
}

} // namespace chcloud
