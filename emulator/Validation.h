#pragma once

#include "Model.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace chcloud::emulator {

struct ApiRequest;

/// Reads typed fields out of a JSON request body and remembers the first problem,
/// so a handler reads everything and then answers one 400 with a useful message.
class BodyReader
{
public:
    explicit BodyReader(QJsonObject object);

    /// Parses a request body that must be a JSON object (an empty body counts as {}).
    static std::optional<QJsonObject> parseObject(const ApiRequest &request, QString *error);

    bool has(const QString &key) const { return m_object.contains(key); }
    bool isNull(const QString &key) const { return m_object.value(key).isNull(); }
    std::optional<QString> string(const QString &key);
    /// A string that must be one of `allowed`.
    std::optional<QString> enumeration(const QString &key, const QStringList &allowed);
    std::optional<bool> boolean(const QString &key);
    /// A JSON number that must be a whole number.
    std::optional<int> integer(const QString &key);
    std::optional<QStringList> stringList(const QString &key);
    std::optional<QJsonObject> object(const QString &key);
    /// A JSON array of any elements (the caller reads them).
    std::optional<QJsonArray> array(const QString &key);
    std::optional<QList<IpAccessEntry>> ipAccessList(const QString &key);
    std::optional<QList<ResourceTag>> tags(const QString &key);
    /// An ISO-8601 date-time string; `null` gives an invalid QDateTime.
    std::optional<QDateTime> dateTime(const QString &key);

    void fail(const QString &message);
    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

private:
    QJsonObject m_object;
    QString m_error;
};

namespace validation {

const QStringList &providers();
const QStringList &regions();
/// The provider a region belongs to ("aws" for us-east-1, "gcp" for us-central1…).
QString providerOfRegion(const QString &region);
const QStringList &serviceStates();
const QStringList &tiers();
const QStringList &releaseChannels();
const QStringList &legacyKeyRoles();
const QStringList &memberRoles();
/// "vertical" (fixed replica count, memory range) or "horizontal" (replica band, fixed memory).
const QStringList &autoscalingModes();

/// IPv4/IPv6 address or CIDR, checked with QHostAddress::parseSubnet.
bool isValidIpOrCidr(const QString &source);
bool isValidTagPart(const QString &part);
bool isValidEmail(const QString &email);
/// Memory per replica: a multiple of 4 within 8–356 GiB.
bool isValidReplicaMemory(int gb);

/// ISO-8601 date-time, with or without milliseconds, "Z" or offset; also a bare date.
QDateTime parseDateTime(const QString &text);
QDate parseDate(const QString &text);
/// "2026-11-28T06:00:00Z": whole seconds, UTC.
QString formatDateTime(const QDateTime &dateTime);

} // namespace validation
} // namespace chcloud::emulator
