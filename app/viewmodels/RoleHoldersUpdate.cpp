#include "RoleHoldersUpdate.h"

#include <QMetaObject>

#include <algorithm>
#include <utility>

using namespace Qt::StringLiterals;

namespace chcloud {

RoleHoldersUpdate::RoleHoldersUpdate(QString roleId, QObject *parent)
    : QObject(parent)
    , m_roleId(std::move(roleId))
{
}

int RoleHoldersUpdate::failedCount() const
{
    return int(std::count_if(m_results.cbegin(), m_results.cend(), [](const Result &r) { return !r.succeeded; }));
}

int RoleHoldersUpdate::succeededCount() const
{
    return int(m_results.size()) - failedCount();
}

QString RoleHoldersUpdate::summary() const
{
    if (!m_refusal.isEmpty())
        return m_refusal;
    if (m_results.isEmpty())
        return tr("Nothing to change.");
    QStringList lines;
    for (const Result &r : m_results) {
        const QString who
            = r.holder.kind == RoleHolder::Kind::ApiKey ? tr("API key %1").arg(r.holder.name) : r.holder.name;
        if (r.succeeded)
            lines.append(r.added ? tr("%1: role given.").arg(who) : tr("%1: role taken away.").arg(who));
        else
            lines.append(tr("%1: not changed: %2").arg(who, r.errorText));
    }
    return lines.join(u'\n');
}

void RoleHoldersUpdate::refuse(const QString &why)
{
    m_refusal = why;
    m_sealed = true;
    // Callers connect after the view-model returns the update: end on the next turn.
    QMetaObject::invokeMethod(this, &RoleHoldersUpdate::finishIfDone, Qt::QueuedConnection);
}

int RoleHoldersUpdate::expect(const RoleHolder &holder, bool added)
{
    m_results.append(Result { holder, added, false, {} });
    ++m_outstanding;
    return int(m_results.size()) - 1;
}

void RoleHoldersUpdate::settle(int index, bool succeeded, const QString &errorText)
{
    if (index < 0 || index >= m_results.size() || m_outstanding == 0)
        return;
    m_results[index].succeeded = succeeded;
    m_results[index].errorText = errorText;
    --m_outstanding;
    finishIfDone();
}

void RoleHoldersUpdate::sealed()
{
    m_sealed = true;
    if (m_outstanding == 0)
        QMetaObject::invokeMethod(this, &RoleHoldersUpdate::finishIfDone, Qt::QueuedConnection);
}

void RoleHoldersUpdate::finishIfDone()
{
    if (m_finished || !m_sealed || m_outstanding > 0)
        return;
    m_finished = true;
    Q_EMIT finished();
}

} // namespace chcloud
