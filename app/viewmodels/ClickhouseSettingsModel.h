#pragma once

#include "domain/ClickhouseSettings.h"

#include <QAbstractTableModel>
#include <QList>
#include <QString>

#include <optional>

namespace chcloud {

/// The ClickHouse settings of one service, one row per configurable setting (the
/// schema's order), then any changed setting the schema does not list. The list
/// the API gives holds only the settings changed from their defaults, and no
/// call lists the defaults: a default is known once a setting was read while it
/// had its default (readSetting), and shows as unknown until then.
class ClickhouseSettingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { NameColumn, ValueColumn, DefaultColumn, ColumnCount };
    enum Role {
        NameRole = Qt::UserRole + 1, ///< the setting's name
        ChangedRole, ///< bool: changed from its default
        WarningRole, ///< the last warning the server gave about it, else the schema's
    };

    explicit ClickhouseSettingsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// Replaces every row: the schema's settings, their changed values from list.
    void setSettings(const ClickhouseSettingsSchema &schema, const ClickhouseSettingsList &list);
    void clear();

    /// -1 when not listed.
    int rowOf(const QString &name) const;
    /// The schema entry of row (only the name for a setting the schema lacks).
    ClickhouseSettingSchemaEntry entryAt(int row) const;
    bool isChanged(int row) const;
    /// The value in effect: the changed one, else the default when known.
    std::optional<QString> currentValue(int row) const;
    std::optional<QString> defaultValue(int row) const;

    /// An answer about one setting: changed to value, or back at its default.
    void setChangedValue(const QString &name, const std::optional<QString> &value);
    /// The value a setting has while it is not changed.
    void setDefaultValue(const QString &name, const QString &value);
    /// What the server warned about the setting when it was last changed.
    void setServerWarning(const QString &name, const QString &message);

private:
    struct Row
    {
        ClickhouseSettingSchemaEntry entry;
        std::optional<QString> changed;
        std::optional<QString> knownDefault;
        QString serverWarning;
    };
    void rowChanged(int row);

    QList<Row> m_rows;
};

} // namespace chcloud
