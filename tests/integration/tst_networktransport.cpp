// The network door on its own, against a tiny local HTTP server: the reply size
// cap (announced and streamed), the limit's setting, the Authorization header's
// wipe when the transport goes away, and which plain-http hosts count as loopback.

#include "api/ApiRequest.h"
#include "api/ApiSession.h"
#include "api/NetworkTransport.h"
#include "api/Transport.h"
#include "domain/Secret.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

namespace {

/// How the server answers every request.
enum class Answer {
    Small, ///< 200 with a short JSON body
    AnnouncedTooLarge, ///< Content-Length above the limit, then the body slowly
    StreamedTooLarge, ///< chunked, no length, more and more until the client gives up
};

/// A one-shot HTTP/1.1 server on 127.0.0.1 that answers as told. It streams at most
/// MaxStreamBytes, so a client that never aborts still ends (and the test fails).
class TinyServer : public QObject
{
public:
    static constexpr qint64 MaxStreamBytes = qint64(8) * 1024 * 1024;

    explicit TinyServer(Answer answer)
        : m_answer(answer)
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
                connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
                    m_clientClosed = true;
                    socket->deleteLater();
                });
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(m_server.serverPort())); }
    qint64 bytesSent() const { return m_sent; }
    bool clientClosed() const { return m_clientClosed; }
    QByteArray lastAuthorization() const { return m_authorization; }
    QByteArray lastAccept() const { return m_accept; }

private:
    void onReadyRead(QTcpSocket *socket)
    {
        m_request += socket->readAll();
        const qsizetype end = m_request.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        for (const QByteArray &line : m_request.left(end).split('\n')) {
            if (line.toLower().startsWith("authorization:"))
                m_authorization = line.mid(14).trimmed();
            else if (line.toLower().startsWith("accept:"))
                m_accept = line.mid(7).trimmed();
        }
        m_request.clear();
        switch (m_answer) {
        case Answer::Small:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 11\r\n\r\n"
                          "{\"ok\":true}");
            break;
        case Answer::AnnouncedTooLarge:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                          + QByteArray::number(MaxStreamBytes) + "\r\n\r\n");
            streamSome(socket, false);
            break;
        case Answer::StreamedTooLarge:
            socket->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n");
            connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { streamSome(socket, true); });
            streamSome(socket, true);
            break;
        }
    }

    /// One more piece of body, while the client is there and the bound is not reached.
    void streamSome(QTcpSocket *socket, bool chunked)
    {
        if (m_sent >= MaxStreamBytes || socket->state() != QAbstractSocket::ConnectedState
            || socket->bytesToWrite() > 0)
            return;
        const QByteArray piece(16 * 1024, 'x');
        if (chunked)
            socket->write(QByteArray::number(piece.size(), 16) + "\r\n" + piece + "\r\n");
        else
            socket->write(piece);
        m_sent += piece.size();
    }

    QTcpServer m_server;
    Answer m_answer;
    QByteArray m_request;
    QByteArray m_authorization;
    QByteArray m_accept;
    qint64 m_sent = 0;
    bool m_clientClosed = false;
};

ApiRequest getRequest()
{
    ApiRequest request;
    request.method = "GET";
    request.path = u"/v1/organizations"_s;
    request.idempotent = true;
    request.timeout = 30s;
    return request;
}

/// Sends one request and waits for its one ending.
std::unique_ptr<TransportCall> sendAndWait(NetworkTransport &transport,
                                           ResponseFormat format = ResponseFormat::JsonEnvelope)
{
    ApiRequest request = getRequest();
    request.format = format;
    std::unique_ptr<TransportCall> call(transport.send(request));
    QSignalSpy finished(call.get(), &TransportCall::finished);
    if (!call->isFinished())
        finished.wait(30000);
    return call;
}

} // namespace

