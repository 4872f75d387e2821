#include "SecretLineEdit.h"

#include <QContextMenuEvent>
#include <QKeyEvent>
#include <QMouseEvent>
#include <QStyle>
#include <QStyleOptionFrame>

namespace chcloud {

namespace {

/// QLineEdit's own inner margin on each side (QLineEditPrivate::horizontalMargin).
constexpr int kInnerMargin = 2;

} // namespace

SecretLineEdit::SecretLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setReadOnly(true);
    setEchoMode(QLineEdit::Password);
    setDragEnabled(false);
    setFocusPolicy(Qt::NoFocus);
    setContextMenuPolicy(Qt::NoContextMenu);
    setAttribute(Qt::WA_InputMethodEnabled, false);
    // Whatever might still select text (a future style, accessibility) is undone at once.
    connect(this, &QLineEdit::selectionChanged, this, [this] {
        if (hasSelectedText())
            deselect();
    });
    connect(this, &QLineEdit::textChanged, this, &QWidget::updateGeometry);
}

void SecretLineEdit::setRevealed(bool revealed)
{
    deselect();
    setEchoMode(revealed ? QLineEdit::Normal : QLineEdit::Password);
    updateGeometry();
}

void SecretLineEdit::wipe()
{
    setText(QString(text().size(), u'*'));
    clear();
}

int SecretLineEdit::widthForWholeText() const
{
    const QFontMetrics metrics = fontMetrics();
    // Wide enough for the text both shown and masked, plus room for the cursor.
    const int textWidth = qMax(metrics.horizontalAdvance(text()), metrics.horizontalAdvance(displayText()))
        + metrics.averageCharWidth();
    const QMargins margins = textMargins();
    QStyleOptionFrame option;
    initStyleOption(&option);
    const QSize contents(textWidth + margins.left() + margins.right() + 2 * kInnerMargin, metrics.height());
    return style()->sizeFromContents(QStyle::CT_LineEdit, &option, contents, this).width();
}

QSize SecretLineEdit::sizeHint() const
{
    QSize hint = QLineEdit::sizeHint();
    hint.setWidth(qMax(hint.width(), widthForWholeText()));
    return hint;
}

QSize SecretLineEdit::minimumSizeHint() const
{
    QSize hint = QLineEdit::minimumSizeHint();
    hint.setWidth(qMax(hint.width(), widthForWholeText()));
    return hint;
}

void SecretLineEdit::mousePressEvent(QMouseEvent *event)
{
    event->ignore();
}

void SecretLineEdit::mouseMoveEvent(QMouseEvent *event)
{
    event->ignore();
}

void SecretLineEdit::mouseReleaseEvent(QMouseEvent *event)
{
    // QLineEdit copies its selection into the primary selection here: never.
    event->ignore();
}

void SecretLineEdit::mouseDoubleClickEvent(QMouseEvent *event)
{
    event->ignore();
}

void SecretLineEdit::keyPressEvent(QKeyEvent *event)
{
    // Read-only and selection-free: no key does anything here (Ctrl+C, Ctrl+Insert,
    // Ctrl+A, Shift+arrows); Escape and Return go on to the dialog.
    event->ignore();
}

void SecretLineEdit::contextMenuEvent(QContextMenuEvent *event)
{
    event->ignore();
}

bool SecretLineEdit::event(QEvent *event)
{
    // QLineEdit claims Ctrl+C and friends as shortcut overrides; leave them to the window.
    if (event->type() == QEvent::ShortcutOverride) {
        event->ignore();
        return false;
    }
    return QLineEdit::event(event);
}

} // namespace chcloud
