#include "CloudApi.h"

#include "ApiReply.h"
#include "RequestScheduler.h"
#include "domain/JsonFields.h"
#include "domain/JsonScanner.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QThread>
#include <QThreadPool>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>
#include <optional>

namespace chcloud {

namespace {

const QString kResultPath = QStringLiteral("result");

/// Whether a call may still report to its receiver: true without a receiver,
/// false once the receiver has been destroyed.
class ReceiverGuard
{
public:
    explicit ReceiverGuard(QObject *receiver)
        : m_receiver(receiver)
        , m_guarded(receiver != nullptr)
    {
    }
    bool allowsDelivery() const { return !m_guarded || (m_receiver && !m_gone); }
    void markGone() { m_gone = true; }
    QObject *receiver() const { return m_receiver; }

private:
    QPointer<QObject> m_receiver;
    bool m_guarded;
    bool m_gone = false;
};

/// One request: waits for its ApiReply and hands it to deliver() once.
class PendingReply final : public detail::PendingCall
{
public:
    using Deliver = std::function<void(ApiReply *)>;

    PendingReply(ApiReply *reply, QObject *receiver, Deliver deliver, QObject *parent)
        : PendingCall(parent)
        , m_reply(reply)
        , m_guard(receiver)
        , m_deliver(std::move(deliver))
    {
        if (receiver) {
            // The receiver is gone (page closed): nobody wants the answer any more.
            connect(receiver, &QObject::destroyed, this, [this] {
                m_guard.markGone();
                cancel();
            });
        }
        if (reply->isFinished())
            QMetaObject::invokeMethod(
                this, [this] { onFinished(); }, Qt::QueuedConnection);
        else
            connect(reply, &ApiReply::finished, this, [this] { onFinished(); });
    }

    void cancel() override
    {
        if (m_reply && !hasEnded())
            m_reply->cancel();
    }

private:
    void onFinished()
    {
        if (hasEnded())
            return;
        markEnded();
        ApiReply *reply = m_reply;
        m_reply = nullptr;
        if (m_guard.allowsDelivery())
            m_deliver(reply);
        reply->deleteLater();
        deleteLater();
    }

    ApiReply *m_reply;
    ReceiverGuard m_guard;
    Deliver m_deliver;
};

/// Several requests (one per window) ending as one: merged when all succeed,
/// the first error otherwise; the other windows are then cancelled.

template<typename Part, typename Whole>
class WindowedCall final : public detail::PendingCall
{
public:
    using Merge = std::function<Whole(QList<Part>)>;
    using Launch = std::function<ApiCall(int window, QObject *receiver, ApiCallback<Part> done)>;

    /// With mergeOffThread, merge runs on the thread pool (it must then be thread-safe).
    WindowedCall(QObject *receiver, ApiCallback<Whole> done, Merge merge, QObject *parent, bool mergeOffThread = false)
        : PendingCall(parent)
        , m_guard(receiver)
        , m_done(std::move(done))
        , m_merge(std::move(merge))
        , m_mergeOffThread(mergeOffThread)
    {
        if (receiver) {
            connect(receiver, &QObject::destroyed, this, [this] {
                m_guard.markGone();
                cancel();
            });
        }
    }

    void start(int windowCount, const Launch &launch)
    {
        m_parts.resize(windowCount);
        if (windowCount == 0) {
            QMetaObject::invokeMethod(
                this, [this] { finish(m_merge({})); }, Qt::QueuedConnection);
            return;
        }
        for (int window = 0; window < windowCount; ++window) {
            m_calls.append(
                launch(window, this, [this, window](ApiResult<Part> result) { onPart(window, std::move(result)); }));
        }
    }

    void cancel() override
    {
        if (!hasEnded())
            finish(unexpected(ApiError::cancelled()));
    }

private:
    void onPart(int window, ApiResult<Part> result)
    {
        if (hasEnded())
            return;
        if (!result) {
            finish(unexpected(std::move(result).error()));
            return;
        }
        m_parts[window] = std::move(result).value();
        if (++m_finishedWindows < m_parts.size())
            return;
        const qsizetype windowCount = m_parts.size();
        QList<Part> parts;
        parts.reserve(windowCount);
        for (auto &part : m_parts)
            parts.append(std::move(*part));
        m_parts.clear();
        if (!m_mergeOffThread)
            return finish(m_merge(std::move(parts)));
        // A cancel() meanwhile ends the call at once; the merged value is then dropped.
        auto *watcher = new QFutureWatcher<Whole>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            if (!hasEnded())
                finish(watcher->result());
        });
        watcher->setFuture(
            QtConcurrent::run(CloudApi::decodePool(), [merge = m_merge, parts = std::move(parts)]() mutable {
                return merge(std::move(parts));
            }));
    }

    /// Ends the call once: a cancel() may come before the queued end of a call
    /// with no windows, and answers may arrive after an error ended it.
    void finish(ApiResult<Whole> result)
    {
        if (hasEnded())
            return;
        markEnded();
        for (ApiCall &call : m_calls)
            call.cancel(); // their answers come back here and are ignored
        if (m_guard.allowsDelivery())
            m_done(std::move(result));
        deleteLater();
    }

    ReceiverGuard m_guard;
    ApiCallback<Whole> m_done;
    Merge m_merge;
    QList<ApiCall> m_calls;
    QList<std::optional<Part>> m_parts;
    qsizetype m_finishedWindows = 0;
    bool m_mergeOffThread = false;
};

/// One request whose body is decoded on a worker thread: waits for the ApiReply,
/// runs decode(body, httpStatus) on the global thread pool and reports once, back
/// on the CloudApi's thread. A cancel() during the decoding ends the call at once
/// with Cancelled; the value decoded meanwhile is dropped when it arrives.
template<typename T>
class PendingDecode final : public detail::PendingCall
{
public:
    using Decode = std::function<ApiResult<T>(const QByteArray &body, int httpStatus)>;

    PendingDecode(ApiReply *reply, QObject *receiver, ApiCallback<T> done, Decode decode, QObject *parent)
        : PendingCall(parent)
        , m_reply(reply)
        , m_guard(receiver)
        , m_done(std::move(done))
        , m_decode(std::move(decode))
    {
        if (receiver) {
            connect(receiver, &QObject::destroyed, this, [this] {
                m_guard.markGone();
                cancel();
            });
        }
        if (reply->isFinished())
            QMetaObject::invokeMethod(
                this, [this] { onReplyFinished(); }, Qt::QueuedConnection);
        else
            connect(reply, &ApiReply::finished, this, [this] { onReplyFinished(); });
    }

