#pragma once

#include "Expected.h"
#include "ParseError.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

/// Strict reading of the API's JSON: every accessor checks the JSON type and
/// reports the first mismatch with the field's full path, so a parser reads as
/// a list of fields instead of a thicket of type checks.
///
/// Conventions shared by every domain type:
/// - a missing optional field, or one that is null, leaves the default;
/// - a present field of the wrong JSON type is an error;
/// - dates are ISO 8601 (with or without milliseconds), held in UTC.
namespace chcloud::json {

/// "string", "number", "object"… for error messages.
QString typeName(const QJsonValue &value);
/// parent + "." + key, or key alone at the root.
QString memberPath(const QString &parent, const QString &key);
/// parent + "[index]".
QString indexPath(const QString &parent, qsizetype index);

/// Parses an ISO 8601 date-time (with or without milliseconds) into UTC.
/// A text without an offset is read as UTC. Invalid input gives nullopt.
std::optional<QDateTime> parseDateTime(const QString &text);
/// "2024-12-19T10:11:12.345Z" (milliseconds only when not zero).
QString formatDateTime(const QDateTime &dateTime);
/// "2024-12-19"
QString formatDate(QDate date);

/// A JSON array of strings, or an error naming the offending element.
Expected<QStringList, ParseError> parseStringList(const QJsonValue &value, const QString &path);

/// A row of a list that did not decode: where it was, its id when it has one,
/// and why (the path of the field and what was wrong there).
struct UnreadableRow
{
    qsizetype index = -1;
    QString id;
    ParseError error;

    bool operator==(const UnreadableRow &) const = default;
};

/// Reads the members of one JSON object, remembering the first error; once an
/// error is recorded, later reads do nothing.
class ObjectReader
{
public:
    ObjectReader(const QJsonValue &value, QString path);

    bool ok() const { return !m_error.has_value(); }
    const ParseError &error() const { return *m_error; }
    const QJsonObject &object() const { return m_object; }
    const QString &path() const { return m_path; }
    /// Present and not null.
    bool has(const QString &key) const;

    /// A string that must be present and not empty (ids, names).
    void required(const QString &key, QString &out);
    void optional(const QString &key, QString &out);
    void optional(const QString &key, std::optional<QString> &out);
    void optional(const QString &key, std::optional<double> &out);
    void optional(const QString &key, double &out);
    /// A JSON number with no fractional part.
    void optional(const QString &key, std::optional<int> &out);
    void optional(const QString &key, std::optional<qint64> &out);
    void optional(const QString &key, std::optional<bool> &out);
    void optional(const QString &key, bool &out);
    void optional(const QString &key, std::optional<QDateTime> &out);
    /// An invalid QDateTime when absent.
    void optional(const QString &key, QDateTime &out);
    /// A calendar date "YYYY-MM-DD" (a full date-time is accepted and its date taken).
    void optional(const QString &key, QDate &out);
    void optional(const QString &key, QStringList &out);

    /// An array of objects parsed by T::fromJson.
    template<typename T>
    void optionalList(const QString &key, QList<T> &out);
    /// An array of objects read row by row (see parseRows()): an element that does
    /// not decode goes to unreadable instead of failing the whole object.
    template<typename T>
    void optionalRows(const QString &key, QList<T> &rows, QList<UnreadableRow> &unreadable);
    /// An object parsed by T::fromJson.
    template<typename T>
    void optionalObject(const QString &key, std::optional<T> &out);

    /// Records an error for key (used by parsers for checks of their own).
    void fail(const QString &key, const QString &message);
    void fail(ParseError error);

private:
    /// The member, or nullopt when absent/null or after an error. Records a
    /// type error when it is present with another type.
    std::optional<QJsonValue> member(const QString &key, QJsonValue::Type type, const char *expected);

    QJsonObject m_object;
    QString m_path;
    std::optional<ParseError> m_error;
};

/// A JSON array of objects parsed by T::fromJson, each with its index in the path.
template<typename T>
Expected<QList<T>, ParseError> parseList(const QJsonValue &value, const QString &path)
{
    if (!value.isArray())
        return unexpected(ParseError { path, QStringLiteral("expected an array, got %1").arg(typeName(value)) });
    const QJsonArray array = value.toArray();
    QList<T> items;
    items.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto item = T::fromJson(array.at(i), indexPath(path, i));
        if (!item)
            return unexpected(std::move(item).error());
        items.append(std::move(item).value());
    }
    return items;
}

/// A list read row by row: the rows that decoded, in order, and the ones set
/// aside. One odd row never hides the others.
template<typename T>
struct RowList
{
    QList<T> rows;
    QList<UnreadableRow> unreadable;

    /// How many rows the server sent.
    qsizetype total() const { return rows.size() + unreadable.size(); }
};

/// The "id" (or, for members, "userId") member of a list element that is an
/// object with such a string, else empty.
QString rowId(const QJsonValue &value);

/// Tolerant inside, strict at the edge: value must be an array (else the error),
/// but an element that does not decode is recorded in unreadable, not fatal.
template<typename T>
Expected<RowList<T>, ParseError> parseRows(const QJsonValue &value, const QString &path)
{
    if (!value.isArray())
        return unexpected(ParseError { path, QStringLiteral("expected an array, got %1").arg(typeName(value)) });
    const QJsonArray array = value.toArray();
    RowList<T> list;
    list.rows.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue element = array.at(i);
        auto item = T::fromJson(element, indexPath(path, i));
        if (item)
            list.rows.append(std::move(item).value());
        else
            list.unreadable.append(UnreadableRow { i, rowId(element), std::move(item).error() });
    }
    return list;
}

template<typename T>
void ObjectReader::optionalList(const QString &key, QList<T> &out)
{
    const auto value = member(key, QJsonValue::Array, "an array");
    if (!value)
        return;
    auto items = parseList<T>(*value, memberPath(m_path, key));
    if (!items)
        fail(std::move(items).error());
    else
        out = std::move(items).value();
}

template<typename T>
void ObjectReader::optionalRows(const QString &key, QList<T> &rows, QList<UnreadableRow> &unreadable)
{
    const auto value = member(key, QJsonValue::Array, "an array");
    if (!value)
        return;
    auto list = parseRows<T>(*value, memberPath(m_path, key));
    if (!list) {
        fail(std::move(list).error());
        return;
    }
    rows = std::move(list->rows);
    unreadable = std::move(list->unreadable);
}

template<typename T>
void ObjectReader::optionalObject(const QString &key, std::optional<T> &out)
{
    const auto value = member(key, QJsonValue::Object, "an object");
    if (!value)
        return;
    auto item = T::fromJson(*value, memberPath(m_path, key));
    if (!item)
        fail(std::move(item).error());
    else
        out = std::move(item).value();
}

/// A JSON array of item.toJson() for each item.
template<typename T>
QJsonArray toJsonArray(const QList<T> &items)
{
    QJsonArray array;
    for (const T &item : items)
        array.append(item.toJson());
    return array;
}

/// Inserts value under key only when it is set (request bodies send only what changes).
template<typename T>
void insertIfSet(QJsonObject &object, const QString &key, const std::optional<T> &value)
{
    if (value)
        object.insert(key, *value);
}

inline void insertIfNotEmpty(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace chcloud::json
