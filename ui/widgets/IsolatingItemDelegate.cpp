#include "IsolatingItemDelegate.h"

#include "domain/DisplayText.h"

#include <QAbstractItemView>

namespace chcloud {

void IsolatingItemDelegate::install(QAbstractItemView *view)
{
    view->setItemDelegate(new IsolatingItemDelegate(view));
}

QString IsolatingItemDelegate::displayedText(const QModelIndex &index) const
{
    QStyleOptionViewItem option;
    initStyleOption(&option, index);
    return option.text;
}

void IsolatingItemDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    option->text = DisplayText::isolated(option->text);
}

} // namespace chcloud