    void cancel() override
    {
        if (hasEnded())
            return;
        if (m_reply) {
            m_reply->cancel(); // ends the reply with Cancelled: onReplyFinished reports it
            return;
        }
        finish(unexpected(ApiError::cancelled()));
    }

private:
    void onReplyFinished()
    {
        ApiReply *reply = std::exchange(m_reply, nullptr);
        if (!reply || hasEnded())
            return;
        reply->deleteLater();
        if (const auto &error = reply->error())
            return finish(unexpected(*error));
        if (!m_guard.allowsDelivery())
            return finish(unexpected(ApiError::cancelled()));
        auto *watcher = new QFutureWatcher<ApiResult<T>>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
            if (!hasEnded())
                finish(watcher->result());
        });
        // The worker gets copies only (the body is implicitly shared): nothing it
        // touches belongs to this thread.
        watcher->setFuture(QtConcurrent::run(CloudApi::decodePool(),
                                             [decode = m_decode, body = reply->rawBody(),
                                              status = reply->httpStatus()] { return decode(body, status); }));
    }

    void finish(ApiResult<T> result)
    {
        if (hasEnded())
            return;
        markEnded();
        if (m_guard.allowsDelivery())
            m_done(std::move(result));
        deleteLater();
    }

    ApiReply *m_reply;
    ReceiverGuard m_guard;
    ApiCallback<T> m_done;
    Decode m_decode;
};

/// Reads the envelope {"status":…, "requestId":…, "result":…} of a successful
/// body, as the scheduler does for the replies it decodes itself. Thread-safe.
std::optional<ApiError> readEnvelope(const QByteArray &body, int httpStatus, QString &requestId, QJsonValue &result)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    std::optional<ApiError> error;
    if (parseError.error != QJsonParseError::NoError) {
        error = ApiError::parse(
            QString(),
            QCoreApplication::translate("ApiError", "the response is not valid JSON (%1 at offset %2)")
                .arg(parseError.errorString())
                .arg(parseError.offset));
    } else if (!document.isObject()) {
        error
            = ApiError::parse(QString(), QCoreApplication::translate("ApiError", "the response is not a JSON object"));
    } else {
        const QJsonObject envelope = document.object();
        requestId = envelope.value(u"requestId").toString();
        if (envelope.contains(u"result"))
            result = envelope.value(u"result");
        else
            error = ApiError::parse(QStringLiteral("result"),
                                    QCoreApplication::translate("ApiError", "the response has no result"));
    }
    if (error) {
        error->httpStatus = httpStatus;
        error->requestId = requestId;
    }
    return error;
}

/// Decodes a whole successful body into T with parse(result, path) -> Expected<T, ParseError>. Thread-safe.
template<typename T, typename Parse>
ApiResult<T> decodeBody(const QByteArray &body, int httpStatus, Parse parse)
{
    QString requestId;
    QJsonValue result;
    if (auto error = readEnvelope(body, httpStatus, requestId, result))
        return unexpected(std::move(*error));
    auto parsed = parse(result, kResultPath);
    if (!parsed) {
        ApiError apiError = ApiError::parse(parsed.error().path, parsed.error().message);
        apiError.httpStatus = httpStatus;
        apiError.requestId = requestId;
        return unexpected(std::move(apiError));
    }
    return std::move(parsed).value();
}

/// decodeBody() for a reply too large to hold as a document: the envelope is
/// walked with a json::Scanner and parseText(scanner, at, path, end) reads the
/// result from the text, piece by piece. Refuses what decodeBody() refuses, with
/// the same messages. Thread-safe.
template<typename T, typename ParseText>
ApiResult<T> decodeBodyText(const QByteArray &body, int httpStatus, ParseText parseText)
{
    json::Scanner scanner(body);
    QString requestId;
    std::optional<Expected<T, ParseError>> parsed;
    const qsizetype start = scanner.skipSpace(0);
    const bool isObject = scanner.byteAt(start) == '{';
    qsizetype end = -1;
    if (isObject) {
        end = scanner.walkObject(start, [&](const QString &key, qsizetype at) -> qsizetype {
            if (key == u"result") {
                qsizetype resultEnd = -1;
                parsed = parseText(scanner, at, kResultPath, resultEnd);
                return resultEnd;
            }
            qsizetype valueEnd = -1;
            const std::optional<QJsonValue> value = scanner.parseValue(at, valueEnd);
            if (value && key == u"requestId")
                requestId = value->toString();
            return value ? valueEnd : -1;
        });
    } else {
        (void)scanner.parseValue(start, end);
    }
    std::optional<ApiError> error;
    if (!scanner.atEnd(end)) {
        error = ApiError::parse(
            QString(),
            QCoreApplication::translate("ApiError", "the response is not valid JSON (%1 at offset %2)")
                .arg(scanner.errorText())
                .arg(scanner.errorOffset()));
    } else if (!isObject) {
        error
            = ApiError::parse(QString(), QCoreApplication::translate("ApiError", "the response is not a JSON object"));
    } else if (!parsed) {
        error = ApiError::parse(QStringLiteral("result"),
                                QCoreApplication::translate("ApiError", "the response has no result"));
    } else if (!*parsed) {
        error = ApiError::parse(parsed->error().path, parsed->error().message);
    }
    if (error) {
        error->httpStatus = httpStatus;
        error->requestId = requestId;
        return unexpected(std::move(*error));
    }
    return std::move(*parsed).value();
}

ApiError parseFailure(const ApiReply *reply, const ParseError &error)
{
    ApiError apiError = ApiError::parse(error.path, error.message);
    apiError.httpStatus = reply->httpStatus();
    apiError.requestId = reply->requestId();
    return apiError;
}

ApiRequest makeRequest(QByteArray method, QString path, RequestPriority priority, const char *operationId)
{
    ApiRequest request = ApiRequest::make(std::move(method), std::move(path), priority);
    request.operationId = QLatin1String(operationId);
    return request;
}

ApiRequest withBody(ApiRequest request, const QJsonObject &body)
{
    request.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return request;
}

} // namespace

CloudApi::CloudApi(RequestScheduler *scheduler, QObject *parent)
    : QObject(parent)
    , m_scheduler(scheduler)
{
}

CloudApi::~CloudApi() = default;

