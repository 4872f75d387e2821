#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QStringList>
#include <QTcpServer>
#include <QUrl>

namespace chcloud::test {

/// A loopback HTTP/1.1 server that answers each path with a body the test
/// chose: for data no emulator would produce (a spec-valid odd value, an
/// unreadable row, a reply recorded from a random mock to replay it). Any
/// other path gets the API's 404 envelope. Keep-alive and request bodies
/// with Content-Length are understood; nothing else.
class CannedServer : public QObject
{
public:
    CannedServer();

    /// Listens on 127.0.0.1 on a free port.
    bool listen();
    QUrl baseUrl() const;

    /// Answers GET/POST/… on path (without query) with status and body.
    void setAnswer(const QString &path, const QByteArray &body, int status = 200);
    /// The paths requested so far, in order (query included).
    QStringList requests() const { return m_requests; }

private:
    struct Answer
    {
        int status = 200;
        QByteArray body;
    };
    void serve(QTcpSocket *socket);

    QTcpServer m_server;
    QHash<QString, Answer> m_answers;
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QStringList m_requests;
};

} // namespace chcloud::test
