#pragma once

#include "ApiError.h"
#include "domain/Expected.h"

#include <QList>
#include <QObject>
#include <QPointer>

#include <algorithm>
#include <functional>
#include <utility>
#include <variant>

namespace chcloud {

/// The typed outcome of one API operation: the value, or an ApiError (a body
/// that does not match the spec is ApiErrorKind::Parse with the field path).
template<typename T>
using ApiResult = Expected<T, ApiError>;

/// The value of operations that answer with nothing but success (DELETE).
using Nothing = std::monostate;

/// Receives the result of one call.
template<typename T>
using ApiCallback = std::function<void(ApiResult<T>)>;

namespace detail {

/// The running side of an ApiCall. It deletes itself once the call has ended.
class PendingCall : public QObject
{
public:
    using QObject::QObject;
    /// Ends the call with ApiErrorKind::Cancelled unless it has ended already.
    virtual void cancel() = 0;
    bool hasEnded() const { return m_ended; }

protected:
    void markEnded() { m_ended = true; }

private:
    bool m_ended = false;
};

} // namespace detail

/// A handle on a running call, returned by every CloudApi method. It is a
/// cheap value: copy it, keep it, or drop it — dropping it does not cancel.
/// cancel() is safe at any time, also after the call has ended (then it does nothing).
class ApiCall
{
public:
    ApiCall() = default;
    explicit ApiCall(detail::PendingCall *pending)
        : m_pending(pending)
    {
    }

    /// Ends the call now: its callback gets ApiErrorKind::Cancelled (unless its
    /// context is gone), and a request not yet sent is never sent.
    void cancel()
    {
        if (m_pending)
            m_pending->cancel();
    }
    /// True until the call has ended.
    bool isRunning() const { return m_pending && !m_pending->hasEnded(); }

private:
    QPointer<detail::PendingCall> m_pending;
};

/// The calls one owner has running, so that it can end them together when what
/// they were for is gone: the profile or organization switched, another item
/// selected, a load superseded by a newer one. Each cancelAll() also starts a new
/// generation, so an owner can tell an answer it still wants (isCurrent()) from
/// the Cancelled that its own cancelAll() produced. Not a QObject: it lives inside
/// its owner and holds only weak handles.
class ApiCallGroup
{
public:
    ApiCallGroup() = default;
    ApiCallGroup(const ApiCallGroup &) = delete;
    ApiCallGroup &operator=(const ApiCallGroup &) = delete;
    ~ApiCallGroup() = default;

    /// Keeps a running call (an ended one is ignored) and forgets the ended ones.
    void add(const ApiCall &call)
    {
        prune();
        if (call.isRunning())
            m_calls.append(call);
    }
    /// Cancels every running call (each callback gets Cancelled) and starts a new generation.
    void cancelAll()
    {
        ++m_generation;
        const QList<ApiCall> calls = std::exchange(m_calls, {});
        for (ApiCall call : calls)
            call.cancel();
    }
    /// How many added calls are still running.
    int runningCount() const
    {
        return int(std::count_if(m_calls.cbegin(), m_calls.cend(), [](const ApiCall &c) { return c.isRunning(); }));
    }
    /// Changes with every cancelAll(); capture it when a call starts.
    quint64 generation() const { return m_generation; }
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

private:
    void prune()
    {
        m_calls.removeIf([](const ApiCall &c) { return !c.isRunning(); });
    }

    QList<ApiCall> m_calls;
    quint64 m_generation = 0;
};

} // namespace chcloud
