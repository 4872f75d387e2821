#include "Emulator.h"

#include "DeterministicRandom.h"
#include "Seeder.h"
#include "StateFile.h"
#include "Validation.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

Emulator::Emulator(const EmulatorOptions &options)
    : m_options(options)
    , m_authenticator(m_store)
    , m_rateLimiter(options.rateLimit, options.rateWindowMs)
    , m_faults(options.faults)
    , m_stateMachine(m_store, options.transitionMs, options.deleteConflictMs)
    , m_controlToken(DeterministicRandom::secureToken(32).toLatin1())
{
    registerOrganizationRoutes(m_router);
    registerServiceRoutes(m_router);
    registerBackupRoutes(m_router);
    registerKeyRoutes(m_router);
    registerMemberRoutes(m_router);
    registerActivityRoutes(m_router);
    registerSettingsRoutes(m_router);
    registerScheduleRoutes(m_router);
    registerBackupBucketRoutes(m_router);
    registerPrivateEndpointRoutes(m_router);
    registerRoleRoutes(m_router);
    registerQuotaRoutes(m_router);
    registerQueryEndpointRoutes(m_router);
}

bool Emulator::seed(QString *error)
{
    m_bootstrapKeyId = m_options.keyId.isEmpty() ? DeterministicRandom::secureToken(20) : m_options.keyId;
    QString secret = m_options.keySecret;
    if (secret.isEmpty()) {
        secret = u"4b1d"_s + DeterministicRandom::secureToken(38);
        m_generatedSecret = secret;
    }
    const Seeder::BootstrapKey bootstrap { m_bootstrapKeyId, secret };
    if (!m_options.stateFile.isEmpty() && QFile::exists(m_options.stateFile)) {
        if (!statefile::load(m_store, m_options.stateFile, error)) {
            *error = m_options.stateFile + u": "_s + *error;
            return false;
        }
        Seeder::ensureBootstrapKey(m_store, bootstrap);
    } else {
        Seeder::seed(m_store, m_options.seed, bootstrap);
    }
    m_stateMachine.armPendingTransitions();
    if (!m_options.stateFile.isEmpty() && !statefile::save(m_store, m_options.stateFile, error)) {
        *error = m_options.stateFile + u": "_s + *error;
        return false;
    }
    return true;
}

void Emulator::persist()
{
    if (m_options.stateFile.isEmpty())
        return;
    QString error;
    if (!statefile::save(m_store, m_options.stateFile, &error))
        qWarning("chcloud-emulator: cannot save %s: %s", qPrintable(m_options.stateFile), qPrintable(error));
}

void Emulator::addRateHeaders(ApiReply &reply, const RateLimiter::Decision &decision)
{
    reply.headers.append({ "X-RateLimit-Limit", QByteArray::number(decision.limit) });
    reply.headers.append({ "X-RateLimit-Remaining", QByteArray::number(decision.remaining) });
    reply.headers.append({ "X-RateLimit-Reset", QByteArray::number(decision.resetSeconds) });
    if (!decision.allowed)
        reply.headers.append({ "Retry-After", QByteArray::number(decision.resetSeconds) });
}

Emulator::Outcome Emulator::handle(const ApiRequest &request)
{
    if (request.segments.value(0) == u"_emulator"_s)
        return handleControl(request);
    Outcome outcome;
    if (request.segments.value(0) != u"v1"_s) {
        outcome.reply = ApiReply::notFound(u"route "_s + request.path);
        return outcome;
    }
    FaultInjector::Plan plan;
    outcome.reply = handleApi(request, &plan);
    outcome.latencyMs = plan.latencyMs;
    outcome.drop = plan.drop;
    if (outcome.reply.status == 200 && plan.malformed)
        outcome.reply.body = FaultInjector::malformed(outcome.reply.body);
    else if (outcome.reply.status == 200 && plan.truncate)
        outcome.reply.body = FaultInjector::truncated(outcome.reply.body);
    return outcome;
}

