#pragma once

// A small synchronous HTTP client for the emulator tests (integration and contract):
// real requests through QNetworkAccessManager, waited for with QSignalSpy.

#include <QByteArray>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QUrl>
#include <QUrlQuery>

namespace chcloud::test {

struct HttpResult
{
    int status = 0; ///< 0 when no HTTP answer came (dropped, refused, timeout)
    QNetworkReply::NetworkError networkError = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; ///< lower-case names
    QJsonParseError parseError {};
    QJsonDocument document;

    QJsonObject json() const { return document.object(); }
    QJsonValue result() const { return document.object().value(QStringLiteral("result")); }
    QString error() const { return document.object().value(QStringLiteral("error")).toString(); }
    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
};

class EmulatorClient
{
public:
    EmulatorClient(QUrl baseUrl, QByteArray authorization)
        : m_baseUrl(std::move(baseUrl))
        , m_authorization(std::move(authorization))
    {
    }

    static QByteArray basic(const QString &keyId, const QString &secret)
    {
        return "Basic " + (keyId + QLatin1Char(':') + secret).toUtf8().toBase64();
    }
    static QString sha256Base64(const QString &text)
    {
        return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toBase64());
    }

    void setAuthorization(QByteArray authorization) { m_authorization = std::move(authorization); }
    /// Sent as X-Emulator-Token on /_emulator control requests.
    void setControlToken(QByteArray token) { m_controlToken = std::move(token); }
    QUrl baseUrl() const { return m_baseUrl; }

    /// `pathAndQuery` like "/v1/organizations?x=1"; `authorization` empty = the client's, "-" = none.
    HttpResult raw(const QByteArray &method, const QString &pathAndQuery, const QByteArray &body = {},
                   const QByteArray &contentType = "application/json", const QByteArray &authorization = {})
    {
        QUrl url = m_baseUrl;
        const qsizetype question = pathAndQuery.indexOf(QLatin1Char('?'));
        url.setPath(question < 0 ? pathAndQuery : pathAndQuery.left(question));
        if (question >= 0)
            url.setQuery(pathAndQuery.mid(question + 1));
        QNetworkRequest request(url);
        request.setTransferTimeout(15000);
        const QByteArray auth = authorization.isEmpty() ? m_authorization : authorization;
        if (auth != "-")
            request.setRawHeader("Authorization", auth);
        if (pathAndQuery.startsWith(QStringLiteral("/_emulator")) && !m_controlToken.isEmpty())
            request.setRawHeader("X-Emulator-Token", m_controlToken);
        if (!contentType.isEmpty() && !body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
        QNetworkReply *reply = body.isEmpty() && method != "POST" && method != "PATCH"
            ? m_manager.sendCustomRequest(request, method)
            : m_manager.sendCustomRequest(request, method, body);
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!reply->isFinished())
            finished.wait(20000);
        HttpResult result;
        result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        result.networkError = reply->error();
        result.body = reply->readAll();
        for (const auto &[name, value] : reply->rawHeaderPairs())
            result.headers.insert(name.toLower(), value);
        result.document = QJsonDocument::fromJson(result.body, &result.parseError);
        reply->deleteLater();
        return result;
    }

    HttpResult get(const QString &path, const QByteArray &authorization = {})
    {
        return raw("GET", path, {}, {}, authorization);
    }
    HttpResult post(const QString &path, const QJsonObject &body, const QByteArray &authorization = {})
    {
        return raw("POST", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json", authorization);
    }
    HttpResult patch(const QString &path, const QJsonObject &body, const QByteArray &authorization = {})
    {
        return raw("PATCH", path, QJsonDocument(body).toJson(QJsonDocument::Compact), "application/json",
                   authorization);
    }
    HttpResult del(const QString &path, const QByteArray &authorization = {})
    {
        return raw("DELETE", path, {}, {}, authorization);
    }

    /// The seeded organization's ID (first of GET /v1/organizations).
    QString organizationId()
    {
        const HttpResult result = get(QStringLiteral("/v1/organizations"));
        return result.result().toArray().first().toObject().value(QStringLiteral("id")).toString();
    }

private:
    QUrl m_baseUrl;
    QByteArray m_authorization;
    QByteArray m_controlToken;
    QNetworkAccessManager m_manager;
};

} // namespace chcloud::test
