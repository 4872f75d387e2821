#include "CommandPalette.h"

#include "viewmodels/CommandPaletteModel.h"

#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListView>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace chcloud {

namespace {

/// Draws an entry's detail (a shortcut, a category) right-aligned and dimmed
/// beside its text. Both are drawn as plain text.
class PaletteDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString detail = index.data(CommandPaletteModel::DetailRole).toString();
        const int margin = 8;
        int detailWidth = 0;
        if (!detail.isEmpty())
            detailWidth = opt.fontMetrics.horizontalAdvance(detail) + 2 * margin;
        // Leave room for the detail; a long name is elided, not overdrawn.
        const QString text = opt.text;
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);

        const bool selected = opt.state & QStyle::State_Selected;
        const QPalette::ColorRole textRole = selected ? QPalette::HighlightedText : QPalette::Text;
        QRect textRect = style->subElementRect(QStyle::SE_ItemViewItemText, &opt, widget);
        textRect.setRight(textRect.right() - detailWidth);
        painter->save();
        painter->setPen(opt.palette.color(QPalette::Active, textRole));
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeading | Qt::TextSingleLine,
                          opt.fontMetrics.elidedText(text, Qt::ElideRight, textRect.width()));
        if (!detail.isEmpty()) {
            QRect detailRect = opt.rect.adjusted(margin, 0, -margin, 0);
            painter->setPen(opt.palette.color(selected ? QPalette::Active : QPalette::Disabled, textRole));
            painter->drawText(detailRect, Qt::AlignVCenter | Qt::AlignTrailing | Qt::TextSingleLine, detail);
        }
        painter->restore();
    }
};

} // namespace

CommandPalette::CommandPalette(CommandPaletteModel *model, QWidget *parent)
    : QFrame(parent, Qt::Popup)
    , m_model(model)
    , m_filter(new QLineEdit(this))
    , m_list(new QListView(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Command palette"));

    m_filter->setObjectName(QStringLiteral("commandPaletteFilter"));
    m_filter->setPlaceholderText(tr("Go to a page, run an action, find a service or key…"));
    m_filter->setAccessibleName(tr("Command"));
    m_filter->setAccessibleDescription(
        tr("Type part of a name or its initials; Enter runs the selected entry, Escape closes."));
    m_filter->setClearButtonEnabled(true);
    m_filter->installEventFilter(this);

    m_list->setObjectName(QStringLiteral("commandPaletteList"));
    m_list->setModel(m_model);
    m_list->setItemDelegate(new PaletteDelegate(m_list));
    m_list->setAccessibleName(tr("Matching commands"));
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setFocusPolicy(Qt::NoFocus); // typing stays in the filter line
    m_list->setTextElideMode(Qt::ElideRight);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->setSpacing(4);
    layout->addWidget(m_filter);
    layout->addWidget(m_list, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_model->setFilterText(text);
        selectRow(0);
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        selectRow(index.row());
        runCurrent();
    });
}

void CommandPalette::popup()
{
    QWidget *owner = parentWidget();
    {
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
    }
    m_model->setFilterText(QString());
    selectRow(0);
    if (owner) {
        const QRect area = owner->rect();
        const int width = qBound(320, area.width() * 3 / 5, 640);
        const int height = qBound(200, area.height() / 2, 420);
        const QPoint topLeft = owner->mapToGlobal(QPoint((area.width() - width) / 2, area.height() / 8));
        setGeometry(QRect(topLeft, QSize(width, height)));
    }
    show();
    raise();
    activateWindow();
    m_filter->setFocus(Qt::PopupFocusReason);
}

void CommandPalette::selectRow(int row)
{
    if (m_model->rowCount() == 0) {
        m_list->setCurrentIndex({});
        return;
    }
    row = qBound(0, row, m_model->rowCount() - 1);
    const QModelIndex index = m_model->index(row);
    m_list->setCurrentIndex(index);
    m_list->scrollTo(index);
}

void CommandPalette::runCurrent()
{
    const QModelIndex current = m_list->currentIndex();
    if (!current.isValid())
        return;
    // Close first: the entry may open a dialog or move focus to a page.
    hide();
    if (m_model->activate(current.row()))
        Q_EMIT commandRun();
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_filter && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int current = m_list->currentIndex().isValid() ? m_list->currentIndex().row() : -1;
        const int page = qMax(1, m_list->viewport()->height() / qMax(1, m_list->sizeHintForRow(0)) - 1);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            runCurrent();
            return true;
        case Qt::Key_Escape:
            hide();
            return true;
        case Qt::Key_Down:
            selectRow(current + 1);
            return true;
        case Qt::Key_Up:
            selectRow(current - 1);
            return true;
        case Qt::Key_PageDown:
            selectRow(current + page);
            return true;
        case Qt::Key_PageUp:
            selectRow(current - page);
            return true;
        default:
            break;
        }
    }
    return QFrame::eventFilter(watched, event);
}

} // namespace chcloud
