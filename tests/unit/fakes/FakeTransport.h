#pragma once

#include "api/Transport.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace chcloud::test {

class FakeTransport;

/// One request "on the wire" that the test answers by hand.
class FakeCall final : public TransportCall
{
    Q_OBJECT

public:
    FakeCall(ApiRequest request, FakeTransport *transport);

    const ApiRequest &request() const { return m_request; }

    /// Answers with an HTTP response.
    void respond(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers = {});
    /// Answers {"status":200,"requestId":…,"result":<resultJson>}.
    void respondResult(const QByteArray &resultJson = QByteArrayLiteral("{}"),
                       QList<QPair<QByteArray, QByteArray>> headers = {});
    /// Ends without a response.
    void fail(TransportErrorKind kind, const QString &message = QStringLiteral("fake failure"));

protected:
    void doAbort() override;

private:
    ApiRequest m_request;
    QPointer<FakeTransport> m_transport;
};

/// Records every send; the test answers each call when it likes (or never).
class FakeTransport final : public QObject, public Transport
{
    Q_OBJECT

public:
    using QObject::QObject;

    TransportCall *send(const ApiRequest &request) override;

    /// Every request sent, in order (kept after the calls are deleted).
    const QList<ApiRequest> &sent() const { return m_sent; }
    int sendCount() const { return int(m_sent.size()); }
    QStringList sentPaths() const;
    /// Calls sent and not yet finished, aborted or deleted, oldest first.
    QList<FakeCall *> pending() const;
    /// The pending call for a path, or null.
    FakeCall *pendingFor(const QString &path) const;
    int abortCount() const { return m_aborts; }

Q_SIGNALS:
    void callSent(chcloud::test::FakeCall *call);

private:
    friend class FakeCall;
    QList<ApiRequest> m_sent;
    QList<QPointer<FakeCall>> m_calls;
    int m_aborts = 0;
};

} // namespace chcloud::test
