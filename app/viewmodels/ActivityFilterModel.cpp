#include "ActivityFilterModel.h"

#include "ActivityModel.h"

namespace chcloud {

namespace {
constexpr int kAbsent = -2;
}

ActivityFilterModel::ActivityFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{
}

void ActivityFilterModel::setSourceModel(QAbstractItemModel *sourceModel)
{
    if (m_activities)
        disconnect(m_activities, nullptr, this, nullptr);
    m_activities = qobject_cast<ActivityModel *>(sourceModel);
    Q_ASSERT(m_activities || !sourceModel);
    if (m_activities) {
        // Connected before the proxy's own reset handling, which then filters
        // the new rows with indices that match them.
        connect(m_activities, &QAbstractItemModel::modelReset, this, &ActivityFilterModel::resolveIndices);
    }
    QSortFilterProxyModel::setSourceModel(sourceModel);
    resolveFilters();
}

void ActivityFilterModel::resolveFilters()
{
    resolveIndices();
    invalidate(); // see setSearchText()
}

void ActivityFilterModel::resolveIndices()
{
    m_typeIndex = -1;
    m_actorIndex = -1;
    if (!m_activities)
        return;
    if (!m_type.isEmpty()) {
        const int index = m_activities->typeIndexOf(m_type);
        m_typeIndex = index < 0 ? kAbsent : index;
    }
    if (!m_actor.isEmpty()) {
        m_actorIndex = kAbsent;
        const auto &actors = m_activities->actors();
        for (qsizetype i = 0; i < actors.size(); ++i) {
            if (actors.at(i).label == m_actor) {
                m_actorIndex = int(i);
                break;
            }
        }
    }
}

void ActivityFilterModel::setTypeFilter(const QString &rawType)
{
    if (rawType == m_type)
        return;
    m_type = rawType;
    resolveFilters();
}

void ActivityFilterModel::setActorFilter(const QString &actorLabel)
{
    if (actorLabel == m_actor)
        return;
    m_actor = actorLabel;
    resolveFilters();
}

void ActivityFilterModel::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_search)
        return;
    m_search = trimmed;
    // Rebuilt in one pass: invalidateFilter() hides and brings back rows range by
    // range, which took from a quarter of a second to seconds over a year of activity.
    invalidate();
}

bool ActivityFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_activities || sourceParent.isValid())
        return false;
    if (!m_type.isEmpty() && m_activities->typeIndexAt(sourceRow) != m_typeIndex)
        return false;
    if (!m_actor.isEmpty() && m_activities->actorIndexAt(sourceRow) != m_actorIndex)
        return false;
    return m_activities->matches(sourceRow, m_search);
}

void ActivityFilterModel::sort(int column, Qt::SortOrder order)
{
    if (m_activities)
        m_activities->sort(column, order);
}

} // namespace chcloud
