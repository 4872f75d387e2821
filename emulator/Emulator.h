#pragma once

#include "ApiExchange.h"
#include "Authenticator.h"
#include "EmulatorOptions.h"
#include "FaultInjector.h"
#include "RateLimiter.h"
#include "Router.h"
#include "ServiceStateMachine.h"
#include "Store.h"

namespace chcloud::emulator {

/// The emulated API without the HTTP transport: takes a request, gives back what
/// to answer. Order of checks for /v1: body size (413), route (404/405), injected
/// faults, authentication (401), rate limit (429), organization (404), write
/// permission (403), then the route's handler.
class Emulator
{
public:
    explicit Emulator(const EmulatorOptions &options);

    /// Seeds the store, or loads it from --state FILE when that exists; generates the
    /// bootstrap key ID/secret when the options give none. False with `error` when
    /// the state file cannot be read or written.
    bool seed(QString *error);
    QString bootstrapKeyId() const { return m_bootstrapKeyId; }
    /// The generated secret, or empty when --key-secret was given.
    QString generatedBootstrapSecret() const { return m_generatedSecret; }
    /// The per-run token that /_emulator control requests must send as X-Emulator-Token;
    /// random for every start and never on the command line.
    QByteArray controlToken() const { return m_controlToken; }

    struct Outcome
    {
        ApiReply reply;
        int latencyMs = 0;
        bool drop = false; ///< close the connection without answering
    };

    Outcome handle(const ApiRequest &request);

    /// Records how long the emulator spent on one /v1 request, from its arrival to
    /// its answer written out, so that benchmarks can tell the emulator's own time
    /// from the client's. GET /_emulator/timings returns the records (the newest
    /// 10,000), each with the wall-clock time it ended.
    void recordServed(const QString &path, qint64 endedAtEpochMs, double ms);

private:
    Outcome handleControl(const ApiRequest &request);
    ApiReply handleApi(const ApiRequest &request, FaultInjector::Plan *plan);
    void persist();
    static void addRateHeaders(ApiReply &reply, const RateLimiter::Decision &decision);

    EmulatorOptions m_options;
    Store m_store;
    Router m_router;
    Authenticator m_authenticator;
    RateLimiter m_rateLimiter;
    FaultInjector m_faults;
    ServiceStateMachine m_stateMachine;
    QString m_bootstrapKeyId;
    QString m_generatedSecret;
    QByteArray m_controlToken;
    struct Served
    {
        QString path;
        qint64 endedAtEpochMs = 0;
        double ms = 0;
    };
    QList<Served> m_served;
};

} // namespace chcloud::emulator
