#include "RequestLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace chcloud {

Q_LOGGING_CATEGORY(lcHttp, "chcloud.http", QtWarningMsg)

namespace {

constexpr QLatin1StringView secretKeys[] = {
    QLatin1StringView("keySecret"),     QLatin1StringView("password"),  QLatin1StringView("newPasswordHash"),
    QLatin1StringView("keySecretHash"), QLatin1StringView("keyIdHash"),
};
constexpr QLatin1StringView secretSubtreeKey("hashData");
constexpr QLatin1StringView mask("***");

bool isSecretKey(QStringView key)
{
    for (const QLatin1StringView secret : secretKeys) {
        if (key.compare(secret, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonValue redactValue(const QJsonValue &value, bool maskAll);

QJsonObject redactObject(const QJsonObject &object, bool maskAll)
{
    QJsonObject redacted;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool maskChild
            = maskAll || isSecretKey(it.key()) || it.key().compare(secretSubtreeKey, Qt::CaseInsensitive) == 0;
        redacted.insert(it.key(), redactValue(it.value(), maskChild));
    }
    return redacted;
}

QJsonValue redactValue(const QJsonValue &value, bool maskAll)
{
    if (value.isObject())
        return redactObject(value.toObject(), maskAll);
    if (value.isArray()) {
        QJsonArray redacted;
        const QJsonArray array = value.toArray();
        for (const QJsonValue &item : array)
            redacted.append(redactValue(item, maskAll));
        return redacted;
    }
    return maskAll ? QJsonValue(mask) : value;
}

bool mentionsSecretKey(const QByteArray &body)
{
    const QByteArray lowered = body.toLower();
    for (const QLatin1StringView secret : secretKeys) {
        if (lowered.contains(QByteArray(secret.data(), secret.size()).toLower()))
            return true;
    }
    return lowered.contains("hashdata") || lowered.contains("authorization");
}

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QStringLiteral("'"), QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

QString priorityName(RequestPriority priority)
{
    switch (priority) {
    case RequestPriority::Interactive:
        return QStringLiteral("interactive");
    case RequestPriority::Visible:
        return QStringLiteral("visible");
    case RequestPriority::Background:
        return QStringLiteral("background");
    }
    return QString();
}

QString errorKindName(ApiErrorKind kind)
{
    switch (kind) {
    case ApiErrorKind::BadRequest:
        return QStringLiteral("BadRequest");
    case ApiErrorKind::Unauthorized:
        return QStringLiteral("Unauthorized");
    case ApiErrorKind::Forbidden:
        return QStringLiteral("Forbidden");
    case ApiErrorKind::NotFound:
        return QStringLiteral("NotFound");
    case ApiErrorKind::Conflict:
        return QStringLiteral("Conflict");
    case ApiErrorKind::FailedDependency:
        return QStringLiteral("FailedDependency");
    case ApiErrorKind::RateLimited:
        return QStringLiteral("RateLimited");
    case ApiErrorKind::Http:
        return QStringLiteral("Http");
    case ApiErrorKind::Server:
        return QStringLiteral("Server");
    case ApiErrorKind::Network:
        return QStringLiteral("Network");
    case ApiErrorKind::Timeout:
        return QStringLiteral("Timeout");
    case ApiErrorKind::Parse:
        return QStringLiteral("Parse");
    case ApiErrorKind::Cancelled:
        return QStringLiteral("Cancelled");
    case ApiErrorKind::InsecureUrl:
        return QStringLiteral("InsecureUrl");
    }
    return QString();
}

} // namespace

RequestLog::RequestLog(int capacity, QObject *parent)
    : QObject(parent)
    , m_capacity(qMax(1, capacity))
{
    m_entries.reserve(m_capacity);
}

RequestLog::~RequestLog() = default;

QByteArray RequestLog::withheldBody()
{
    return QByteArrayLiteral("[body withheld: not JSON and names a secret field]");
}

QByteArray RequestLog::redactBody(const QByteArray &body)
{
    if (body.isEmpty())
        return body;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return mentionsSecretKey(body) ? withheldBody() : body;
    if (document.isObject())
        return QJsonDocument(redactObject(document.object(), false)).toJson(QJsonDocument::Compact);
    if (document.isArray())
        return QJsonDocument(redactValue(document.array(), false).toArray()).toJson(QJsonDocument::Compact);
    return body;
}

void RequestLog::add(RequestLogEntry entry)
{
    entry.requestBody = redactBody(entry.requestBody);
    entry.responseBody = redactBody(entry.responseBody);
    if (entry.responseBody.size() > maxStoredResponseBody)
        entry.responseBody = entry.responseBody.left(maxStoredResponseBody) + "…";

    qCInfo(lcHttp).noquote() << QString::fromUtf8(toJsonLine(entry));

    if (m_entries.size() < m_capacity) {
        m_entries.append(entry);
    } else {
        m_entries[m_oldest] = entry;
        m_oldest = (m_oldest + 1) % m_capacity;
    }
    Q_EMIT entryAdded(entry);
}

QList<RequestLogEntry> RequestLog::entries() const
{
    QList<RequestLogEntry> ordered;
    ordered.reserve(m_entries.size());
    for (qsizetype i = 0; i < m_entries.size(); ++i)
        ordered.append(m_entries.at((m_oldest + i) % m_entries.size()));
    return ordered;
}

void RequestLog::clear()
{
    m_entries.clear();
    m_oldest = 0;
}

QUrl RequestLog::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://api.clickhouse.cloud"));
}

QString RequestLog::toCurl(const RequestLogEntry &entry, const QUrl &baseUrl)
{
    QString base = baseUrl.toString(QUrl::FullyEncoded);
    if (base.endsWith(u'/'))
        base.chop(1);
    QStringList parts { QStringLiteral("curl"), QStringLiteral("-sS") };
    if (entry.method != "GET")
        parts << QStringLiteral("-X") << QString::fromLatin1(entry.method);
    parts << QStringLiteral("-u \"$CLICKHOUSE_CLOUD_API_KEY:$CLICKHOUSE_CLOUD_API_SECRET\"");
    const QByteArray body = redactBody(entry.requestBody);
    if (!body.isEmpty()) {
        parts << QStringLiteral("-H") << shellQuote(QStringLiteral("Content-Type: application/json"));
        parts << QStringLiteral("--data-raw") << shellQuote(QString::fromUtf8(body));
    }
    parts << shellQuote(base + entry.pathAndQuery);
    return parts.join(u' ');
}

QByteArray RequestLog::toJsonLine(const RequestLogEntry &entry)
{
    QJsonObject line {
        { QStringLiteral("time"), entry.startedAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("method"), QString::fromLatin1(entry.method) },
        { QStringLiteral("path"), entry.pathAndQuery },
        { QStringLiteral("status"), entry.httpStatus },
        { QStringLiteral("durationMs"), entry.durationMs },
        { QStringLiteral("queueWaitMs"), entry.queueWaitMs },
        { QStringLiteral("attempts"), entry.attempts },
        { QStringLiteral("priority"), priorityName(entry.priority) },
    };
    if (!entry.operationId.isEmpty())
        line.insert(u"operationId", entry.operationId);
    if (!entry.requestId.isEmpty())
        line.insert(u"requestId", entry.requestId);
    if (entry.errorKind)
        line.insert(u"error", errorKindName(*entry.errorKind));
    if (!entry.requestBody.isEmpty())
        line.insert(u"requestBody", QString::fromUtf8(redactBody(entry.requestBody)));
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

} // namespace chcloud
