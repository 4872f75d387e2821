#include "IsolatingItemDelegate.h"

#include "StatusColors.h"
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
    // Models say what a cell means (expired, …); the colour is picked for the palette it is drawn on.
    const auto status = ItemStatus(index.data(ItemStatusRole).toInt());
    if (status != ItemStatus::None)
        option->palette.setColor(QPalette::Text, StatusColors::text(status, option->palette));
}

} // namespace chcloud
