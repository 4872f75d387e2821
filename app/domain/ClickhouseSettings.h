#pragma once

#include "Expected.h"
#include "ParseError.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QPair>
#include <QString>

#include <optional>

namespace chcloud {

/// One ClickHouse setting of a service and its current value, always as text
/// ("ServiceClickhouseSetting").
struct ClickhouseSetting
{
    QString name;
    QString value;

    static Expected<ClickhouseSetting, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const ClickhouseSetting &) const = default;
};

/// The settings a service lists ("ServiceClickhouseSettingsList"): the ones
/// changed from their defaults.
struct ClickhouseSettingsList
{
    QList<ClickhouseSetting> settings;

    static Expected<ClickhouseSettingsList, ParseError> fromJson(const QJsonValue &json, const QString &path);
    /// The value of the named setting, or nullopt when it is not listed.
    std::optional<QString> valueOf(const QString &name) const;
};

/// What may be set, and how ("ServiceClickhouseSettingSchemaEntry"). type is the
/// server's word ("string", "integer", "boolean"…), kept as sent: the list grows.
struct ClickhouseSettingSchemaEntry
{
    QString name;
    QString type;
    QString description;
    QList<int> allowedValues; ///< the spec's "enum"; empty = any value of the type
    QString warning; ///< empty when changing it is harmless
    QString deprecationNotice;
    QString example;

    static Expected<ClickhouseSettingSchemaEntry, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const ClickhouseSettingSchemaEntry &) const = default;
};

/// Every configurable setting ("ServiceClickhouseSettingsSchema").
struct ClickhouseSettingsSchema
{
    QList<ClickhouseSettingSchemaEntry> settings;

    static Expected<ClickhouseSettingsSchema, ParseError> fromJson(const QJsonValue &json, const QString &path);
    /// The entry of the named setting, or nullptr.
    const ClickhouseSettingSchemaEntry *find(const QString &name) const;
};

/// A warning about a setting just changed ("ServiceClickhouseSettingWarning").
struct ClickhouseSettingWarning
{
    QString name;
    QString message;

    static Expected<ClickhouseSettingWarning, ParseError> fromJson(const QJsonValue &json, const QString &path);
    bool operator==(const ClickhouseSettingWarning &) const = default;
};

/// Body of PATCH /clickhouseSettings ("ServiceClickhouseSettingsPatchRequest"):
/// the API wants the name → value object encoded as a JSON string.
struct ClickhouseSettingsUpdateRequest
{
    /// Values as JSON (a string, number or boolean), in the order given.
    QList<QPair<QString, QJsonValue>> settings;

    QJsonObject toJson() const;
};

/// What PATCH /clickhouseSettings answers ("ServiceClickhouseSettingsPatchResponse").
struct ClickhouseSettingsUpdateResult
{
    /// The applied values, decoded from the "settings" string, as text.
    QList<QPair<QString, QString>> applied;
    QList<ClickhouseSettingWarning> warnings;

    /// A "settings" text that is not a JSON object of scalars is an error at result.settings.
    static Expected<ClickhouseSettingsUpdateResult, ParseError> fromJson(const QJsonValue &json, const QString &path);
};

} // namespace chcloud
