#include "JsonFields.h"

#include <QTimeZone>

#include <cmath>
#include <limits>

namespace chcloud::json {

QString rowId(const QJsonValue &value)
{
    const QJsonObject object = value.toObject();
    for (const QLatin1String key : { QLatin1String("id"), QLatin1String("userId") }) {
        const QJsonValue id = object.value(key);
        if (id.isString())
            return id.toString();
    }
    return {};
}

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        return QStringLiteral("nothing");
    }
    return QStringLiteral("an unknown value");
}

QString memberPath(const QString &parent, const QString &key)
{
    return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
}

QString indexPath(const QString &parent, qsizetype index)
{
    return parent + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

std::optional<QDateTime> parseDateTime(const QString &text)
{
    QDateTime parsed = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!parsed.isValid())
        parsed = QDateTime::fromString(text, Qt::ISODate);
    if (!parsed.isValid())
        return std::nullopt;
    if (parsed.timeSpec() == Qt::LocalTime)
        parsed.setTimeZone(QTimeZone::utc()); // no offset in the text: the API means UTC
    return parsed.toUTC();
}

QString formatDateTime(const QDateTime &dateTime)
{
    const QDateTime utc = dateTime.toUTC();
    return utc.time().msec() != 0 ? utc.toString(Qt::ISODateWithMs) : utc.toString(Qt::ISODate);
}

QString formatDate(QDate date)
{
    return date.toString(Qt::ISODate);
}

Expected<QStringList, ParseError> parseStringList(const QJsonValue &value, const QString &path)
{
    if (!value.isArray())
        return unexpected(ParseError { path, QStringLiteral("expected an array, got %1").arg(typeName(value)) });
    QStringList strings;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        if (!element.isString())
            return unexpected(
                ParseError { indexPath(path, i), QStringLiteral("expected a string, got %1").arg(typeName(element)) });
        strings.append(element.toString());
    }
    return strings;
}

ObjectReader::ObjectReader(const QJsonValue &value, QString path)
    : m_path(std::move(path))
{
    if (value.isObject())
        m_object = value.toObject();
    else
        m_error = ParseError { m_path, QStringLiteral("expected an object, got %1").arg(typeName(value)) };
}

bool ObjectReader::has(const QString &key) const
{
    const QJsonValue value = m_object.value(key);
    return !value.isUndefined() && !value.isNull();
}

void ObjectReader::fail(const QString &key, const QString &message)
{
    fail(ParseError { memberPath(m_path, key), message });
}

void ObjectReader::fail(ParseError error)
{
    if (!m_error)
        m_error = std::move(error);
}

std::optional<QJsonValue> ObjectReader::member(const QString &key, QJsonValue::Type type, const char *expected)
{
    if (m_error)
        return std::nullopt;
    const QJsonValue value = m_object.value(key);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (value.type() != type) {
        fail(key, QStringLiteral("expected %1, got %2").arg(QLatin1String(expected), typeName(value)));
        return std::nullopt;
    }
    return value;
}

void ObjectReader::required(const QString &key, QString &out)
{
    if (m_error)
        return;
    if (!has(key)) {
        fail(key, QStringLiteral("required field is missing"));
        return;
    }
    const auto value = member(key, QJsonValue::String, "a string");
    if (!value)
        return;
    if (value->toString().isEmpty()) {
        fail(key, QStringLiteral("required field is empty"));
        return;
    }
    out = value->toString();
}

void ObjectReader::optional(const QString &key, QString &out)
{
    if (const auto value = member(key, QJsonValue::String, "a string"))
        out = value->toString();
}

void ObjectReader::optional(const QString &key, std::optional<QString> &out)
{
    if (const auto value = member(key, QJsonValue::String, "a string"))
        out = value->toString();
}

void ObjectReader::optional(const QString &key, std::optional<double> &out)
{
    if (const auto value = member(key, QJsonValue::Double, "a number"))
        out = value->toDouble();
}

void ObjectReader::optional(const QString &key, double &out)
{
    if (const auto value = member(key, QJsonValue::Double, "a number"))
        out = value->toDouble();
}

void ObjectReader::optional(const QString &key, std::optional<int> &out)
{
    const auto value = member(key, QJsonValue::Double, "a number");
    if (!value)
        return;
    const double number = value->toDouble();
    if (!std::isfinite(number) || std::trunc(number) != number || number < std::numeric_limits<int>::min()
        || number > std::numeric_limits<int>::max()) {
        fail(key, QStringLiteral("expected an integer, got %1").arg(number));
        return;
    }
    out = int(number);
}

void ObjectReader::optional(const QString &key, std::optional<qint64> &out)
{
    const auto value = member(key, QJsonValue::Double, "a number");
    if (!value)
        return;
    const double number = value->toDouble();
    // 2^53: beyond it a double no longer holds every integer.
    constexpr double limit = 9007199254740992.0;
    if (!std::isfinite(number) || std::trunc(number) != number || number < -limit || number > limit) {
        fail(key, QStringLiteral("expected an integer, got %1").arg(number));
        return;
    }
    out = qint64(number);
}

void ObjectReader::optional(const QString &key, std::optional<bool> &out)
{
    if (const auto value = member(key, QJsonValue::Bool, "a boolean"))
        out = value->toBool();
}

void ObjectReader::optional(const QString &key, bool &out)
{
    if (const auto value = member(key, QJsonValue::Bool, "a boolean"))
        out = value->toBool();
}

void ObjectReader::optional(const QString &key, std::optional<QDateTime> &out)
{
    const auto value = member(key, QJsonValue::String, "a date-time string");
    if (!value)
        return;
    const auto parsed = parseDateTime(value->toString());
    if (!parsed) {
        fail(key, QStringLiteral("expected an ISO 8601 date-time, got \"%1\"").arg(value->toString().left(64)));
        return;
    }
    out = *parsed;
}

void ObjectReader::optional(const QString &key, QDateTime &out)
{
    std::optional<QDateTime> parsed;
    optional(key, parsed);
    if (parsed)
        out = *parsed;
}

void ObjectReader::optional(const QString &key, QDate &out)
{
    const auto value = member(key, QJsonValue::String, "a date string");
    if (!value)
        return;
    const QString text = value->toString();
    QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid()) {
        if (const auto dateTime = parseDateTime(text))
            date = dateTime->date();
    }
    if (!date.isValid()) {
        fail(key, QStringLiteral("expected an ISO 8601 date, got \"%1\"").arg(text.left(64)));
        return;
    }
    out = date;
}

void ObjectReader::optional(const QString &key, QStringList &out)
{
    const auto value = member(key, QJsonValue::Array, "an array");
    if (!value)
        return;
    auto strings = parseStringList(*value, memberPath(m_path, key));
    if (!strings)
        fail(std::move(strings).error());
    else
        out = std::move(strings).value();
}

} // namespace chcloud::json
