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
constexpr int kTextSlack = 6; ///< glyph overhang the advance does not count

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
    painter->save();
    painter->setFont(option.font);
    // Measure with the painter's own metrics: a grab may paint at another resolution than the widget's.
    const QFontMetrics metrics = painter->fontMetrics();
    const int textWidth = metrics.horizontalAdvance(text) + kTextSlack;
    const int badgeWidth = kPadding + kIconSize + kPadding / 2 + textWidth + kPadding;
    const int badgeHeight = qMax(kIconSize, metrics.height()) + 4;
    QRect badge(option.rect.left() + kMargin, option.rect.center().y() - badgeHeight / 2,
                qMin(badgeWidth, option.rect.width() - 2 * kMargin), badgeHeight);

    painter->setRenderHint(QPainter::Antialiasing);
    QPainterPath pill;
    pill.addRoundedRect(QRectF(badge), badgeHeight / 2.0, badgeHeight / 2.0);
    painter->fillPath(pill, look.background);
    const QRect iconRect(badge.left() + kPadding, badge.center().y() - kIconSize / 2 + 1, kIconSize, kIconSize);
    look.icon().paint(painter, iconRect);
    QRect textRect = badge.adjusted(kPadding + kIconSize + kPadding / 2, 0, -kPadding, 0);
    painter->setPen(look.foreground);
    const QString shown
        = textRect.width() >= textWidth ? text : metrics.elidedText(text, Qt::ElideRight, textRect.width());
    painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextDontClip, shown);
    painter->restore();
}

QSize ServiceStateBadgeDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const QFontMetrics &metrics = option.fontMetrics;
    const QString text = index.data(Qt::DisplayRole).toString();
    const int width
        = 2 * kMargin + kPadding + kIconSize + kPadding / 2 + metrics.horizontalAdvance(text) + kTextSlack + kPadding;
    const int height = qMax(kIconSize, metrics.height()) + 4 + 2 * kMargin;
    return { width, height };
}

} // namespace chcloud
