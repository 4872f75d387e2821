#pragma once

#include "ApiError.h"
#include "ApiRequest.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QUrl>

#include <optional>

namespace chcloud {

/// One finished request as the log keeps it. Bodies are always redacted:
/// RequestLog::add() masks them whatever the caller passes.
struct RequestLogEntry
{
    QDateTime startedAt; ///< UTC, when it was first sent (or submitted, if it never was)
    QByteArray method;
    QString pathAndQuery; ///< "/v1/organizations/…?from_date=…", relative to the base URL
    QString operationId;
    RequestPriority priority = RequestPriority::Visible;
    int httpStatus = 0; ///< of the last attempt; 0 when no response arrived
    qint64 durationMs = 0; ///< from the first send to the end, retries and pauses included
    qint64 queueWaitMs = 0; ///< from submit to the first send
    int attempts = 0;
    QString requestId;
    std::optional<ApiErrorKind> errorKind; ///< empty on success
    QByteArray requestBody; ///< redacted
    QByteArray responseBody; ///< redacted and shortened
};

/// The recent HTTP history of the application for the diagnostics view and bug
/// reports: an in-memory ring buffer (never written to disk), also emitted as
/// JSON lines on the logging category "chcloud.http" (info level, off by default:
/// QT_LOGGING_RULES="chcloud.http.info=true").
///
/// Secrets never enter it: requests are logged without headers (so without the
/// Authorization header), and the value of every field whose name looks secret
/// (isSecretFieldName(): a rule, not a list, so fields the API adds later are
/// covered) is replaced by "***", with everything under it, at any depth of
/// request and response bodies and in query strings. A body that is not JSON
/// but names a secret-looking field is not stored at all.
class RequestLog : public QObject
{
    Q_OBJECT

public:
    static constexpr int defaultCapacity = 500;
    static constexpr qsizetype maxStoredResponseBody = 4096;
    /// Larger response bodies are not redacted and kept at all, only their size.
    static constexpr qsizetype maxRedactedResponseBody = qsizetype(1024) * 1024;

    explicit RequestLog(int capacity = defaultCapacity, QObject *parent = nullptr);
    ~RequestLog() override;

    /// Redacts the bodies, fills in the requestId of the response's envelope when
    /// the entry has none (a success's id is read here, from the one parse the
    /// redaction makes), stores the entry (dropping the oldest when full),
    /// writes the JSON line and emits entryAdded().
    void add(RequestLogEntry entry);
    /// Oldest first.
    QList<RequestLogEntry> entries() const;
    qsizetype size() const { return m_entries.size(); }
    int capacity() const { return m_capacity; }
    void clear();

    /// True when a field of this name holds, or may hold, a secret: its name contains
    /// secret, password, hash, token, credential, privateKey, accessKey,
    /// connectionString, serviceAccount or authorization, or contains "key" without
    /// merely naming a key's identifier (…keyId, …keySuffix), case-insensitively.
    static bool isSecretFieldName(QStringView name);
    /// The body with every secret value replaced by "***" (see the class comment).
    static QByteArray redactBody(const QByteArray &body);
    /// "/path?a=1&token=x" → "/path?a=1&token=***" for secret-looking parameter names.
    static QString redactPathAndQuery(const QString &pathAndQuery);
    /// What stands in for a non-JSON body that names a secret field.
    static QByteArray withheldBody();
    /// A shell command repeating the request with curl; the credentials are the
    /// environment variables CLICKHOUSE_CLOUD_API_KEY and CLICKHOUSE_CLOUD_API_SECRET,
    /// which the shell expands into a here-document that curl reads as its config
    /// (-K -): they reach curl's standard input, never its command line. The
    /// (redacted) body goes into the same config. Several lines, ending with a newline.
    static QString toCurl(const RequestLogEntry &entry, const QUrl &baseUrl = defaultBaseUrl());
    /// The word that ends toCurl()'s here-document.
    static QString curlConfigDelimiter();
    /// One compact JSON object (no newline), as written to "chcloud.http".
    static QByteArray toJsonLine(const RequestLogEntry &entry);
    static QUrl defaultBaseUrl();

Q_SIGNALS:
    void entryAdded(const chcloud::RequestLogEntry &entry);

private:
    /// redactBody(), also reading a JSON object's "requestId" into requestId (when not null).
    static QByteArray redactBodyReadingId(const QByteArray &body, QString *requestId);

    int m_capacity;
    qsizetype m_oldest = 0; ///< index of the oldest entry once the buffer has wrapped
    QList<RequestLogEntry> m_entries;
};

} // namespace chcloud

Q_DECLARE_METATYPE(chcloud::RequestLogEntry)
