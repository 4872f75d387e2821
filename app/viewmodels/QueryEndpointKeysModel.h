#pragma once

#include "domain/ApiKey.h"

#include <QAbstractListModel>
#include <QList>
#include <QSet>
#include <QStringList>

namespace chcloud {

/// The organization's API keys as a checkable list, by name: the checked ones
/// may use the service's query endpoint. A key the endpoint names but the
/// organization no longer lists stays, shown by its id, so saving does not drop
/// it unasked. Checking is staged here until the endpoint is saved.
class QueryEndpointKeysModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role { KeyIdRole = Qt::UserRole + 1 };

    explicit QueryEndpointKeysModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    /// Every key, sorted by name; the ids in checked are checked.
    void setKeys(const QList<ApiKey> &keys, const QStringList &checked);
    void clear();
    /// The checked keys' ids, in the list's order.
    QStringList checkedIds() const;
    /// Checks or unchecks the key with that id; false when not listed.
    bool setChecked(const QString &keyId, bool checked);
    /// The row of the first key with that name, or -1.
    int rowOfName(const QString &name) const;

Q_SIGNALS:
    /// A key was checked or unchecked.
    void checkedChanged();

private:
    struct Row
    {
        QString id;
        QString name; ///< empty for a key the organization does not list
        bool checked = false;
    };
    QList<Row> m_rows;
};

} // namespace chcloud
