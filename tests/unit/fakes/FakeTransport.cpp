#include "FakeTransport.h"

namespace chcloud::test {

FakeCall::FakeCall(ApiRequest request, FakeTransport *transport)
    : TransportCall(transport)
    , m_request(std::move(request))
    , m_transport(transport)
{
}

void FakeCall::respond(int status, const QByteArray &body, QList<QPair<QByteArray, QByteArray>> headers)
{
    TransportResult result;
    result.httpStatus = status;
    result.body = body;
    result.headers = std::move(headers);
    finish(std::move(result));
}

void FakeCall::respondResult(const QByteArray &resultJson, QList<QPair<QByteArray, QByteArray>> headers)
{
    respond(200,
            QByteArrayLiteral("{\"status\":200,\"requestId\":\"00000000-0000-4000-8000-000000000001\",\"result\":")
                + resultJson + '}',
            std::move(headers));
}

void FakeCall::fail(TransportErrorKind kind, const QString &message)
{
    TransportResult result;
    result.error = kind;
    result.errorString = message;
    finish(std::move(result));
}

void FakeCall::doAbort()
{
    if (m_transport)
        ++m_transport->m_aborts;
}

TransportCall *FakeTransport::send(const ApiRequest &request)
{
    m_sent.append(request);
    auto *call = new FakeCall(request, this);
    m_calls.append(call);
    Q_EMIT callSent(call);
    return call;
}

QStringList FakeTransport::sentPaths() const
{
    QStringList paths;
    for (const ApiRequest &request : m_sent)
        paths << request.path;
    return paths;
}

QList<FakeCall *> FakeTransport::pending() const
{
    QList<FakeCall *> calls;
    for (const QPointer<FakeCall> &call : m_calls) {
        if (call && !call->isFinished() && !call->isAborted())
            calls.append(call.data());
    }
    return calls;
}

FakeCall *FakeTransport::pendingFor(const QString &path) const
{
    const QList<FakeCall *> calls = pending();
    for (FakeCall *call : calls) {
        if (call->request().path == path)
            return call;
    }
    return nullptr;
}

} // namespace chcloud::test
