#include "CannedServer.h"

#include <QTcpSocket>

using namespace Qt::StringLiterals;

namespace chcloud::test {

CannedServer::CannedServer()
{
    connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            socket->setParent(this);
            connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
            connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

bool CannedServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

QUrl CannedServer::baseUrl() const
{
    return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort()));
}

void CannedServer::setAnswer(const QString &path, const QByteArray &body, int status)
{
    m_answers.insert(path, Answer { status, body });
}

void CannedServer::serve(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        qsizetype contentLength = 0;
        for (const QByteArray &line : lines) {
            if (line.toLower().startsWith("content-length:"))
                contentLength = line.mid(15).trimmed().toLongLong();
        }
        if (buffer.size() < headerEnd + 4 + contentLength)
            return; // the body is still on its way
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        const QString target = QString::fromUtf8(requestLine.value(1));
        buffer.remove(0, headerEnd + 4 + contentLength);

        m_requests.append(target);
        const QString path = target.section(u'?', 0, 0);
        const auto found = m_answers.constFind(path);
        const Answer answer = found != m_answers.cend()
            ? *found
            : Answer { 404, R"({"status":404,"error":"NOT_FOUND: no such route"})" };
        QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " Canned\r\n";
        response += "Content-Type: application/json\r\n";
        response += "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n\r\n";
        response += answer.body;
        socket->write(response);
    }
}

} // namespace chcloud::test
