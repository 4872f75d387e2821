#pragma once

#include <QStyledItemDelegate>

class QAbstractItemView;

namespace chcloud {

/// The item delegate of every table that shows server data: each cell's text is
/// drawn bidi-isolated and without bidirectional controls (DisplayText::isolated),
/// so a name cannot spoof its own letters or the columns around it. The models
/// keep the text exactly as the server sent it (for copy, sort and filter).
/// A cell whose model gives an ItemStatus (ItemStatusRole) is drawn in that
/// status's colour for the palette in use.
class IsolatingItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    /// Installs a new IsolatingItemDelegate as view's delegate (columns with a
    /// delegate of their own keep it).
    static void install(QAbstractItemView *view);

    /// The text this delegate draws for index.
    QString displayedText(const QModelIndex &index) const;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;
};

} // namespace chcloud
