#pragma once

#include <QStyledItemDelegate>

namespace chcloud {

/// Paints the state column of the services table as a coloured badge with the
/// state's icon and label (see ServiceStateAppearance). It reads
/// ServicesViewModel::StateKindRole for the look and Qt::DisplayRole for the text,
/// so "Stopping…" and "Unknown (raw)" come from the model as they are.
class ServiceStateBadgeDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace chcloud
