#pragma once

#include "ServicePartViewModel.h"
#include "domain/ClickhouseSettings.h"

#include <QJsonValue>
#include <QList>

namespace chcloud {

class ClickhouseSettingsModel;

/// The ClickHouse settings of the selected service: the schema and the changed
/// settings load together (two requests); readSetting() asks for one setting's
/// value, which is how a default becomes known. Changes are checked against the
/// schema's type and allowed values before anything is sent; the warnings the
/// server returns are kept with the setting and in lastWarnings().
class ServiceSettingsViewModel : public ServicePartViewModel
{
    Q_OBJECT

public:
    explicit ServiceSettingsViewModel(QObject *parent = nullptr);

    ClickhouseSettingsModel *model() const { return m_model; }
    /// The warnings of the last successful change (empty when it had none).
    const QList<ClickhouseSettingWarning> &lastWarnings() const { return m_lastWarnings; }

    /// Reads one setting's value (visible priority): the default while it is not changed.
    void readSetting(const QString &name);
    /// Changes one setting; text is checked against its schema entry first.
    ServiceOperation *updateSetting(const QString &name, const QString &text);
    /// Resets one setting to its default (DELETE), then reads the default.
    ServiceOperation *resetToDefault(const QString &name);

    /// The JSON value to send for text under entry's type, or a translated reason
    /// in *problem. Booleans take 0/1/true/false; integers whole numbers; "float"
    /// any number; an enumeration only its listed values; other types go as text.
    static QJsonValue valueFor(const ClickhouseSettingSchemaEntry &entry, const QString &text, QString *problem);

Q_SIGNALS:
    /// The warnings of a change arrived (lastWarnings()).
    void warningsChanged();

protected:
    void load(CloudApi *api, quint64 generation) override;
    void clearData() override;

private:
    ClickhouseSettingsModel *m_model;
    std::optional<ClickhouseSettingsSchema> m_schema;
    std::optional<ClickhouseSettingsList> m_list;
    QList<ClickhouseSettingWarning> m_lastWarnings;
};

} // namespace chcloud