/// One thread fewer than cores: a decode never takes the core the GUI thread
/// needs to keep painting (on two cores, two decodes at once stalled the window).
QThreadPool *CloudApi::decodePool()
{
    // Like QThreadPool::globalInstance(): lives until the process exits.
    static QThreadPool pool;
    static const bool configured = [] {
        pool.setMaxThreadCount(std::max(1, QThread::idealThreadCount() - 1));
        pool.setObjectName(QStringLiteral("chcloud-decode"));
        return true;
    }();
    Q_UNUSED(configured)
    return &pool;
}

QString CloudApi::encodeSegment(const QString &segment)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(segment));
}

QString CloudApi::organizationPath(const QString &organizationId, const QString &rest)
{
    return QLatin1String("/v1/organizations/") + encodeSegment(organizationId) + rest;
}

QString CloudApi::servicePath(const QString &organizationId, const QString &serviceId, const QString &rest)
{
    return organizationPath(organizationId, QLatin1String("/services/") + encodeSegment(serviceId) + rest);
}

template<typename T, typename Parse>
ApiCall CloudApi::submit(ApiRequest request, QObject *context, ApiCallback<T> done, Parse parse)
{
    ApiReply *reply = m_scheduler->submit(std::move(request));
    auto deliver = [done = std::move(done), parse = std::move(parse)](ApiReply *finished) {
        if (const auto &error = finished->error()) {
            done(unexpected(*error));
            return;
        }
        done(parse(finished));
    };
    return ApiCall(new PendingReply(reply, context, std::move(deliver), this));
}

template<typename T>
ApiCall CloudApi::submitObject(ApiRequest request, QObject *context, ApiCallback<T> done)
{
    return submit<T>(std::move(request), context, std::move(done), [](const ApiReply *reply) -> ApiResult<T> {
        auto parsed = T::fromJson(reply->result(), kResultPath);
        if (!parsed)
            return unexpected(parseFailure(reply, parsed.error()));
        return std::move(parsed).value();
    });
}

template<typename T>
ApiCall CloudApi::submitList(ApiRequest request, QObject *context, ApiCallback<QList<T>> done)
{
    return submit<QList<T>>(std::move(request), context, std::move(done),
                            [](const ApiReply *reply) -> ApiResult<QList<T>> {
                                auto parsed = json::parseList<T>(reply->result(), kResultPath);
                                if (!parsed)
                                    return unexpected(parseFailure(reply, parsed.error()));
                                return std::move(parsed).value();
                            });
}

template<typename T>
ApiCall CloudApi::submitRows(ApiRequest request, QObject *context, ApiCallback<json::RowList<T>> done)
{
    return submit<json::RowList<T>>(std::move(request), context, std::move(done),
                                    [](const ApiReply *reply) -> ApiResult<json::RowList<T>> {
                                        auto parsed = json::parseRows<T>(reply->result(), kResultPath);
                                        if (!parsed)
                                            return unexpected(parseFailure(reply, parsed.error()));
                                        return std::move(parsed).value();
                                    });
}

template<typename T>
ApiCall CloudApi::submitDecoded(ApiRequest request, QObject *context, ApiCallback<T> done, BodyDecoder<T> decode)
{
    // The scheduler hands over the body as it came; the envelope is read with the rest, off this thread.
    request.format = ResponseFormat::JsonText;
    ApiReply *reply = m_scheduler->submit(std::move(request));
    return ApiCall(new PendingDecode<T>(reply, context, std::move(done), std::move(decode), this));
}

template<typename T>
ApiCall CloudApi::submitRowsOffThread(ApiRequest request, QObject *context, ApiCallback<json::RowList<T>> done)
{
    return submitDecoded<json::RowList<T>>(
        std::move(request), context, std::move(done), [](const QByteArray &body, int httpStatus) {
            return decodeBody<json::RowList<T>>(body, httpStatus, &json::parseRows<T>);
        });
}

ApiCall CloudApi::submitNothing(ApiRequest request, QObject *context, ApiCallback<Nothing> done)
{
    return submit<Nothing>(std::move(request), context, std::move(done),
                           [](const ApiReply *) -> ApiResult<Nothing> { return Nothing {}; });
}

ApiCall CloudApi::submitText(ApiRequest request, QObject *context, ApiCallback<QString> done)
{
    request.format = ResponseFormat::Text;
    return submit<QString>(
        std::move(request), context, std::move(done),
        [](const ApiReply *reply) -> ApiResult<QString> { return QString::fromUtf8(reply->rawBody()); });
}

// Organizations

ApiCall CloudApi::organizationGetList(RequestPriority priority, QObject *context, ApiCallback<QList<Organization>> done)
{
    return submitList<Organization>(
        makeRequest("GET", QStringLiteral("/v1/organizations"), priority, "organizationGetList"), context,
        std::move(done));
}

ApiCall CloudApi::organizationGet(const QString &organizationId, RequestPriority priority, QObject *context,
                                  ApiCallback<Organization> done)
{
    return submitObject<Organization>(makeRequest("GET", organizationPath(organizationId), priority, "organizationGet"),
                                      context, std::move(done));
}

ApiCall CloudApi::organizationUpdate(const QString &organizationId, const OrganizationUpdateRequest &body,
                                     RequestPriority priority, QObject *context, ApiCallback<Organization> done)
{
    return submitObject<Organization>(
        withBody(makeRequest("PATCH", organizationPath(organizationId), priority, "organizationUpdate"), body.toJson()),
        context, std::move(done));
}

ApiCall CloudApi::organizationPrometheusGet(const QString &organizationId, bool filteredMetrics,
                                            RequestPriority priority, QObject *context, ApiCallback<QString> done)
{
    ApiRequest request = makeRequest("GET", organizationPath(organizationId, QStringLiteral("/prometheus")), priority,
                                     "organizationPrometheusGet");
    if (filteredMetrics)
        request.query.addQueryItem(QStringLiteral("filtered_metrics"), QStringLiteral("true"));
    return submitText(std::move(request), context, std::move(done));
}

ApiCall CloudApi::organizationRolesGetList(const QString &organizationId, RequestPriority priority, QObject *context,
                                           ApiCallback<json::RowList<Role>> done)
{
    return submitRows<Role>(makeRequest("GET", organizationPath(organizationId, QStringLiteral("/roles")), priority,
                                        "organizationRolesGetList"),
                            context, std::move(done));
}

ApiCall CloudApi::organizationRoleGet(const QString &organizationId, const QString &roleId, RequestPriority priority,
                                      QObject *context, ApiCallback<Role> done)
{
    return submitObject<Role>(
        makeRequest("GET", organizationPath(organizationId, QLatin1String("/roles/") + encodeSegment(roleId)), priority,
                    "organizationRoleGet"),
        context, std::move(done));
}

