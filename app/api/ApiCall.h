#pragma once

#include "ApiError.h"
#include "domain/Expected.h"

#include <QObject>
#include <QPointer>

#include <functional>
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

} // namespace chcloud
