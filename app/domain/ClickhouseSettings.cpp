#include "ClickhouseSettings.h"

#include "JsonFields.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace chcloud {

using json::ObjectReader;

Expected<ClickhouseSetting, ParseError> ClickhouseSetting::fromJson(const QJsonValue &json, const QString &path)
{
    ObjectReader reader(json, path);
    ClickhouseSetting setting;
    reader.required(QStringLiteral("name"), setting.name);
    reader.optional(QStringLiteral("value"), setting.value);
    if (!reader.ok())
        return unexpected(reader.error());
    return setting;
}

Expected<ClickhouseSettingsList, ParseError> ClickhouseSettingsList::fromJson(const QJsonValue &json,
                                                                              const QString &path)
{
    ObjectReader reader(json, path);
    ClickhouseSettingsList list;
    reader.optionalList(QStringLiteral("settings"), list.settings);
    if (!reader.ok())
        return unexpected(reader.error());
    return list;
}

std::optional<QString> ClickhouseSettingsList::valueOf(const QString &name) const
{
    for (const ClickhouseSetting &setting : settings) {
        if (setting.name == name)
            return setting.value;
    }
    return std::nullopt;
}

Expected<ClickhouseSettingSchemaEntry, ParseError> ClickhouseSettingSchemaEntry::fromJson(const QJsonValue &json,
                                                                                          const QString &path)
{
    ObjectReader reader(json, path);
    ClickhouseSettingSchemaEntry entry;
    reader.required(QStringLiteral("name"), entry.name);
    reader.optional(QStringLiteral("type"), entry.type);
    reader.optional(QStringLiteral("description"), entry.description);
    reader.optional(QStringLiteral("warning"), entry.warning);
    reader.optional(QStringLiteral("deprecationNotice"), entry.deprecationNotice);
    reader.optional(QStringLiteral("example"), entry.example);
    if (reader.ok() && reader.has(QStringLiteral("enum"))) {
        const QJsonValue values = reader.object().value(QLatin1String("enum"));
        const QString enumPath = json::memberPath(path, QStringLiteral("enum"));
        if (!values.isArray())
            return unexpected(
                ParseError { enumPath, QStringLiteral("expected an array, got %1").arg(json::typeName(values)) });
        const QJsonArray array = values.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QJsonValue value = array.at(i);
            const double number = value.toDouble();
            if (!value.isDouble() || number != double(int(number)))
                return unexpected(
                    ParseError { json::indexPath(enumPath, i),
                                 QStringLiteral("expected an integer, got %1").arg(json::typeName(value)) });
            entry.allowedValues.append(int(number));
        }
    }
    if (!reader.ok())
        return unexpected(reader.error());
    return entry;
}

Expected<ClickhouseSettingsSchema, ParseError> ClickhouseSettingsSchema::fromJson(const QJsonValue &json,
                                                                                  const QString &path)
{
    ObjectReader reader(json, path);
    ClickhouseSettingsSchema schema;
    reader.optionalList(QStringLiteral("settings"), schema.settings);
    if (!reader.ok())
        return unexpected(reader.error());
    return schema;
}

const ClickhouseSettingSchemaEntry *ClickhouseSettingsSchema::find(const QString &name) const
{
    for (const ClickhouseSettingSchemaEntry &entry : settings) {
        if (entry.name == name)
            return &entry;
    }
    return nullptr;
}

Expected<ClickhouseSettingWarning, ParseError> ClickhouseSettingWarning::fromJson(const QJsonValue &json,
                                                                                  const QString &path)
{
    ObjectReader reader(json, path);
    ClickhouseSettingWarning warning;
    reader.optional(QStringLiteral("name"), warning.name);
    reader.optional(QStringLiteral("message"), warning.message);
    if (!reader.ok())
        return unexpected(reader.error());
    return warning;
}

QJsonObject ClickhouseSettingsUpdateRequest::toJson() const
{
    QJsonObject values;
    for (const auto &[name, value] : settings)
        values.insert(name, value);
    return QJsonObject { { QStringLiteral("settings"),
                           QString::fromUtf8(QJsonDocument(values).toJson(QJsonDocument::Compact)) } };
}

Expected<ClickhouseSettingsUpdateResult, ParseError> ClickhouseSettingsUpdateResult::fromJson(const QJsonValue &json,
                                                                                              const QString &path)
{
    ObjectReader reader(json, path);
    ClickhouseSettingsUpdateResult result;
    QString settings;
    reader.optional(QStringLiteral("settings"), settings);
    reader.optionalList(QStringLiteral("warnings"), result.warnings);
    if (!reader.ok())
        return unexpected(reader.error());
    if (settings.isEmpty())
        return result;
    const QString settingsPath = json::memberPath(path, QStringLiteral("settings"));
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(settings.toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return unexpected(ParseError { settingsPath, QStringLiteral("expected a JSON object encoded as text") });
    const QJsonObject object = document.object();
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        QString text;
        if (value.isString())
            text = value.toString();
        else if (value.isBool())
            text = value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (value.isDouble())
            text = QString::number(value.toDouble(), 'g', 17);
        else if (!value.isNull())
            return unexpected(ParseError {
                json::memberPath(settingsPath, it.key()),
                QStringLiteral("expected a string, number or boolean, got %1").arg(json::typeName(value)) });
        result.applied.append({ it.key(), text });
    }
    return result;
}

} // namespace chcloud
