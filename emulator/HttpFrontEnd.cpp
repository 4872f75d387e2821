#include "HttpFrontEnd.h"

#include "ApiExchange.h"
#include "Emulator.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QPointer>
#include <QScopeGuard>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Connect:
        return "CONNECT";
    case QHttpServerRequest::Method::Trace:
        return "TRACE";
    default:
        return "UNKNOWN";
    }
}

QByteArray header(const QHttpServerRequest &request, const QByteArray &name)
{
    const auto headers = request.headers();
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

ApiRequest toApiRequest(const QHttpServerRequest &request)
{
    ApiRequest api;
    api.method = methodName(request.method());
    QString path = request.url().path();
    while (path.size() > 1 && path.endsWith(u'/'))
        path.chop(1);
    api.path = path;
    api.segments = path.split(u'/', Qt::SkipEmptyParts);
    api.query = request.query();
    api.body = request.body();
    api.authorization = header(request, "Authorization");
    api.contentType = header(request, "Content-Type");
    api.userAgent = header(request, "User-Agent");
    api.controlToken = header(request, "X-Emulator-Token");
    api.peer = request.remoteAddress();
    return api;
}

void writeReply(QHttpServerResponder &responder, const ApiReply &reply)
{
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", reply.contentType);
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    for (const auto &[name, value] : reply.headers)
        responder.writeHeader(name, value);
    responder.writeBody(reply.body);
}

} // namespace

HttpFrontEnd::HttpFrontEnd(Emulator &emulator, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_emulator(emulator)
{
}

bool HttpFrontEnd::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QElapsedTimer timer;
    timer.start();
    const ApiRequest apiRequest = toApiRequest(request);
    const bool isApi = apiRequest.segments.value(0) == u"v1"_s;
    const Emulator::Outcome outcome = m_emulator.handle(apiRequest);
    // The time spent here, not the injected latency (which only delays the write).
    const auto served = qScopeGuard([&] {
        if (isApi)
            m_emulator.recordServed(apiRequest.path, QDateTime::currentMSecsSinceEpoch(),
                                    double(timer.nsecsElapsed()) / 1e6);
    });
    QPointer<QTcpSocket> guard(socket);
    if (outcome.drop) {
        QTimer::singleShot(outcome.latencyMs, socket, [guard] {
            if (guard)
                guard->abort();
        });
        return true;
    }
    if (outcome.latencyMs <= 0) {
        QHttpServerResponder responder = makeResponder(request, socket);
        writeReply(responder, outcome.reply);
        return true;
    }
    auto responder = std::make_shared<QHttpServerResponder>(makeResponder(request, socket));
    QTimer::singleShot(outcome.latencyMs, socket,
                       [responder, reply = outcome.reply] { writeReply(*responder, reply); });
    return true;
}

void HttpFrontEnd::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    writeReply(responder, ApiReply::notFound(u"route"_s));
}

} // namespace chcloud::emulator
