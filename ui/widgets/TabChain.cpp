#include "TabChain.h"

#include <QList>
#include <QWidget>

namespace chcloud::TabChain {

namespace {

bool takesTab(const QWidget *widget)
{
    return (widget->focusPolicy() & Qt::TabFocus) != 0;
}

} // namespace

void moveToEnd(QWidget *window, QWidget *group)
{
    QList<QWidget *> moving;
    for (QWidget *w = window->nextInFocusChain(); w && w != window; w = w->nextInFocusChain()) {
        if (takesTab(w) && group->isAncestorOf(w))
            moving.append(w);
    }
    QWidget *last = window->previousInFocusChain();
    while (last && last != window && (moving.contains(last) || !takesTab(last)))
        last = last->previousInFocusChain();
    if (!last || last == window)
        return; // nothing else takes focus: the group already is the whole chain
    for (QWidget *w : moving) {
        QWidget::setTabOrder(last, w);
        last = w;
    }
}

} // namespace chcloud::TabChain
