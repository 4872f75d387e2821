#include "EmulatorOptions.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonObject>

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

bool EmulatorOptions::parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"A local stand-in for the ClickHouse Cloud API (/v1), on 127.0.0.1 only."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"TCP port on 127.0.0.1; 0 picks a free one (default 0)."_s, u"N"_s,
                                        u"0"_s);
    const QCommandLineOption seedOption(u"seed"_s, u"Seed data: demo (default), empty or large."_s, u"NAME"_s,
                                        u"demo"_s);
    const QCommandLineOption keyIdOption(u"key-id"_s, u"Key ID of the bootstrap admin key (generated if absent)."_s,
                                         u"ID"_s);
    const QCommandLineOption keySecretOption(
        u"key-secret"_s, u"Secret of the bootstrap admin key (generated and printed once if absent)."_s, u"SECRET"_s);
    const QCommandLineOption rateLimitOption(u"rate-limit"_s, u"Requests per window per key (default 10)."_s, u"N"_s,
                                             u"10"_s);
    const QCommandLineOption rateWindowOption(u"rate-window-ms"_s, u"Rate limit window in ms (default 10000)."_s,
                                              u"MS"_s, u"10000"_s);
    const QCommandLineOption transitionOption(
        u"transition-ms"_s, u"Duration of each service state transition in ms (default 3000)."_s, u"MS"_s, u"3000"_s);
    const QCommandLineOption deleteConflictOption(
        u"delete-conflict-ms"_s, u"Answer 409 to a DELETE within MS after a service stopped (default 0)."_s, u"MS"_s,
        u"0"_s);
    const QCommandLineOption serviceQuotaOption(
        u"service-quota"_s, u"The services-per-organization quota the API reports (default 20)."_s, u"N"_s, u"20"_s);
    const QCommandLineOption maxBodyOption(u"max-body-bytes"_s,
                                           u"Largest accepted request body; larger gets 413 (default 1048576)."_s,
                                           u"BYTES"_s, u"1048576"_s);
    const QCommandLineOption stateOption(
        u"state"_s, u"Keep the data in FILE between runs (loaded at start, saved atomically after each mutation)."_s,
        u"FILE"_s);
    const QCommandLineOption exitWithParentOption(
        u"exit-with-parent"_s,
        u"Exit when the parent process dies or closes standard input (for launchers such as --demo)."_s);
    const QCommandLineOption latencyOption(u"latency-ms"_s, u"Fault: delay every /v1 response by MS."_s, u"MS"_s,
                                           u"0"_s);
    const QCommandLineOption errorRateOption(u"error-rate"_s, u"Fault: probability (0-1) of a 5xx answer."_s, u"P"_s,
                                             u"0"_s);
    const QCommandLineOption errorStatusesOption(
        u"error-statuses"_s, u"Fault: comma-separated statuses for --error-rate (default 500,502,503)."_s, u"LIST"_s,
        u"500,502,503"_s);
    const QCommandLineOption dropRateOption(
        u"drop-rate"_s, u"Fault: probability of closing the connection without an answer."_s, u"P"_s, u"0"_s);
    const QCommandLineOption malformedRateOption(
        u"malformed-rate"_s, u"Fault: probability of an invalid JSON body with 200."_s, u"P"_s, u"0"_s);
    const QCommandLineOption truncateRateOption(
        u"truncate-rate"_s, u"Fault: probability of a JSON body cut in half with 200."_s, u"P"_s, u"0"_s);
    parser.addOptions({ portOption, seedOption, keyIdOption, keySecretOption, rateLimitOption, rateWindowOption,
                        transitionOption, deleteConflictOption, serviceQuotaOption, maxBodyOption, stateOption,
                        exitWithParentOption, latencyOption, errorRateOption, errorStatusesOption, dropRateOption,
                        malformedRateOption, truncateRateOption });
    parser.process(arguments);

    auto wholeNumber = [&](const QCommandLineOption &option, qint64 lowest, qint64 highest, qint64 *out) {
        bool ok = false;
        const qint64 value = parser.value(option).toLongLong(&ok);
        if (!ok || value < lowest || value > highest) {
            *error = u"--"_s + option.names().constFirst() + u" must be a whole number between "_s
                + QString::number(lowest) + u" and "_s + QString::number(highest);
            return false;
        }
        *out = value;
        return true;
    };
    qint64 value = 0;
    if (!wholeNumber(portOption, 0, 65535, &value))
        return false;
    port = quint16(value);
    if (!wholeNumber(rateLimitOption, 1, 1000000, &value))
        return false;
    rateLimit = int(value);
    if (!wholeNumber(rateWindowOption, 1, 3600000, &value))
        return false;
    rateWindowMs = int(value);
    if (!wholeNumber(transitionOption, 0, 3600000, &value))
        return false;
    transitionMs = int(value);
    if (!wholeNumber(deleteConflictOption, 0, 3600000, &value))
        return false;
    deleteConflictMs = int(value);
    if (!wholeNumber(serviceQuotaOption, 0, 1000000, &value))
        return false;
    serviceQuota = int(value);
    if (!wholeNumber(maxBodyOption, 1, qint64(1) << 30, &value))
        return false;
    maxBodyBytes = value;

    seed = parser.value(seedOption);
    if (seed != u"demo"_s && seed != u"empty"_s && seed != u"large"_s) {
        *error = u"--seed must be demo, empty or large"_s;
        return false;
    }
    keyId = parser.value(keyIdOption);
    keySecret = parser.value(keySecretOption);
    if (keySecret.isEmpty() != keyId.isEmpty() && !keySecret.isEmpty()) {
        *error = u"--key-secret needs --key-id"_s;
        return false;
    }
    if (!keyId.isEmpty() && keyId.size() < 4) {
        *error = u"--key-id must have at least 4 characters"_s;
        return false;
    }
    stateFile = parser.value(stateOption);
    exitWithParent = parser.isSet(exitWithParentOption);

    for (const QCommandLineOption *option :
         { &latencyOption, &errorRateOption, &dropRateOption, &malformedRateOption, &truncateRateOption }) {
        bool ok = false;
        parser.value(*option).toDouble(&ok);
        if (!ok) {
            *error = u"--"_s + option->names().constFirst() + u" must be a number"_s;
            return false;
        }
    }
    QJsonArray statuses;
    for (const QString &status : parser.value(errorStatusesOption).split(u',', Qt::SkipEmptyParts))
        statuses.append(status.trimmed().toInt());
    const QJsonObject faultFields { { u"latencyMs"_s, parser.value(latencyOption).toDouble() },
                                    { u"errorRate"_s, parser.value(errorRateOption).toDouble() },
                                    { u"errorStatuses"_s, statuses },
                                    { u"dropRate"_s, parser.value(dropRateOption).toDouble() },
                                    { u"malformedRate"_s, parser.value(malformedRateOption).toDouble() },
                                    { u"truncateRate"_s, parser.value(truncateRateOption).toDouble() } };
    QString faultError;
    if (!faults.merge(faultFields, &faultError)) {
        *error = u"fault options: "_s + faultError;
        return false;
    }
    return true;
}

} // namespace chcloud::emulator
