#include "ServiceStateBadgeDelegate.h"

#include "ServiceStateAppearance.h"
#include "viewmodels/ServicesViewModel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>

namespace chcloud {

namespace {

constexpr int kPadding = 6;
constexpr int kIconSize = 14;
constexpr int kMargin = 3;

ServiceStateKind kindAt(const QModelIndex &index)
{
    const QVariant kind = index.data(ServicesViewModel::StateKindRole);
    return kind.isValid() ? ServiceStateKind(kind.toInt()) : ServiceStateKind::Unknown;
}

} // namespace

void ServiceStateBadgeDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                                      const QModelIndex &index) const
{
    QStyleOptionViewItem background = option;
    initStyleOption(&background, index);
    background.text.clear();
    background.icon = QIcon();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &background, painter, widget);

    const ServiceStateAppearance look = ServiceStateAppearance::of(kindAt(index));
    const QString text = index.data(Qt::DisplayRole).toString();
    const QFontMetrics metrics(option.font);
    const int badgeWidth = kPadding + kIconSize + kPadding / 2 + metrics.horizontalAdvance(text) + kPadding;
    const int badgeHeight = qMax(kIconSize, metrics.height()) + 4;
    QRect badge(option.rect.left() + kMargin, option.rect.center().y() - badgeHeight / 2,
                qMin(badgeWidth, option.rect.width() - 2 * kMargin), badgeHeight);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath pill;
    pill.addRoundedRect(QRectF(badge), badgeHeight / 2.0, badgeHeight / 2.0);
    painter->fillPath(pill, look.background);
    const QRect iconRect(badge.left() + kPadding, badge.center().y() - kIconSize / 2 + 1, kIconSize, kIconSize);
    look.icon().paint(painter, iconRect);
    QRect textRect = badge.adjusted(kPadding + kIconSize + kPadding / 2, 0, -kPadding, 0);
    painter->setPen(look.foreground);
    painter->setFont(option.font);
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
                      metrics.elidedText(text, Qt::ElideRight, textRect.width()));
    painter->restore();
}

QSize ServiceStateBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics metrics(option.font);
    const QString text = index.data(Qt::DisplayRole).toString();
    const int width = 2 * kMargin + kPadding + kIconSize + kPadding / 2 + metrics.horizontalAdvance(text) + kPadding;
    const int height = qMax(kIconSize, metrics.height()) + 4 + 2 * kMargin;
    return { width, height };
}

} // namespace chcloud