ApiCall CloudApi::organizationPrivateEndpointConfigGetList(const QString &organizationId, const QString &cloudProvider,
                                                           const QString &regionId, RequestPriority priority,
                                                           QObject *context, ApiCallback<PrivateEndpointConfig> done)
{
    ApiRequest request = makeRequest("GET", organizationPath(organizationId, QStringLiteral("/privateEndpointConfig")),
                                     priority, "organizationPrivateEndpointConfigGetList");
    request.query.addQueryItem(QStringLiteral("cloud_provider"), cloudProvider);
    request.query.addQueryItem(QStringLiteral("region_id"), regionId);
    return submitObject<PrivateEndpointConfig>(std::move(request), context, std::move(done));
}

// Services

ApiCall CloudApi::instanceGetList(const QString &organizationId, const QStringList &tagFilters,
                                  RequestPriority priority, QObject *context, ApiCallback<json::RowList<Service>> done)
{
    ApiRequest request = makeRequest("GET", organizationPath(organizationId, QStringLiteral("/services")), priority,
                                     "instanceGetList");
    for (const QString &filter : tagFilters)
        request.query.addQueryItem(QStringLiteral("filter"), filter);
    // Two thousand services are megabytes of JSON: read off the GUI thread.
    return submitRowsOffThread<Service>(std::move(request), context, std::move(done));
}

ApiCall CloudApi::instanceCreate(const QString &organizationId, const ServiceCreateRequest &body,
                                 RequestPriority priority, QObject *context, ApiCallback<ServiceCreateResult> done)
{
    return submitObject<ServiceCreateResult>(
        withBody(makeRequest("POST", organizationPath(organizationId, QStringLiteral("/services")), priority,
                             "instanceCreate"),
                 body.toJson()),
        context, std::move(done));
}

ApiCall CloudApi::instanceGet(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                              QObject *context, ApiCallback<Service> done)
{
    return submitObject<Service>(makeRequest("GET", servicePath(organizationId, serviceId), priority, "instanceGet"),
                                 context, std::move(done));
}

ApiCall CloudApi::instanceUpdate(const QString &organizationId, const QString &serviceId,
                                 const ServicePatchRequest &body, RequestPriority priority, QObject *context,
                                 ApiCallback<Service> done)
{
    return submitObject<Service>(
        withBody(makeRequest("PATCH", servicePath(organizationId, serviceId), priority, "instanceUpdate"),
                 body.toJson()),
        context, std::move(done));
}

ApiCall CloudApi::instanceDelete(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                                 QObject *context, ApiCallback<Nothing> done)
{
    return submitNothing(makeRequest("DELETE", servicePath(organizationId, serviceId), priority, "instanceDelete"),
                         context, std::move(done));
}

ApiCall CloudApi::instanceStateUpdate(const QString &organizationId, const QString &serviceId, ServiceCommand command,
                                      RequestPriority priority, QObject *context, ApiCallback<Service> done)
{
    ApiRequest request = withBody(makeRequest("PATCH", servicePath(organizationId, serviceId, QStringLiteral("/state")),
                                              priority, "instanceStateUpdate"),
                                  serviceStateRequestJson(command));
    request.idempotent = true; // asking twice for the same state changes nothing more
    return submitObject<Service>(std::move(request), context, std::move(done));
}

ApiCall CloudApi::instanceScalingUpdate(const QString &organizationId, const QString &serviceId,
                                        const ScalingRequest &body, RequestPriority priority, QObject *context,
                                        ApiCallback<Service> done)
{
    return submitObject<Service>(
        withBody(makeRequest("PATCH", servicePath(organizationId, serviceId, QStringLiteral("/scaling")), priority,
                             "instanceScalingUpdate"),
                 body.toJson()),
        context, std::move(done));
}

ApiCall CloudApi::instanceReplicaScalingUpdate(const QString &organizationId, const QString &serviceId,
                                               const ReplicaScalingRequest &body, RequestPriority priority,
                                               QObject *context, ApiCallback<Service> done)
{
    return submitObject<Service>(
        withBody(makeRequest("PATCH", servicePath(organizationId, serviceId, QStringLiteral("/replicaScaling")),
                             priority, "instanceReplicaScalingUpdate"),
                 body.toJson()),
        context, std::move(done));
}

ApiCall CloudApi::instancePasswordUpdate(const QString &organizationId, const QString &serviceId,
                                         const ServicePasswordRequest &body, RequestPriority priority, QObject *context,
                                         ApiCallback<ServicePasswordResult> done)
{
    return submitObject<ServicePasswordResult>(
        withBody(makeRequest("PATCH", servicePath(organizationId, serviceId, QStringLiteral("/password")), priority,
                             "instancePasswordUpdate"),
                 body.toJson()),
        context, std::move(done));
}

ApiCall CloudApi::instancePrometheusGet(const QString &organizationId, const QString &serviceId, bool filteredMetrics,
                                        RequestPriority priority, QObject *context, ApiCallback<QString> done)
{
    ApiRequest request = makeRequest("GET", servicePath(organizationId, serviceId, QStringLiteral("/prometheus")),
                                     priority, "instancePrometheusGet");
    if (filteredMetrics)
        request.query.addQueryItem(QStringLiteral("filtered_metrics"), QStringLiteral("true"));
    return submitText(std::move(request), context, std::move(done));
}

// Backups

ApiCall CloudApi::backupGetList(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                                QObject *context, ApiCallback<json::RowList<Backup>> done)
{
    return submitRows<Backup>(makeRequest("GET", servicePath(organizationId, serviceId, QStringLiteral("/backups")),
                                          priority, "backupGetList"),
                              context, std::move(done));
}

ApiCall CloudApi::backupGet(const QString &organizationId, const QString &serviceId, const QString &backupId,
                            RequestPriority priority, QObject *context, ApiCallback<Backup> done)
{
    return submitObject<Backup>(
        makeRequest("GET", servicePath(organizationId, serviceId, QLatin1String("/backups/") + encodeSegment(backupId)),
                    priority, "backupGet"),
        context, std::move(done));
}

ApiCall CloudApi::backupConfigurationGet(const QString &organizationId, const QString &serviceId,
                                         RequestPriority priority, QObject *context,
                                         ApiCallback<BackupConfiguration> done)
{
    return submitObject<BackupConfiguration>(
        makeRequest("GET", servicePath(organizationId, serviceId, QStringLiteral("/backupConfiguration")), priority,
                    "backupConfigurationGet"),
        context, std::move(done));
}

