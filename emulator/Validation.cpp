#include "Validation.h"

#include "ApiExchange.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QTimeZone>

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

BodyReader::BodyReader(QJsonObject object)
    : m_object(std::move(object))
{
}

std::optional<QJsonObject> BodyReader::parseObject(const ApiRequest &request, QString *error)
{
    if (request.body.trimmed().isEmpty())
        return QJsonObject {};
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"malformed JSON body: "_s + parseError.errorString() + u" at offset "_s
            + QString::number(parseError.offset);
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = u"the request body must be a JSON object"_s;
        return std::nullopt;
    }
    return document.object();
}

void BodyReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

std::optional<QString> BodyReader::string(const QString &key)
{
    if (!m_object.contains(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isString()) {
        fail(key + u" must be a string"_s);
        return std::nullopt;
    }
    return value.toString();
}

std::optional<QString> BodyReader::enumeration(const QString &key, const QStringList &allowed)
{
    const auto value = string(key);
    if (value && !allowed.contains(*value)) {
        fail(key + u" must be one of: "_s + allowed.join(u", "_s));
        return std::nullopt;
    }
    return value;
}

std::optional<bool> BodyReader::boolean(const QString &key)
{
    if (!m_object.contains(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isBool()) {
        fail(key + u" must be a boolean"_s);
        return std::nullopt;
    }
    return value.toBool();
}

std::optional<int> BodyReader::integer(const QString &key)
{
    if (!m_object.contains(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    const double number = value.toDouble();
    if (!value.isDouble() || number != double(qint64(number)) || number > 1e9 || number < -1e9) {
        fail(key + u" must be a whole number"_s);
        return std::nullopt;
    }
    return int(number);
}

std::optional<QStringList> BodyReader::stringList(const QString &key)
{
    if (!m_object.contains(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(key + u" must be an array of strings"_s);
        return std::nullopt;
    }
    QStringList result;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString()) {
            fail(key + u" must be an array of strings"_s);
            return std::nullopt;
        }
        result.append(item.toString());
    }
    return result;
}

std::optional<QJsonObject> BodyReader::object(const QString &key)
{
    if (!m_object.contains(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isObject()) {
        fail(key + u" must be an object"_s);
        return std::nullopt;
    }
    return value.toObject();
}

std::optional<QJsonArray> BodyReader::array(const QString &key)
{
    if (!m_object.contains(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(key + u" must be an array"_s);
        return std::nullopt;
    }
    return value.toArray();
}

std::optional<QList<IpAccessEntry>> BodyReader::ipAccessList(const QString &key)
{
    if (!m_object.contains(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(key + u" must be an array of {source, description}"_s);
        return std::nullopt;
    }
    QList<IpAccessEntry> entries;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject entry = item.toObject();
        if (!item.isObject() || !entry.value(u"source"_s).isString()) {
            fail(key + u" entries must be objects with a string source"_s);
            return std::nullopt;
        }
        const QString source = entry.value(u"source"_s).toString().trimmed();
        if (!validation::isValidIpOrCidr(source)) {
            fail(key + u": invalid IP address or CIDR '"_s + source + u"'"_s);
            return std::nullopt;
        }
        if (entry.contains(u"description"_s) && !entry.value(u"description"_s).isString()) {
            fail(key + u": description must be a string"_s);
            return std::nullopt;
        }
        entries.append(IpAccessEntry { source, entry.value(u"description"_s).toString() });
    }
    return entries;
}

std::optional<QList<ResourceTag>> BodyReader::tags(const QString &key)
{
    if (!m_object.contains(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (!value.isArray()) {
        fail(key + u" must be an array of {key, value}"_s);
        return std::nullopt;
    }
    QList<ResourceTag> result;
    for (const QJsonValue &item : value.toArray()) {
        const QJsonObject tag = item.toObject();
        if (!item.isObject() || !tag.value(u"key"_s).isString()
            || (tag.contains(u"value"_s) && !tag.value(u"value"_s).isString())) {
            fail(key + u" entries must be objects with a string key and an optional string value"_s);
            return std::nullopt;
        }
        ResourceTag parsed { tag.value(u"key"_s).toString(), tag.value(u"value"_s).toString(),
                             tag.contains(u"value"_s) };
        if (!validation::isValidTagPart(parsed.key) || (parsed.hasValue && !validation::isValidTagPart(parsed.value))) {
            fail(key + u": tag keys and values must be alphanumeric with dashes, underscores and dots"_s);
            return std::nullopt;
        }
        result.append(parsed);
    }
    return result;
}

std::optional<QDateTime> BodyReader::dateTime(const QString &key)
{
    if (!m_object.contains(key))
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (value.isNull() || (value.isString() && value.toString().isEmpty()))
        return QDateTime();
    const QDateTime parsed = validation::parseDateTime(value.toString());
    if (!value.isString() || !parsed.isValid()) {
        fail(key + u" must be an ISO-8601 date-time"_s);
        return std::nullopt;
    }
    return parsed;
}

namespace validation {

const QStringList &providers()
{
    static const QStringList list { u"aws"_s, u"gcp"_s, u"azure"_s };
    return list;
}

const QStringList &autoscalingModes()
{
    static const QStringList list { u"vertical"_s, u"horizontal"_s };
    return list;
}

namespace {
const QStringList &awsRegions()
{
    static const QStringList list { u"ap-northeast-1"_s, u"ap-northeast-2"_s, u"ap-south-1"_s,   u"ap-southeast-1"_s,
                                    u"ap-southeast-2"_s, u"ca-central-1"_s,   u"eu-central-1"_s, u"eu-west-1"_s,
                                    u"eu-west-2"_s,      u"il-central-1"_s,   u"us-east-1"_s,    u"us-east-2"_s,
                                    u"us-west-2"_s };
    return list;
}
const QStringList &gcpRegions()
{
    static const QStringList list { u"us-east1"_s,     u"us-central1"_s,     u"europe-west2"_s,
                                    u"europe-west4"_s, u"asia-southeast1"_s, u"asia-northeast1"_s };
    return list;
}
const QStringList &azureRegions()
{
    static const QStringList list { u"eastus"_s, u"eastus2"_s, u"westus3"_s, u"germanywestcentral"_s, u"centralus"_s };
    return list;
}
} // namespace

const QStringList &regions()
{
    static const QStringList list = awsRegions() + gcpRegions() + azureRegions();
    return list;
}

QString providerOfRegion(const QString &region)
{
    if (awsRegions().contains(region))
        return u"aws"_s;
    if (gcpRegions().contains(region))
        return u"gcp"_s;
    if (azureRegions().contains(region))
        return u"azure"_s;
    return {};
}

const QStringList &serviceStates()
{
    static const QStringList list { u"starting"_s,     u"stopping"_s,    u"terminating"_s,
                                    u"softdeleting"_s, u"awaking"_s,     u"partially_running"_s,
                                    u"provisioning"_s, u"running"_s,     u"stopped"_s,
                                    u"terminated"_s,   u"softdeleted"_s, u"degraded"_s,
                                    u"failed"_s,       u"idle"_s };
    return list;
}

const QStringList &tiers()
{
    static const QStringList list { u"development"_s,
                                    u"production"_s,
                                    u"dedicated_high_mem"_s,
                                    u"dedicated_high_cpu"_s,
                                    u"dedicated_standard"_s,
                                    u"dedicated_standard_n2d_standard_4"_s,
                                    u"dedicated_standard_n2d_standard_8"_s,
                                    u"dedicated_standard_n2d_standard_32"_s,
                                    u"dedicated_standard_n2d_standard_128"_s,
                                    u"dedicated_standard_n2d_standard_32_16SSD"_s,
                                    u"dedicated_standard_n2d_standard_64_24SSD"_s };
    return list;
}

const QStringList &releaseChannels()
{
    static const QStringList list { u"slow"_s, u"default"_s, u"fast"_s };
    return list;
}

const QStringList &legacyKeyRoles()
{
    static const QStringList list { u"admin"_s, u"developer"_s, u"query_endpoints"_s };
    return list;
}

const QStringList &memberRoles()
{
    static const QStringList list { u"admin"_s, u"developer"_s };
    return list;
}

bool isValidIpOrCidr(const QString &source)
{
    if (source.isEmpty())
        return false;
    if (source.contains(u'/'))
        return QHostAddress::parseSubnet(source).second >= 0;
    return !QHostAddress(source).isNull();
}

bool isValidTagPart(const QString &part)
{
    static const QRegularExpression pattern(u"^[A-Za-z0-9_.-]{1,128}$"_s);
    return pattern.match(part).hasMatch();
}

bool isValidEmail(const QString &email)
{
    static const QRegularExpression pattern(u"^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"_s);
    return pattern.match(email).hasMatch();
}

bool isValidReplicaMemory(int gb)
{
    return gb >= 8 && gb <= 356 && gb % 4 == 0;
}

QDateTime parseDateTime(const QString &text)
{
    if (text.size() == 10) {
        const QDate date = parseDate(text);
        return date.isValid() ? QDateTime(date, QTime(0, 0), QTimeZone::utc()) : QDateTime();
    }
    static const QRegularExpression shape(
        u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:?\\d{2})$"_s);
    if (!shape.match(text).hasMatch())
        return {};
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    return parsed.isValid() ? parsed.toUTC() : QDateTime();
}

QDate parseDate(const QString &text)
{
    static const QRegularExpression shape(u"^\\d{4}-\\d{2}-\\d{2}$"_s);
    if (!shape.match(text).hasMatch())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QString formatDateTime(const QDateTime &dateTime)
{
    QDateTime utc = dateTime.toUTC();
    utc.setTime(QTime(utc.time().hour(), utc.time().minute(), utc.time().second()));
    return utc.toString(Qt::ISODate);
}

} // namespace validation
} // namespace chcloud::emulator
