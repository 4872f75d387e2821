#include "Page.h"

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