ApiCall CloudApi::backupConfigurationUpdate(const QString &organizationId, const QString &serviceId,
                                            const BackupConfigurationUpdateRequest &body, RequestPriority priority,
                                            QObject *context, ApiCallback<BackupConfiguration> done)
{
    return submitObject<BackupConfiguration>(
        withBody(makeRequest("PATCH", servicePath(organizationId, serviceId, QStringLiteral("/backupConfiguration")),
                             priority, "backupConfigurationUpdate"),
                 body.toJson()),
        context, std::move(done));
}

// API keys

ApiCall CloudApi::openapiKeyGetList(const QString &organizationId, RequestPriority priority, QObject *context,
                                    ApiCallback<json::RowList<ApiKey>> done)
{
    return submitRows<ApiKey>(
        makeRequest("GET", organizationPath(organizationId, QStringLiteral("/keys")), priority, "openapiKeyGetList"),
        context, std::move(done));
}

ApiCall CloudApi::openapiKeyCreate(const QString &organizationId, const ApiKeyCreateRequest &body,
                                   RequestPriority priority, QObject *context, ApiCallback<ApiKeyCreateResult> done)
{
    return submitObject<ApiKeyCreateResult>(
        withBody(makeRequest("POST", organizationPath(organizationId, QStringLiteral("/keys")), priority,
                             "openapiKeyCreate"),
                 body.toJson()),
        context, std::move(done));
}

ApiCall CloudApi::openapiKeyGet(const QString &organizationId, const QString &keyId, RequestPriority priority,
                                QObject *context, ApiCallback<ApiKey> done)
{
    return submitObject<ApiKey>(
        makeRequest("GET", organizationPath(organizationId, QLatin1String("/keys/") + encodeSegment(keyId)), priority,
                    "openapiKeyGet"),
        context, std::move(done));
}

ApiCall CloudApi::openapiKeyUpdate(const QString &organizationId, const QString &keyId, const ApiKeyUpdateRequest &body,
                                   RequestPriority priority, QObject *context, ApiCallback<ApiKey> done)
{
    return submitObject<ApiKey>(
        withBody(makeRequest("PATCH", organizationPath(organizationId, QLatin1String("/keys/") + encodeSegment(keyId)),
                             priority, "openapiKeyUpdate"),
                 body.toJson()),
        context, std::move(done));
}

ApiCall CloudApi::openapiKeyDelete(const QString &organizationId, const QString &keyId, RequestPriority priority,
                                   QObject *context, ApiCallback<Nothing> done)
{
    return submitNothing(makeRequest("DELETE",
                                     organizationPath(organizationId, QLatin1String("/keys/") + encodeSegment(keyId)),
                                     priority, "openapiKeyDelete"),
                         context, std::move(done));
}

// Members and invitations

ApiCall CloudApi::memberGetList(const QString &organizationId, RequestPriority priority, QObject *context,
                                ApiCallback<json::RowList<Member>> done)
{
    return submitRows<Member>(
        makeRequest("GET", organizationPath(organizationId, QStringLiteral("/members")), priority, "memberGetList"),
        context, std::move(done));
}

ApiCall CloudApi::memberGet(const QString &organizationId, const QString &userId, RequestPriority priority,
                            QObject *context, ApiCallback<Member> done)
{
    return submitObject<Member>(
        makeRequest("GET", organizationPath(organizationId, QLatin1String("/members/") + encodeSegment(userId)),
                    priority, "memberGet"),
        context, std::move(done));
}

ApiCall CloudApi::memberUpdate(const QString &organizationId, const QString &userId, const MemberUpdateRequest &body,
                               RequestPriority priority, QObject *context, ApiCallback<Member> done)
{
    return submitObject<Member>(
        withBody(makeRequest("PATCH",
                             organizationPath(organizationId, QLatin1String("/members/") + encodeSegment(userId)),
                             priority, "memberUpdate"),
                 body.toJson()),
        context, std::move(done));
}

ApiCall CloudApi::memberDelete(const QString &organizationId, const QString &userId, RequestPriority priority,
                               QObject *context, ApiCallback<Nothing> done)
{
    return submitNothing(
        makeRequest("DELETE", organizationPath(organizationId, QLatin1String("/members/") + encodeSegment(userId)),
                    priority, "memberDelete"),
        context, std::move(done));
}

ApiCall CloudApi::invitationGetList(const QString &organizationId, RequestPriority priority, QObject *context,
                                    ApiCallback<json::RowList<Invitation>> done)
{
    return submitRows<Invitation>(makeRequest("GET", organizationPath(organizationId, QStringLiteral("/invitations")),
                                              priority, "invitationGetList"),
                                  context, std::move(done));
}

ApiCall CloudApi::invitationCreate(const QString &organizationId, const InvitationCreateRequest &body,
                                   RequestPriority priority, QObject *context, ApiCallback<Invitation> done)
{
    return submitObject<Invitation>(
        withBody(makeRequest("POST", organizationPath(organizationId, QStringLiteral("/invitations")), priority,
                             "invitationCreate"),
                 body.toJson()),
        context, std::move(done));
}

ApiCall CloudApi::invitationGet(const QString &organizationId, const QString &invitationId, RequestPriority priority,
                                QObject *context, ApiCallback<Invitation> done)
{
    return submitObject<Invitation>(
        makeRequest("GET",
                    organizationPath(organizationId, QLatin1String("/invitations/") + encodeSegment(invitationId)),
                    priority, "invitationGet"),
        context, std::move(done));
}

ApiCall CloudApi::invitationDelete(const QString &organizationId, const QString &invitationId, RequestPriority priority,
                                   QObject *context, ApiCallback<Nothing> done)
{
    return submitNothing(
        makeRequest("DELETE",
                    organizationPath(organizationId, QLatin1String("/invitations/") + encodeSegment(invitationId)),
                    priority, "invitationDelete"),
        context, std::move(done));
}

// Activity and usage

ApiCall CloudApi::activityGetList(const QString &organizationId, const QDateTime &from, const QDateTime &to,
                                  RequestPriority priority, QObject *context, ApiCallback<json::RowList<Activity>> done)
{
    ApiRequest request = makeRequest("GET", organizationPath(organizationId, QStringLiteral("/activities")), priority,
                                     "activityGetList");
    if (from.isValid())
        request.query.addQueryItem(QStringLiteral("from_date"), json::formatDateTime(from));
    if (to.isValid())
        request.query.addQueryItem(QStringLiteral("to_date"), json::formatDateTime(to));
    return submitRowsOffThread<Activity>(std::move(request), context, std::move(done));
}

