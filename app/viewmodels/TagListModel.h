#pragma once

#include "domain/Service.h"
#include "domain/ServiceRequests.h"

#include <QAbstractListModel>
#include <QList>

namespace chcloud {

/// A service's tags being edited: the tags as they stand and as they were, so the
/// change can be sent as the {add, remove} patch the service PATCH takes.
class TagListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    explicit TagListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

    void reset(const QList<ResourceTag> &tags);
    const QList<ResourceTag> &tags() const { return m_tags; }

    /// Adds or replaces the tag with that key; returns why it was refused, or an empty string.
    QString setTag(const QString &key, const QString &value);
    void removeTag(int row);

    ListPatch<ResourceTag> patch() const;
    bool isModified() const { return !patch().isEmpty(); }

Q_SIGNALS:
    void tagsChanged();

private:
    QList<ResourceTag> m_baseline;
    QList<ResourceTag> m_tags;
};

} // namespace chcloud