class TestNetworkTransport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"chcloud-tests"_s);
        QCoreApplication::setApplicationName(u"tst_NetworkTransport"_s);
    }

    void replyAboveTheLimitIsStopped_data()
    {
        QTest::addColumn<int>("answer");
        QTest::newRow("Content-Length announces more than the limit") << int(Answer::AnnouncedTooLarge);
        QTest::newRow("chunked body grows past the limit") << int(Answer::StreamedTooLarge);
    }

    void replyAboveTheLimitIsStopped()
    {
        QFETCH(int, answer);
        TinyServer server(static_cast<Answer>(answer));
        QVERIFY(server.listen());
        NetworkTransport transport(server.url(), u"key-id"_s, Secret(QByteArray("key-secret")));
        constexpr qint64 limit = 64 * 1024;
        transport.setMaxReplyBytes(limit);
        const auto call = sendAndWait(transport);
        QVERIFY(call->isFinished());
        const TransportResult &result = call->result();
        QCOMPARE(result.error, TransportErrorKind::ReplyTooLarge);
        QVERIFY(!result.hasResponse());
        QVERIFY(result.body.isEmpty());
        QVERIFY2(result.errorString.contains(u"larger than 64 KiB"_s), qPrintable(result.errorString));
        // The connection is closed; an announced length stops it before the body is streamed.
        QTRY_VERIFY_WITH_TIMEOUT(server.clientClosed(), 10000);
        if (static_cast<Answer>(answer) == Answer::AnnouncedTooLarge)
            QVERIFY2(server.bytesSent() < TinyServer::MaxStreamBytes,
                     QByteArray::number(server.bytesSent()).constData());
    }

    void replyWithinTheLimitArrives()
    {
        TinyServer server(Answer::Small);
        QVERIFY(server.listen());
        NetworkTransport transport(server.url(), u"key-id"_s, Secret(QByteArray("key-secret")));
        transport.setMaxReplyBytes(64 * 1024);
        const auto call = sendAndWait(transport);
        QVERIFY(call->result().hasResponse());
        QCOMPARE(call->result().httpStatus, 200);
        QCOMPARE(call->result().body, QByteArray("{\"ok\":true}"));
        QCOMPARE(server.lastAuthorization(), "Basic " + QByteArray("key-id:key-secret").toBase64());
    }

    void acceptHeaderFollowsTheFormat_data()
    {
        QTest::addColumn<int>("format");
        QTest::addColumn<QByteArray>("accept");
        QTest::newRow("envelope") << int(ResponseFormat::JsonEnvelope) << QByteArray("application/json");
        QTest::newRow("envelope decoded by the caller")
            << int(ResponseFormat::JsonText) << QByteArray("application/json");
        QTest::newRow("text") << int(ResponseFormat::Text) << QByteArray("*/*");
    }

    void acceptHeaderFollowsTheFormat()
    {
        QFETCH(int, format);
        QFETCH(QByteArray, accept);
        TinyServer server(Answer::Small);
        QVERIFY(server.listen());
        NetworkTransport transport(server.url(), u"key-id"_s, Secret(QByteArray("key-secret")));
        const auto call = sendAndWait(transport, ResponseFormat(format));
        QVERIFY(call->result().hasResponse());
        QCOMPARE(server.lastAccept(), accept);
    }

    void limitDefaultsTo512MiBAndComesFromTheSetting()
    {
        QCOMPARE(NetworkTransport::DefaultMaxReplyBytes, qint64(512) * 1024 * 1024);
        NetworkTransport transport(QUrl(u"https://api.clickhouse.cloud"_s), u"id"_s, Secret(QByteArray("s")));
        QCOMPARE(transport.maxReplyBytes(), NetworkTransport::DefaultMaxReplyBytes);
        transport.setMaxReplyBytes(0);
        QCOMPARE(transport.maxReplyBytes(), NetworkTransport::DefaultMaxReplyBytes);

        QSettings settings;
        settings.remove(u"network/maxReplyMiB"_s);
        QCOMPARE(ApiSession::maxReplyBytes(), NetworkTransport::DefaultMaxReplyBytes);
        settings.setValue(u"network/maxReplyMiB"_s, 1024);
        QCOMPARE(ApiSession::maxReplyBytes(), qint64(1024) * 1024 * 1024);
        settings.setValue(u"network/maxReplyMiB"_s, u"nonsense"_s);
        QCOMPARE(ApiSession::maxReplyBytes(), NetworkTransport::DefaultMaxReplyBytes);
        settings.remove(u"network/maxReplyMiB"_s);
    }

    void headerIsZeroedWhenTheTransportGoesAway()
    {
        auto transport = std::make_unique<NetworkTransport>(QUrl(u"https://api.clickhouse.cloud"_s), u"key-id"_s,
                                                            Secret(QByteArray("key-secret")));
        // A copy that shares the buffer, as a request Qt keeps around would.
        const QByteArray shared = transport->authorizationHeader();
        QCOMPARE(shared, "Basic " + QByteArray("key-id:key-secret").toBase64());
        transport.reset();
        QCOMPARE(shared, QByteArray(shared.size(), '\0'));
    }

    void onlyLiteralLoopbackAddressesMayUsePlainHttp_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("127.0.0.1") << u"http://127.0.0.1:8123"_s << true;
        QTest::newRow("127.1.2.3") << u"http://127.1.2.3"_s << true;
        QTest::newRow("[::1]") << u"http://[::1]:8123"_s << true;
        QTest::newRow("the name localhost") << u"http://localhost:8123"_s << false;
        QTest::newRow("LOCALHOST") << u"http://LOCALHOST"_s << false;
        QTest::newRow("a private address") << u"http://192.168.1.10"_s << false;
        QTest::newRow("https to a name") << u"https://localhost"_s << true;
    }

    void onlyLiteralLoopbackAddressesMayUsePlainHttp()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(NetworkTransport::isAllowedUrl(QUrl(url)), allowed);
        QCOMPARE(ApiSession::isAllowedUrl(QUrl(url)), allowed);
    }
};

QTEST_GUILESS_MAIN(TestNetworkTransport)
#include "tst_networktransport.moc"