ApiReply Emulator::handleApi(const ApiRequest &request, FaultInjector::Plan *plan)
{
    if (request.body.size() > m_options.maxBodyBytes) {
        return ApiReply::error(
            413, u"the request body is larger than "_s + QString::number(m_options.maxBodyBytes) + u" bytes"_s);
    }
    const Router::Match match = m_router.match(request.method, request.segments);
    if (!match.handler) {
        if (match.pathKnown)
            return ApiReply::error(
                405, u"method "_s + QString::fromLatin1(request.method) + u" is not allowed on "_s + request.path);
        return ApiReply::notFound(u"route "_s + request.path);
    }

    *plan = m_faults.plan(request);
    if (plan->drop)
        return {};
    if (plan->failStatus != 0)
        return ApiReply::error(plan->failStatus, u"injected fault"_s);
    if (plan->force429) {
        ApiReply reply = ApiReply::tooManyRequests();
        const int windowSeconds = (m_options.rateWindowMs + 999) / 1000;
        addRateHeaders(reply, RateLimiter::Decision { false, m_options.rateLimit, 0, windowSeconds });
        return reply;
    }

    const Authenticator::Result auth = m_authenticator.authenticate(request);
    if (!auth.key)
        return ApiReply::error(401, auth.error);
    ApiKey &caller = *auth.key;
    const RateLimiter::Decision rate = m_rateLimiter.admit(caller.id);
    ApiReply reply;
    if (!rate.allowed) {
        reply = ApiReply::tooManyRequests();
    } else if (request.segments.size() >= 3 && request.segments.at(1) == u"organizations"_s
               && request.segments.at(2) != m_store.organization().id) {
        reply = ApiReply::notFound(u"organization"_s);
    } else if (request.isMutation() && !m_store.keyIsAdmin(caller)) {
        reply = ApiReply::error(403,
                                u"the API key lacks the admin role needed for "_s + QString::fromLatin1(request.method)
                                    + u" requests"_s);
    } else if (request.isMutation() && !request.body.trimmed().isEmpty() && !request.contentType.isEmpty()
               && !request.contentType.toLower().contains("json")) {
        reply = ApiReply::error(415, u"Content-Type must be application/json"_s);
    } else {
        m_stateMachine.advance();
        RequestContext context { request, match.params, caller, m_store, m_stateMachine, m_options };
        reply = (*match.handler)(context);
        if (request.isMutation() && reply.status == 200)
            persist();
    }
    addRateHeaders(reply, rate);
    return reply;
}

void Emulator::recordServed(const QString &path, qint64 endedAtEpochMs, double ms)
{
    constexpr qsizetype kMaxRecords = 10000;
    if (m_served.size() >= kMaxRecords)
        m_served.removeFirst();
    m_served.append({ path, endedAtEpochMs, ms });
}

Emulator::Outcome Emulator::handleControl(const ApiRequest &request)
{
    Outcome outcome;
    if (!request.peer.isLoopback()) {
        outcome.reply = ApiReply::error(403, u"the control API answers loopback clients only"_s);
        return outcome;
    }
    // Any local user can reach the port: the control routes want the token only the parent read.
    if (request.controlToken.isEmpty() || request.controlToken != m_controlToken) {
        outcome.reply = ApiReply::error(401, u"the control API needs the X-Emulator-Token this run printed"_s);
        return outcome;
    }
    const QString route = request.segments.mid(1).join(u'/');
    if (route == u"faults"_s && request.method == "GET") {
        outcome.reply.body = QJsonDocument(m_faults.config().toJson()).toJson(QJsonDocument::Compact);
    } else if (route == u"faults"_s && request.method == "POST") {
        QString error;
        const auto object = BodyReader::parseObject(request, &error);
        if (!object || !m_faults.config().merge(*object, &error)) {
            outcome.reply = ApiReply::badRequest(error);
            return outcome;
        }
        outcome.reply.body = QJsonDocument(m_faults.config().toJson()).toJson(QJsonDocument::Compact);
    } else if (route == u"faults/reset"_s && request.method == "POST") {
        m_faults.config() = FaultConfig {};
        outcome.reply.body = QJsonDocument(m_faults.config().toJson()).toJson(QJsonDocument::Compact);
    } else if (route == u"reset-rate-limits"_s && request.method == "POST") {
        m_rateLimiter.reset();
        outcome.reply.body = QJsonDocument(QJsonObject { { u"status"_s, 200 } }).toJson(QJsonDocument::Compact);
    } else if (route == u"timings"_s && request.method == "GET") {
        QJsonArray served;
        for (const Served &record : std::as_const(m_served)) {
            served.append(QJsonObject { { u"path"_s, record.path },
                                        { u"endedAtEpochMs"_s, double(record.endedAtEpochMs) },
                                        { u"ms"_s, record.ms } });
        }
        outcome.reply.body = QJsonDocument(QJsonObject { { u"served"_s, served } }).toJson(QJsonDocument::Compact);
    } else if (route == u"health"_s && request.method == "GET") {
        outcome.reply.body = QJsonDocument(QJsonObject { { u"status"_s, 200 },
                                                         { u"organizationId"_s, m_store.organization().id },
                                                         { u"seed"_s, m_options.seed } })
                                 .toJson(QJsonDocument::Compact);
    } else if (route == u"faults"_s || route == u"reset-rate-limits"_s || route == u"health"_s
               || route == u"faults/reset"_s || route == u"timings"_s) {
        outcome.reply = ApiReply::error(405, u"method not allowed"_s);
    } else {
        outcome.reply = ApiReply::notFound(u"route "_s + request.path);
    }
    return outcome;
}

} // namespace chcloud::emulator