ApiCall CloudApi::activityGet(const QString &organizationId, const QString &activityId, RequestPriority priority,
                              QObject *context, ApiCallback<Activity> done)
{
    return submitObject<Activity>(
        makeRequest("GET", organizationPath(organizationId, QLatin1String("/activities/") + encodeSegment(activityId)),
                    priority, "activityGet"),
        context, std::move(done));
}

ApiCall CloudApi::usageCostGet(const QString &organizationId, QDate from, QDate to, RequestPriority priority,
                               QObject *context, ApiCallback<UsageCost> done)
{
    ApiRequest request
        = makeRequest("GET", organizationPath(organizationId, QStringLiteral("/usageCost")), priority, "usageCostGet");
    request.query.addQueryItem(QStringLiteral("from_date"), json::formatDate(from));
    request.query.addQueryItem(QStringLiteral("to_date"), json::formatDate(to));
    // A month of a large organization's usage is tens of megabytes: read off the GUI thread.
    return submitDecoded<UsageCost>(std::move(request), context, std::move(done),
                                    [](const QByteArray &body, int httpStatus) {
                                        return decodeBody<UsageCost>(body, httpStatus, &UsageCost::fromJson);
                                    });
}

QList<QPair<QDate, QDate>> CloudApi::dateWindows(QDate from, QDate to, int maxDays)
{
    QList<QPair<QDate, QDate>> windows;
    if (!from.isValid() || !to.isValid() || from > to || maxDays < 1)
        return windows;
    for (QDate start = from; start <= to;) {
        const QDate end = std::min(start.addDays(maxDays - 1), to);
        windows.append({ start, end });
        start = end.addDays(1);
    }
    return windows;
}

QList<QPair<QDateTime, QDateTime>> CloudApi::dateTimeWindows(const QDateTime &from, const QDateTime &to, int maxDays)
{
    QList<QPair<QDateTime, QDateTime>> windows;
    if (!from.isValid() || !to.isValid() || from > to || maxDays < 1)
        return windows;
    QDateTime start = from;
    do {
        const QDateTime end = std::min(start.addDays(maxDays), to);
        windows.append({ start, end });
        start = end;
    } while (start < to);
    return windows;
}

ApiCall CloudApi::activityGetRange(const QString &organizationId, const QDateTime &from, const QDateTime &to,
                                   RequestPriority priority, QObject *context,
                                   ApiCallback<json::RowList<Activity>> done)
{
    const auto windows = dateTimeWindows(from, to);
    auto merge = [](QList<json::RowList<Activity>> parts) {
        json::RowList<Activity> merged;
        QSet<QString> seen;
        QSet<QString> seenUnreadable;
        for (json::RowList<Activity> &part : parts) {
            for (Activity &activity : part.rows) {
                // Windows share their edges: an activity exactly there comes twice.
                if (!seen.contains(activity.id)) {
                    seen.insert(activity.id);
                    merged.rows.append(std::move(activity));
                }
            }
            for (json::UnreadableRow &row : part.unreadable) {
                if (row.id.isEmpty() || !seenUnreadable.contains(row.id)) {
                    seenUnreadable.insert(row.id);
                    merged.unreadable.append(std::move(row));
                }
            }
        }
        std::stable_sort(merged.rows.begin(), merged.rows.end(),
                         [](const Activity &a, const Activity &b) { return a.createdAt < b.createdAt; });
        return merged;
    };
    using Rows = json::RowList<Activity>;
    auto *call = new WindowedCall<Rows, Rows>(context, std::move(done), merge, this);
    call->start(int(windows.size()), [&](int window, QObject *receiver, ApiCallback<Rows> partDone) {
        return activityGetList(organizationId, windows[window].first, windows[window].second, priority, receiver,
                               std::move(partDone));
    });
    return ApiCall(call);
}

ApiCall CloudApi::usageCostGetRange(const QString &organizationId, QDate from, QDate to, RequestPriority priority,
                                    QObject *context, ApiCallback<UsageCost> done)
{
    const auto windows = dateWindows(from, to);
    auto *call = new WindowedCall<UsageCost, UsageCost>(context, std::move(done), &UsageCost::merge, this);
    call->start(int(windows.size()), [&](int window, QObject *receiver, ApiCallback<UsageCost> partDone) {
        return usageCostGet(organizationId, windows[window].first, windows[window].second, priority, receiver,
                            std::move(partDone));
    });
    return ApiCall(call);
}

ApiCall CloudApi::activityLogGetList(const QString &organizationId, const QDateTime &from, const QDateTime &to,
                                     RequestPriority priority, QObject *context, ApiCallback<ActivityLog> done)
{
    ApiRequest request = makeRequest("GET", organizationPath(organizationId, QStringLiteral("/activities")), priority,
                                     "activityGetList");
    if (from.isValid())
        request.query.addQueryItem(QStringLiteral("from_date"), json::formatDateTime(from));
    if (to.isValid())
        request.query.addQueryItem(QStringLiteral("to_date"), json::formatDateTime(to));
    return submitDecoded<ActivityLog>(std::move(request), context, std::move(done),
                                      [](const QByteArray &body, int httpStatus) {
                                          return decodeBody<ActivityLog>(body, httpStatus, &ActivityLog::fromJson);
                                      });
}

ApiCall CloudApi::activityLogGetRange(const QString &organizationId, const QDateTime &from, const QDateTime &to,
                                      RequestPriority priority, QObject *context, ApiCallback<ActivityLog> done)
{
    const auto windows = dateTimeWindows(from, to);
    auto *call = new WindowedCall<ActivityLog, ActivityLog>(
        context, std::move(done), [](const QList<ActivityLog> &parts) { return ActivityLog::merge(parts); }, this,
        true);
    call->start(int(windows.size()), [&](int window, QObject *receiver, ApiCallback<ActivityLog> partDone) {
        return activityLogGetList(organizationId, windows[window].first, windows[window].second, priority, receiver,
                                  std::move(partDone));
    });
    return ApiCall(call);
}

ApiCall CloudApi::usageLogGet(const QString &organizationId, QDate from, QDate to, RequestPriority priority,
                              QObject *context, ApiCallback<UsageLog> done)
{
    ApiRequest request
        = makeRequest("GET", organizationPath(organizationId, QStringLiteral("/usageCost")), priority, "usageCostGet");
    request.query.addQueryItem(QStringLiteral("from_date"), json::formatDate(from));
    request.query.addQueryItem(QStringLiteral("to_date"), json::formatDate(to));
    // A month of a large organization is tens of megabytes: read record by record.
    return submitDecoded<UsageLog>(std::move(request), context, std::move(done),
                                   [](const QByteArray &body, int httpStatus) {
                                       return decodeBodyText<UsageLog>(body, httpStatus, &UsageLog::fromJsonText);
                                   });
}

