// serviceClickhouseSettingsListGet, serviceClickhouseSettingsSchemaGet, serviceClickhouseSettingGet,
// serviceClickhouseSettingsUpdate, serviceClickhouseSettingDelete.
//
// The list holds the settings a service changed from their defaults; one setting
// read by name gives its current value, the default when it was never changed.
// Values travel as text; a PATCH carries a JSON object encoded in a string.
#include "RouteSupport.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace chcloud::emulator {

using namespace Qt::StringLiterals;

namespace {

/// The spec's Activity.type enum has no value for ClickHouse settings; the closest
/// existing one (a server-level setting of the service) is used.
const QString kSettingsActivity = u"service_update_core_dump"_s;

struct SettingSpec
{
    QString name;
    QString type; ///< string, integer, boolean, float
    QString description;
    QString defaultValue;
    QString example;
    QList<int> allowed; ///< empty = any value of the type
    QString warning;
    QString deprecationNotice;
};

const QList<SettingSpec> &catalogue()
{
    static const QList<SettingSpec> settings {
        { u"compatibility"_s,
          u"string"_s,
          u"Makes the service behave like an older ClickHouse release (major.minor), or empty for the current one."_s,
          QString(),
          u"24.8"_s,
          {},
          u"Changing the compatibility version without comprehensive testing can cause query failures or instability."_s,
          {} },
        { u"max_threads"_s,
          u"integer"_s,
          u"Maximum number of query processing threads; 0 picks one per CPU core."_s,
          u"0"_s,
          u"16"_s,
          {},
          {},
          {} },
        { u"max_memory_usage"_s,
          u"integer"_s,
          u"Maximum memory in bytes one query may use; 0 means no limit."_s,
          u"0"_s,
          u"10000000000"_s,
          {},
          {},
          {} },
        { u"max_execution_time"_s,
          u"integer"_s,
          u"Maximum query run time in seconds; 0 means no limit."_s,
          u"0"_s,
          u"300"_s,
          {},
          {},
          {} },
        { u"max_insert_threads"_s,
          u"integer"_s,
          u"Maximum threads for INSERT SELECT; 0 lets the server decide."_s,
          u"0"_s,
          u"4"_s,
          {},
          {},
          {} },
        { u"max_partitions_per_insert_block"_s,
          u"integer"_s,
          u"Maximum number of partitions one inserted block may touch."_s,
          u"100"_s,
          u"1000"_s,
          {},
          u"Many partitions per insert create many small parts and slow merges down."_s,
          {} },
        { u"async_insert"_s,
          u"boolean"_s,
          u"Buffers small inserts on the server and writes them in batches."_s,
          u"0"_s,
          u"1"_s,
          { 0, 1 },
          {},
          {} },
        { u"wait_for_async_insert"_s,
          u"boolean"_s,
          u"Whether an asynchronous insert returns only once its batch is written."_s,
          u"1"_s,
          u"0"_s,
          { 0, 1 },
          u"Not waiting can lose acknowledged inserts if the server stops before the batch is written."_s,
          {} },
        { u"join_use_nulls"_s,
          u"boolean"_s,
          u"Fills unmatched JOIN columns with NULL instead of default values."_s,
          u"0"_s,
          u"1"_s,
          { 0, 1 },
          {},
          {} },
        { u"log_queries"_s,
          u"boolean"_s,
          u"Records queries in system.query_log."_s,
          u"1"_s,
          u"0"_s,
          { 0, 1 },
          u"Turning query logging off hides queries from system.query_log and from the console."_s,
          {} },
        { u"mutations_sync"_s,
          u"integer"_s,
          u"Whether ALTER UPDATE/DELETE waits: 0 no, 1 for this replica, 2 for all replicas."_s,
          u"0"_s,
          u"2"_s,
          { 0, 1, 2 },
          {},
          {} },
        { u"allow_experimental_analyzer"_s,
          u"boolean"_s,
          u"Runs queries with the new query analyzer."_s,
          u"1"_s,
          u"1"_s,
          { 0, 1 },
          {},
          u"The analyzer is the default; this setting will be removed in a future release."_s },
        { u"date_time_output_format"_s,
          u"string"_s,
          u"How DateTime values are printed: simple, iso or unix_timestamp."_s,
          u"simple"_s,
          u"iso"_s,
          {},
          {},
          {} },
        { u"max_bytes_before_external_group_by"_s,
          u"integer"_s,
          u"Memory in bytes after which GROUP BY spills to disk; 0 never spills."_s,
          u"0"_s,
          u"20000000000"_s,
          {},
          {},
          {} },
        { u"distributed_ddl_task_timeout"_s,
          u"integer"_s,
          u"Seconds an ON CLUSTER DDL query waits for every replica."_s,
          u"180"_s,
          u"600"_s,
          {},
          {},
          {} },
        { u"join_algorithm"_s,
          u"string"_s,
          u"JOIN algorithms the planner may use, comma-separated."_s,
          u"default"_s,
          u"parallel_hash,hash"_s,
          {},
          {},
          {} },
    };
    return settings;
}

const SettingSpec *findSetting(const QString &name)
{
    for (const SettingSpec &spec : catalogue()) {
        if (spec.name == name)
            return &spec;
    }
    return nullptr;
}

QString currentValue(const Service &service, const SettingSpec &spec)
{
    for (const auto &[name, value] : service.clickhouseSettings) {
        if (name == spec.name)
            return value;
    }
    return spec.defaultValue;
}

/// The value as the server keeps it (text), or an error message.
QString normalize(const SettingSpec &spec, const QJsonValue &value, QString *error)
{
    const QString where = u"settings."_s + spec.name;
    QString text;
    if (spec.type == u"string"_s) {
        if (!value.isString()) {
            *error = where + u" must be a string"_s;
            return {};
        }
        text = value.toString();
        static const QRegularExpression version(u"^\\d{1,2}\\.\\d{1,2}$"_s);
        if (spec.name == u"compatibility"_s && !text.isEmpty() && !version.match(text).hasMatch()) {
            *error = where + u" must be a release as major.minor (for example 24.8), or empty"_s;
            return {};
        }
        if (spec.name == u"date_time_output_format"_s
            && !QStringList { u"simple"_s, u"iso"_s, u"unix_timestamp"_s }.contains(text)) {
            *error = where + u" must be one of: simple, iso, unix_timestamp"_s;
            return {};
        }
        if (text.size() > 1000) {
            *error = where + u" is longer than 1000 characters"_s;
            return {};
        }
        return text;
    }
    if (spec.type == u"float"_s) {
        bool ok = value.isDouble();
        double number = value.toDouble();
        if (value.isString())
            number = value.toString().toDouble(&ok);
        if (!ok) {
            *error = where + u" must be a number"_s;
            return {};
        }
        return QString::number(number);
    }
    // integer and boolean: whole numbers, as a JSON number or its text; booleans also true/false.
    qint64 number = 0;
    bool ok = false;
    if (value.isBool() && spec.type == u"boolean"_s) {
        number = value.toBool() ? 1 : 0;
        ok = true;
    } else if (value.isDouble()) {
        const double d = value.toDouble();
        ok = d == double(qint64(d));
        number = qint64(d);
    } else if (value.isString()) {
        const QString s = value.toString().trimmed();
        if (spec.type == u"boolean"_s && (s == u"true"_s || s == u"false"_s)) {
            number = s == u"true"_s ? 1 : 0;
            ok = true;
        } else {
            number = s.toLongLong(&ok);
        }
    }
    if (!ok || number < 0) {
        *error = where
            + (spec.type == u"boolean"_s ? u" must be 0 or 1 (or true/false)"_s : u" must be a whole number ≥ 0"_s);
        return {};
    }
    if (!spec.allowed.isEmpty() && !spec.allowed.contains(int(number))) {
        QStringList allowed;
        for (int a : spec.allowed)
            allowed.append(QString::number(a));
        *error = where + u" must be one of: "_s + allowed.join(u", "_s);
        return {};
    }
    return QString::number(number);
}

QJsonObject settingJson(const QString &name, const QString &value)
{
    return QJsonObject { { u"name"_s, name }, { u"value"_s, value } };
}

ApiReply list(RequestContext &context)
{
    const Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    QJsonArray settings;
    for (const auto &[name, value] : service->clickhouseSettings)
        settings.append(settingJson(name, value));
    return ApiReply::ok(QJsonObject { { u"settings"_s, settings } });
}

ApiReply schema(RequestContext &context)
{
    if (!context.store.service(context.params.at(1)))
        return ApiReply::notFound(u"service"_s);
    QJsonArray settings;
    for (const SettingSpec &spec : catalogue()) {
        QJsonObject entry { { u"name"_s, spec.name },
                            { u"type"_s, spec.type },
                            { u"description"_s, spec.description },
                            { u"example"_s, spec.example } };
        if (!spec.allowed.isEmpty()) {
            QJsonArray allowed;
            for (int value : spec.allowed)
                allowed.append(value);
            entry.insert(u"enum"_s, allowed);
        }
        if (!spec.warning.isEmpty())
            entry.insert(u"warning"_s, spec.warning);
        if (!spec.deprecationNotice.isEmpty())
            entry.insert(u"deprecationNotice"_s, spec.deprecationNotice);
        settings.append(entry);
    }
    return ApiReply::ok(QJsonObject { { u"settings"_s, settings } });
}

ApiReply get(RequestContext &context)
{
    const Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    const SettingSpec *spec = findSetting(context.params.at(2));
    if (!spec)
        return ApiReply::notFound(u"setting"_s);
    return ApiReply::ok(settingJson(spec->name, currentValue(*service, *spec)));
}

ApiReply update(RequestContext &context)
{
    Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    ApiReply error;
    auto body = support::readBody(context, &error);
    if (!body)
        return error;
    if (!body->has(u"settings"_s))
        return ApiReply::badRequest(u"settings is required: a JSON object of setting names to values, as a string"_s);
    const auto text = body->string(u"settings"_s);
    if (!text)
        return ApiReply::badRequest(body->error());
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text->toUtf8(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return ApiReply::badRequest(u"settings must hold a JSON object, e.g. {\"compatibility\": \"24.8\"}"_s);
    const QJsonObject requested = document.object();
    if (requested.isEmpty())
        return ApiReply::badRequest(u"settings names no setting"_s);

    // Everything is checked before anything changes: one bad value rejects the whole request.
    QList<QPair<const SettingSpec *, QString>> changes;
    for (auto it = requested.begin(); it != requested.end(); ++it) {
        const SettingSpec *spec = findSetting(it.key());
        if (!spec)
            return ApiReply::badRequest(u"unknown setting "_s + it.key()
                                        + u": see GET …/clickhouseSettings/schema for the configurable ones"_s);
        QString message;
        const QString value = normalize(*spec, it.value(), &message);
        if (!message.isEmpty())
            return ApiReply::badRequest(message);
        changes.append({ spec, value });
    }

    QJsonObject applied;
    QJsonArray warnings;
    for (const auto &change : std::as_const(changes)) {
        const SettingSpec *spec = change.first;
        const QString &value = change.second;
        service->clickhouseSettings.removeIf([spec](const auto &setting) { return setting.first == spec->name; });
        if (value != spec->defaultValue)
            service->clickhouseSettings.append({ spec->name, value });
        applied.insert(spec->name, value);
        if (!spec->warning.isEmpty())
            warnings.append(QJsonObject { { u"name"_s, spec->name }, { u"message"_s, spec->warning } });
    }
    context.store.recordActivity(kSettingsActivity, support::actor(context), service->id);
    return ApiReply::ok(
        QJsonObject { { u"settings"_s, QString::fromUtf8(QJsonDocument(applied).toJson(QJsonDocument::Compact)) },
                      { u"warnings"_s, warnings } });
}

ApiReply remove(RequestContext &context)
{
    Service *service = context.store.service(context.params.at(1));
    if (!service)
        return ApiReply::notFound(u"service"_s);
    const SettingSpec *spec = findSetting(context.params.at(2));
    if (!spec)
        return ApiReply::notFound(u"setting"_s);
    // Resetting a setting that already has its default is accepted and changes nothing.
    const auto removed
        = service->clickhouseSettings.removeIf([&](const auto &setting) { return setting.first == spec->name; });
    if (removed > 0)
        context.store.recordActivity(kSettingsActivity, support::actor(context), service->id);
    return ApiReply::okWithoutResult();
}

} // namespace

void registerSettingsRoutes(Router &router)
{
    const QString settings = u"/v1/organizations/{organizationId}/services/{serviceId}/clickhouseSettings"_s;
    router.add("GET", settings, list);
    router.add("PATCH", settings, update);
    router.add("GET", settings + u"/schema"_s, schema);
    router.add("GET", settings + u"/{settingName}"_s, get);
    router.add("DELETE", settings + u"/{settingName}"_s, remove);
}

} // namespace chcloud::emulator
