#pragma once

#include <QAbstractHttpServer>

namespace chcloud::emulator {

class Emulator;

/// The HTTP side: turns every request (matched or not) into an ApiRequest for the
/// Emulator and writes its answer, after any injected latency, or closes the
/// connection for an injected drop. Subclassing QAbstractHttpServer instead of
/// using QHttpServer's router gives every path, method and trailing slash to one
/// handler, so unknown routes get the API's error envelope rather than an empty 404.
class HttpFrontEnd : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit HttpFrontEnd(Emulator &emulator, QObject *parent = nullptr);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Emulator &m_emulator;
};

} // namespace chcloud::emulator