ApiCall CloudApi::usageLogGetRange(const QString &organizationId, QDate from, QDate to, RequestPriority priority,
                                   QObject *context, ApiCallback<UsageLog> done)
{
    const auto windows = dateWindows(from, to);
    auto *call = new WindowedCall<UsageLog, UsageLog>(
        context, std::move(done), [](const QList<UsageLog> &parts) { return UsageLog::merge(parts); }, this, true);
    call->start(int(windows.size()), [&](int window, QObject *receiver, ApiCallback<UsageLog> partDone) {
        return usageLogGet(organizationId, windows[window].first, windows[window].second, priority, receiver,
                           std::move(partDone));
    });
    return ApiCall(call);
}

// ---- Service configuration: ClickHouse settings, scaling schedule, upgrade window,
// ---- backup bucket, per-service private endpoints.

namespace {

QString settingPath(const QString &settingName)
{
    return QLatin1String("/clickhouseSettings/") + CloudApi::encodeSegment(settingName);
}

} // namespace

ApiCall CloudApi::serviceClickhouseSettingsListGet(const QString &organizationId, const QString &serviceId,
                                                   RequestPriority priority, QObject *context,
                                                   ApiCallback<ClickhouseSettingsList> done)
{
    return submitObject<ClickhouseSettingsList>(
        makeRequest("GET", servicePath(organizationId, serviceId, QStringLiteral("/clickhouseSettings")), priority,
                    "serviceClickhouseSettingsListGet"),
        context, std::move(done));
}

ApiCall CloudApi::serviceClickhouseSettingsSchemaGet(const QString &organizationId, const QString &serviceId,
                                                     RequestPriority priority, QObject *context,
                                                     ApiCallback<ClickhouseSettingsSchema> done)
{
    return submitObject<ClickhouseSettingsSchema>(
        makeRequest("GET", servicePath(organizationId, serviceId, QStringLiteral("/clickhouseSettings/schema")),
                    priority, "serviceClickhouseSettingsSchemaGet"),
        context, std::move(done));
}

ApiCall CloudApi::serviceClickhouseSettingGet(const QString &organizationId, const QString &serviceId,
                                              const QString &settingName, RequestPriority priority, QObject *context,
                                              ApiCallback<ClickhouseSetting> done)
{
    return submitObject<ClickhouseSetting>(makeRequest("GET",
                                                       servicePath(organizationId, serviceId, settingPath(settingName)),
                                                       priority, "serviceClickhouseSettingGet"),
                                           context, std::move(done));
}

ApiCall CloudApi::serviceClickhouseSettingsUpdate(const QString &organizationId, const QString &serviceId,
                                                  const ClickhouseSettingsUpdateRequest &body, RequestPriority priority,
                                                  QObject *context, ApiCallback<ClickhouseSettingsUpdateResult> done)
{
    return submitObject<ClickhouseSettingsUpdateResult>(
        withBody(makeRequest("PATCH", servicePath(organizationId, serviceId, QStringLiteral("/clickhouseSettings")),
                             priority, "serviceClickhouseSettingsUpdate"),
                 body.toJson()),
        context, std::move(done));
}

ApiCall CloudApi::serviceClickhouseSettingDelete(const QString &organizationId, const QString &serviceId,
                                                 const QString &settingName, RequestPriority priority, QObject *context,
                                                 ApiCallback<Nothing> done)
{
    return submitNothing(makeRequest("DELETE", servicePath(organizationId, serviceId, settingPath(settingName)),
                                     priority, "serviceClickhouseSettingDelete"),
                         context, std::move(done));
}

ApiCall CloudApi::scalingScheduleGet(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                                     QObject *context, ApiCallback<ScalingSchedule> done)
{
    return submitObject<ScalingSchedule>(
        makeRequest("GET", servicePath(organizationId, serviceId, QStringLiteral("/scalingSchedule")), priority,
                    "scalingScheduleGet"),
        context, std::move(done));
}

ApiCall CloudApi::scalingScheduleUpsert(const QString &organizationId, const QString &serviceId,
                                        const ScalingScheduleRequest &body, RequestPriority priority, QObject *context,
                                        ApiCallback<ScalingSchedule> done)
{
    return submitObject<ScalingSchedule>(
        withBody(makeRequest("POST", servicePath(organizationId, serviceId, QStringLiteral("/scalingSchedule")),
                             priority, "scalingScheduleUpsert"),
                 body.toJson()),
        context, std::move(done));
}

ApiCall CloudApi::scalingScheduleDelete(const QString &organizationId, const QString &serviceId,
                                        RequestPriority priority, QObject *context, ApiCallback<Nothing> done)
{
    return submitNothing(makeRequest("DELETE",
                                     servicePath(organizationId, serviceId, QStringLiteral("/scalingSchedule")),
                                     priority, "scalingScheduleDelete"),
                         context, std::move(done));
}

ApiCall CloudApi::upgradeWindowGet(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                                   QObject *context, ApiCallback<UpgradeWindow> done)
{
    return submitObject<UpgradeWindow>(
        makeRequest("GET", servicePath(organizationId, serviceId, QStringLiteral("/upgradeWindow")), priority,
                    "upgradeWindowGet"),
        context, std::move(done));
}

ApiCall CloudApi::upgradeWindowUpdate(const QString &organizationId, const QString &serviceId,
                                      const UpgradeWindowRequest &body, RequestPriority priority, QObject *context,
                                      ApiCallback<UpgradeWindow> done)
{
    return submitObject<UpgradeWindow>(
        withBody(makeRequest("PUT", servicePath(organizationId, serviceId, QStringLiteral("/upgradeWindow")), priority,
                             "upgradeWindowUpdate"),
                 body.toJson()),
        context, std::move(done));
}

ApiCall CloudApi::upgradeWindowDelete(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                                      QObject *context, ApiCallback<Nothing> done)
{
    return submitNothing(makeRequest("DELETE", servicePath(organizationId, serviceId, QStringLiteral("/upgradeWindow")),
                                     priority, "upgradeWindowDelete"),
                         context, std::move(done));
}

ApiCall CloudApi::backupBucketGet(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                                  QObject *context, ApiCallback<BackupBucket> done)
{
    return submitObject<BackupBucket>(
        makeRequest("GET", servicePath(organizationId, serviceId, QStringLiteral("/backupBucket")), priority,
                    "backupBucketGet"),
        context, std::move(done));
}

