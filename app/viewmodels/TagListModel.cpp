#include "TagListModel.h"

#include "ServicesViewModel.h"
#include "domain/ServiceInputRules.h"

namespace chcloud {

namespace {

constexpr int kMaxTags = 50;

} // namespace

TagListModel::TagListModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int TagListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tags.size());
}

QVariant TagListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::DisplayRole)
        return ServicesViewModel::tagText(m_tags.at(index.row()));
    return {};
}

void TagListModel::reset(const QList<ResourceTag> &tags)
{
    beginResetModel();
    m_baseline = tags;
    m_tags = tags;
    endResetModel();
    Q_EMIT tagsChanged();
}

QString TagListModel::setTag(const QString &key, const QString &value)
{
    const QString trimmedKey = key.trimmed();
    const QString trimmedValue = value.trimmed();
    if (QString problem = ServiceInputRules::checkTagKey(trimmedKey); !problem.isEmpty())
        return problem;
    if (QString problem = ServiceInputRules::checkTagValue(trimmedValue); !problem.isEmpty())
        return problem;
    for (qsizetype row = 0; row < m_tags.size(); ++row) {
        if (m_tags.at(row).key == trimmedKey) {
            m_tags[row].value = trimmedValue;
            Q_EMIT dataChanged(index(int(row)), index(int(row)));
            Q_EMIT tagsChanged();
            return {};
        }
    }
    if (m_tags.size() >= kMaxTags)
        return tr("A service has at most %1 tags.").arg(kMaxTags);
    const int row = int(m_tags.size());
    beginInsertRows({}, row, row);
    m_tags.append({ trimmedKey, trimmedValue });
    endInsertRows();
    Q_EMIT tagsChanged();
    return {};
}

void TagListModel::removeTag(int row)
{
    if (row < 0 || row >= m_tags.size())
        return;
    beginRemoveRows({}, row, row);
    m_tags.removeAt(row);
    endRemoveRows();
    Q_EMIT tagsChanged();
}

ListPatch<ResourceTag> TagListModel::patch() const
{
    ListPatch<ResourceTag> result;
    for (const ResourceTag &tag : m_baseline) {
        if (!m_tags.contains(tag))
            result.remove.append(tag);
    }
    for (const ResourceTag &tag : m_tags) {
        if (!m_baseline.contains(tag))
            result.add.append(tag);
    }
    return result;
}

} // namespace chcloud
