#include "RequestLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>

namespace chcloud {

Q_LOGGING_CATEGORY(lcHttp, "chcloud.http", QtWarningMsg)

namespace {

// Words that make a field secret wherever they appear in its name.
constexpr QLatin1StringView secretWords[] = {
    QLatin1StringView("secret"),        QLatin1StringView("password"),         QLatin1StringView("hash"),
    QLatin1StringView("token"),         QLatin1StringView("credential"),       QLatin1StringView("privatekey"),
    QLatin1StringView("accesskey"),     QLatin1StringView("connectionstring"), QLatin1StringView("serviceaccount"),
    QLatin1StringView("authorization"),
};
// "key" makes a field secret too, unless the name only identifies a key: keyId,
// targetKeyId, keySuffix, keyIdSuffix (the last characters the API lists anyway).
constexpr QLatin1StringView keyWord("key");
constexpr QLatin1StringView keyIdentifierEndings[] = {
    QLatin1StringView("keyid"),
    QLatin1StringView("keysuffix"),
    QLatin1StringView("keyidsuffix"),
};
constexpr QLatin1StringView mask("***");

bool containsSecretWord(QStringView text)
{
    for (const QLatin1StringView word : secretWords) {
        if (text.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QJsonValue redactValue(const QJsonValue &value, bool maskAll);

QJsonObject redactObject(const QJsonObject &object, bool maskAll)
{
    QJsonObject redacted;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const bool maskChild = maskAll || RequestLog::isSecretFieldName(it.key());
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
    return containsSecretWord(QString::fromUtf8(body));
}

QString shellQuote(const QString &text)
{
    QString quoted = text;
    quoted.replace(QStringLiteral("'"), QStringLiteral("'\\''"));
    return u'\'' + quoted + u'\'';
}

/// A value inside double quotes in a curl config file: backslash escapes.
QString curlConfigEscape(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        switch (c.unicode()) {
        case u'\\':
            escaped += QStringLiteral("\\\\");
            break;
        case u'"':
            escaped += QStringLiteral("\\\"");
            break;
        case u'\n':
            escaped += QStringLiteral("\\n");
            break;
        case u'\r':
            escaped += QStringLiteral("\\r");
            break;
        case u'\t':
            escaped += QStringLiteral("\\t");
            break;
        default:
            escaped += c;
        }
    }
    return escaped;
}

/// Text inside an unquoted here-document: only backslash, dollar and backquote are special there.
QString hereDocumentEscape(const QString &text)
{
    QString escaped;
    escaped.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'$' || c == u'`')
            escaped += u'\\';
        escaped += c;
    }
    return escaped;
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
    return redactBodyReadingId(body, nullptr);
}

QByteArray RequestLog::redactBodyReadingId(const QByteArray &body, QString *requestId)
{
    if (body.isEmpty())
        return body;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError)
        return mentionsSecretKey(body) ? withheldBody() : body;
    if (document.isObject()) {
        // The envelope's id, which support asks for; read from the one parse the redaction needs anyway.
        const QJsonValue id = document.object().value(u"requestId");
        if (requestId && id.isString())
            *requestId = id.toString();
        return QJsonDocument(redactObject(document.object(), false)).toJson(QJsonDocument::Compact);
    }
    if (document.isArray())
        return QJsonDocument(redactValue(document.array(), false).toArray()).toJson(QJsonDocument::Compact);
    return body;
}

void RequestLog::add(RequestLogEntry entry)
{
    entry.pathAndQuery = redactPathAndQuery(entry.pathAndQuery);
    entry.requestBody = redactBody(entry.requestBody);
    // Only the first few kilobytes are kept: a body many times larger (a month of
    // usage is tens of megabytes) is not parsed on this thread just to be cut, so
    // its envelope's requestId is not read either.
    if (entry.responseBody.size() > maxRedactedResponseBody) {
        entry.responseBody = QByteArrayLiteral("[body of ") + QByteArray::number(entry.responseBody.size())
            + QByteArrayLiteral(" bytes not kept]");
    } else {
        QString envelopeRequestId;
        entry.responseBody = redactBodyReadingId(entry.responseBody, &envelopeRequestId);
        if (entry.requestId.isEmpty())
            entry.requestId = envelopeRequestId;
    }
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

bool RequestLog::isSecretFieldName(QStringView name)
{
    if (containsSecretWord(name))
        return true;
    if (!name.contains(keyWord, Qt::CaseInsensitive))
        return false;
    for (const QLatin1StringView ending : keyIdentifierEndings) {
        if (name.endsWith(ending, Qt::CaseInsensitive))
            return false;
    }
    return true;
}

QString RequestLog::redactPathAndQuery(const QString &pathAndQuery)
{
    const qsizetype question = pathAndQuery.indexOf(u'?');
    if (question < 0)
        return pathAndQuery;
    QStringList pairs = pathAndQuery.mid(question + 1).split(u'&');
    for (QString &pair : pairs) {
        const qsizetype equals = pair.indexOf(u'=');
        const QString name = QUrl::fromPercentEncoding(pair.left(equals < 0 ? pair.size() : equals).toUtf8());
        if (equals >= 0 && isSecretFieldName(name))
            pair = pair.left(equals + 1) + mask;
    }
    return pathAndQuery.left(question + 1) + pairs.join(u'&');
}

QString RequestLog::toCurl(const RequestLogEntry &entry, const QUrl &baseUrl)
{
    QString base = baseUrl.toString(QUrl::FullyEncoded);
    if (base.endsWith(u'/'))
        base.chop(1);
    // The credentials go to curl's standard input as a config file (-K -), never
    // into its argument list, where other users could read them (ps, /proc). The
    // here-document is unquoted so that the shell expands the two variables; what
    // else it holds is escaped for the shell and for curl's config syntax.
    QStringList parts { QStringLiteral("curl"), QStringLiteral("-sS") };
    if (entry.method != "GET")
        parts << QStringLiteral("-X") << QString::fromLatin1(entry.method);
    const QByteArray body = redactBody(entry.requestBody);
    if (!body.isEmpty())
        parts << QStringLiteral("-H") << shellQuote(QStringLiteral("Content-Type: application/json"));
    parts << QStringLiteral("-K") << QStringLiteral("-") << shellQuote(base + redactPathAndQuery(entry.pathAndQuery))
          << QStringLiteral("<<") + curlConfigDelimiter();
    QString command = parts.join(u' ') + u'\n';
    command += QStringLiteral("user = \"$CLICKHOUSE_CLOUD_API_KEY:$CLICKHOUSE_CLOUD_API_SECRET\"\n");
    if (!body.isEmpty())
        command += QStringLiteral("data-raw = \"") + hereDocumentEscape(curlConfigEscape(QString::fromUtf8(body)))
            + QStringLiteral("\"\n");
    command += curlConfigDelimiter() + u'\n';
    return command;
}

QString RequestLog::curlConfigDelimiter()
{
    return QStringLiteral("CHCLOUD_CURL_CONFIG");
}

QByteArray RequestLog::toJsonLine(const RequestLogEntry &entry)
{
    QJsonObject line {
        { QStringLiteral("time"), entry.startedAt.toUTC().toString(Qt::ISODateWithMs) },
        { QStringLiteral("method"), QString::fromLatin1(entry.method) },
        { QStringLiteral("path"), redactPathAndQuery(entry.pathAndQuery) },
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