ApiCall CloudApi::backupBucketCreate(const QString &organizationId, const QString &serviceId,
                                     const BackupBucketRequest &body, RequestPriority priority, QObject *context,
                                     ApiCallback<BackupBucket> done)
{
    return submitObject<BackupBucket>(
        withBody(makeRequest("POST", servicePath(organizationId, serviceId, QStringLiteral("/backupBucket")), priority,
                             "backupBucketCreate"),
                 body.toJson()),
        context, std::move(done));
}

ApiCall CloudApi::backupBucketUpdate(const QString &organizationId, const QString &serviceId,
                                     const BackupBucketRequest &body, RequestPriority priority, QObject *context,
                                     ApiCallback<BackupBucket> done)
{
    return submitObject<BackupBucket>(
        withBody(makeRequest("PATCH", servicePath(organizationId, serviceId, QStringLiteral("/backupBucket")), priority,
                             "backupBucketUpdate"),
                 body.toJson(true)),
        context, std::move(done));
}

ApiCall CloudApi::backupBucketDelete(const QString &organizationId, const QString &serviceId, RequestPriority priority,
                                     QObject *context, ApiCallback<Nothing> done)
{
    return submitNothing(makeRequest("DELETE", servicePath(organizationId, serviceId, QStringLiteral("/backupBucket")),
                                     priority, "backupBucketDelete"),
                         context, std::move(done));
}

ApiCall CloudApi::instancePrivateEndpointConfigGet(const QString &organizationId, const QString &serviceId,
                                                   RequestPriority priority, QObject *context,
                                                   ApiCallback<PrivateEndpointConfig> done)
{
    return submitObject<PrivateEndpointConfig>(
        makeRequest("GET", servicePath(organizationId, serviceId, QStringLiteral("/privateEndpointConfig")), priority,
                    "instancePrivateEndpointConfigGet"),
        context, std::move(done));
}

ApiCall CloudApi::instancePrivateEndpointCreate(const QString &organizationId, const QString &serviceId,
                                                const ServicePrivateEndpointRequest &body, RequestPriority priority,
                                                QObject *context, ApiCallback<ServicePrivateEndpoint> done)
{
    return submitObject<ServicePrivateEndpoint>(
        withBody(makeRequest("POST", servicePath(organizationId, serviceId, QStringLiteral("/privateEndpoint")),
                             priority, "instancePrivateEndpointCreate"),
                 body.toJson()),
        context, std::move(done));
}

// --- Roles, quotas and query endpoints (2026-07 document) -------------------------

namespace {

QString rolePath(const QString &organizationId, const QString &roleId)
{
    return CloudApi::organizationPath(organizationId, QLatin1String("/roles/") + CloudApi::encodeSegment(roleId));
}

} // namespace

ApiCall CloudApi::organizationRolePost(const QString &organizationId, const RoleCreateRequest &body,
                                       RequestPriority priority, QObject *context, ApiCallback<Role> done)
{
    return submitObject<Role>(withBody(makeRequest("POST", organizationPath(organizationId, QStringLiteral("/roles")),
                                                   priority, "organizationRolePost"),
                                       body.toJson()),
                              context, std::move(done));
}

ApiCall CloudApi::organizationRolePatch(const QString &organizationId, const QString &roleId,
                                        const RoleUpdateRequest &body, RequestPriority priority, QObject *context,
                                        ApiCallback<Role> done)
{
    return submitObject<Role>(
        withBody(makeRequest("PATCH", rolePath(organizationId, roleId), priority, "organizationRolePatch"),
                 body.toJson()),
        context, std::move(done));
}

ApiCall CloudApi::organizationRoleDelete(const QString &organizationId, const QString &roleId, RequestPriority priority,
                                         QObject *context, ApiCallback<Nothing> done)
{
    return submitNothing(makeRequest("DELETE", rolePath(organizationId, roleId), priority, "organizationRoleDelete"),
                         context, std::move(done));
}

ApiCall CloudApi::organizationQuotasGetList(const QString &organizationId, RequestPriority priority, QObject *context,
                                            ApiCallback<QList<OrganizationQuota>> done)
{
    return submitList<OrganizationQuota>(makeRequest("GET", organizationPath(organizationId, QStringLiteral("/quotas")),
                                                     priority, "organizationQuotasGetList"),
                                         context, std::move(done));
}

ApiCall CloudApi::organizationQuotaGet(const QString &organizationId, const QString &quotaCode,
                                       RequestPriority priority, QObject *context, ApiCallback<OrganizationQuota> done)
{
    return submitObject<OrganizationQuota>(
        makeRequest("GET", organizationPath(organizationId, QLatin1String("/quotas/") + encodeSegment(quotaCode)),
                    priority, "organizationQuotaGet"),
        context, std::move(done));
}

ApiCall CloudApi::instanceQueryEndpointGet(const QString &organizationId, const QString &serviceId,
                                           RequestPriority priority, QObject *context,
                                           ApiCallback<ServiceQueryEndpoint> done)
{
    return submitObject<ServiceQueryEndpoint>(
        makeRequest("GET", servicePath(organizationId, serviceId, QStringLiteral("/serviceQueryEndpoint")), priority,
                    "instanceQueryEndpointGet"),
        context, std::move(done));
}

ApiCall CloudApi::instanceQueryEndpointUpsert(const QString &organizationId, const QString &serviceId,
                                              const QueryEndpointRequest &body, RequestPriority priority,
                                              QObject *context, ApiCallback<ServiceQueryEndpoint> done)
{
    ApiRequest request
        = withBody(makeRequest("POST", servicePath(organizationId, serviceId, QStringLiteral("/serviceQueryEndpoint")),
                               priority, "instanceQueryEndpointUpsert"),
                   body.toJson());
    request.idempotent = true; // an upsert of the same settings twice leaves the same endpoint
    return submitObject<ServiceQueryEndpoint>(std::move(request), context, std::move(done));
}

ApiCall CloudApi::instanceQueryEndpointDelete(const QString &organizationId, const QString &serviceId,
                                              RequestPriority priority, QObject *context, ApiCallback<Nothing> done)
{
    return submitNothing(makeRequest("DELETE",
                                     servicePath(organizationId, serviceId, QStringLiteral("/serviceQueryEndpoint")),
                                     priority, "instanceQueryEndpointDelete"),
                         context, std::move(done));
}

} // namespace chcloud
