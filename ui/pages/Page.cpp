#include "Page.h"

#include <QAction>
#include <QVariant>

namespace chcloud {

Page::Page(QWidget *parent)
    : QWidget(parent)
{
}

void Page::setContext(const PageContext &context)
{
    m_context = context;
    m_stale = false;
    applyContext(context);
    if (context.isSignedIn())
        markStale();
}

void Page::setPermissions(const KeyPermissions &permissions)
{
    if (permissions == m_permissions)
        return;
    m_permissions = permissions;
    applyPermissions();
}

QString Page::missingPermissionText(const QString &permission)
{
    return tr("Your API key lacks the permission %1.").arg(permission);
}

void Page::gate(QObject *action, bool enabled, const QString &permission, const QString &resource,
                const QString &toolTip) const
{
    const bool allowed = m_permissions.allows(permission, resource);
    const QString text = allowed ? toolTip : missingPermissionText(permission);
    if (auto *a = qobject_cast<QAction *>(action)) {
        a->setEnabled(enabled && allowed);
        a->setToolTip(text); // empty: the action's text
    } else if (auto *w = qobject_cast<QWidget *>(action)) {
        w->setEnabled(enabled && allowed);
        w->setToolTip(text);
    }
}

void Page::markStale()
{
    if (!m_context.isSignedIn())
        return;
    m_stale = true;
    loadIfStale();
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    loadIfStale();
}

void Page::loadIfStale()
{
    if (!m_stale || !isVisible())
        return;
    m_stale = false;
    refresh();
}

} // namespace chcloud
