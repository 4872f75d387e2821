#include "ServiceSettingsViewModel.h"

#include "ClickhouseSettingsModel.h"
#include "api/CloudApi.h"

#include <cmath>

using namespace Qt::StringLiterals;

namespace chcloud {

ServiceSettingsViewModel::ServiceSettingsViewModel(QObject *parent)
    : ServicePartViewModel(parent)
    , m_model(new ClickhouseSettingsModel(this))
{
}

void ServiceSettingsViewModel::clearData()
{
    m_schema.reset();
    m_list.reset();
    m_lastWarnings.clear();
    m_model->clear();
}

void ServiceSettingsViewModel::load(CloudApi *api, quint64 generation)
{
    m_schema.reset();
    m_list.reset();
    // Both answers are needed before the table can show: the schema gives the rows,
    // the list the changed values. The first failure fails the load.
    const auto settle = [this] {
        if (m_schema && m_list) {
            m_model->setSettings(*m_schema, *m_list);
            setLoaded();
        }
    };
    trackLoad(api->serviceClickhouseSettingsSchemaGet(
        organizationId(), serviceId(), RequestPriority::Visible, this,
        [this, generation, settle](ApiResult<ClickhouseSettingsSchema> result) {
            if (!isCurrent(generation) || state() != State::Loading)
                return;
            if (!result)
                return setFailed(result.error(), tr("The ClickHouse settings could not be loaded: %1"));
            m_schema = std::move(result).value();
            settle();
        }));
    trackLoad(api->serviceClickhouseSettingsListGet(
        organizationId(), serviceId(), RequestPriority::Visible, this,
        [this, generation, settle](ApiResult<ClickhouseSettingsList> result) {
            if (!isCurrent(generation) || state() != State::Loading)
                return;
            if (!result)
                return setFailed(result.error(), tr("The ClickHouse settings could not be loaded: %1"));
            m_list = std::move(result).value();
            settle();
        }));
}

void ServiceSettingsViewModel::readSetting(const QString &name)
{
    CloudApi *cloud = api();
    const int row = m_model->rowOf(name);
    if (!cloud || row < 0)
        return;
    const quint64 current = generation();
    trackLoad(cloud->serviceClickhouseSettingGet(
        organizationId(), serviceId(), name, RequestPriority::Visible, this,
        [this, current, name](ApiResult<ClickhouseSetting> result) {
            if (!isCurrent(current) || !result)
                return; // another service, or nothing new to show: the row keeps what it had
            const int at = m_model->rowOf(name);
            if (at < 0)
                return;
            if (m_model->isChanged(at))
                m_model->setChangedValue(name, result.value().value);
            else
                m_model->setDefaultValue(name, result.value().value);
        }));
}

QJsonValue ServiceSettingsViewModel::valueFor(const ClickhouseSettingSchemaEntry &entry, const QString &text,
                                              QString *problem)
{
    const QString trimmed = text.trimmed();
    const QString type = entry.type.toLower();
    if (type == u"boolean"_s || type == u"bool"_s) {
        if (trimmed == u"1"_s || trimmed.compare(u"true"_s, Qt::CaseInsensitive) == 0)
            return true;
        if (trimmed == u"0"_s || trimmed.compare(u"false"_s, Qt::CaseInsensitive) == 0)
            return false;
        *problem = tr("%1 is on or off (1 or 0).").arg(entry.name);
        return {};
    }
    if (type == u"integer"_s || type.startsWith(u"int"_s) || type.startsWith(u"uint"_s)) {
        bool ok = false;
        const qint64 number = trimmed.toLongLong(&ok);
        if (!ok) {
            *problem = tr("%1 takes a whole number.").arg(entry.name);
            return {};
        }
        if (!entry.allowedValues.isEmpty() && !entry.allowedValues.contains(int(number))) {
            QStringList allowed;
            for (int value : entry.allowedValues)
                allowed.append(QString::number(value));
            *problem = tr("%1 takes one of: %2.").arg(entry.name, allowed.join(u", "_s));
            return {};
        }
        // Past 2^53 a JSON number loses digits: such values go as their text.
        constexpr qint64 exact = qint64(1) << 53;
        if (number > exact || number < -exact)
            return trimmed;
        return double(number);
    }
    if (type == u"float"_s || type == u"number"_s || type == u"double"_s) {
        bool ok = false;
        const double number = trimmed.toDouble(&ok);
        if (!ok || !std::isfinite(number)) {
            *problem = tr("%1 takes a number.").arg(entry.name);
            return {};
        }
        return number;
    }
    // Strings, and types this version does not know, go as the text typed.
    return text;
}

ServiceOperation *ServiceSettingsViewModel::updateSetting(const QString &name, const QString &text)
{
    ServiceOperation *operation = newOperation();
    if (operation->isFinished())
        return operation;
    const int row = m_model->rowOf(name);
    if (row < 0) {
        operation->finishWithValidationError(tr("There is no setting %1.").arg(name));
        return operation;
    }
    QString problem;
    const QJsonValue value = valueFor(m_model->entryAt(row), text, &problem);
    if (!problem.isEmpty()) {
        operation->finishWithValidationError(problem);
        return operation;
    }
    ClickhouseSettingsUpdateRequest request;
    request.settings.append({ name, value });
    trackCommand(api()->serviceClickhouseSettingsUpdate(
        organizationId(), serviceId(), request, RequestPriority::Interactive, this,
        answerTo<ClickhouseSettingsUpdateResult>(operation, [this](const ClickhouseSettingsUpdateResult &update) {
            for (const auto &[applied, value] : update.applied) {
                m_model->setChangedValue(applied, value);
                m_model->setServerWarning(applied, {});
            }
            for (const ClickhouseSettingWarning &warning : update.warnings)
                m_model->setServerWarning(warning.name, warning.message);
            m_lastWarnings = update.warnings;
            Q_EMIT warningsChanged();
        })));
    return operation;
}

ServiceOperation *ServiceSettingsViewModel::resetToDefault(const QString &name)
{
    ServiceOperation *operation = newOperation();
    if (operation->isFinished())
        return operation;
    trackCommand(
        api()->serviceClickhouseSettingDelete(organizationId(), serviceId(), name, RequestPriority::Interactive, this,
                                              answerTo<Nothing>(operation, [this, name](Nothing) {
                                                  m_model->setChangedValue(name, std::nullopt);
                                                  m_model->setServerWarning(name, {});
                                                  readSetting(name); // now it has its default: one read tells it
                                              })));
    return operation;
}

} // namespace chcloud
