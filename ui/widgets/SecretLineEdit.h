#pragma once

#include <QLineEdit>

namespace chcloud {

/// A read-only field that shows a secret the one time it exists here (a new key
/// secret, a service password). The dialog's copy button is the only way out:
/// the field never holds a selection (so a double-click cannot put the secret
/// into the X11 primary selection), ignores Ctrl+C / Ctrl+Insert and every other
/// key, has no context menu and takes no focus. It is masked until
/// setRevealed(true); the width fits the whole text, so nothing is cut off.
class SecretLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit SecretLineEdit(QWidget *parent = nullptr);

    bool isRevealed() const { return echoMode() == QLineEdit::Normal; }
    /// Shows the text (true) or masks it (false).
    void setRevealed(bool revealed);

    /// Overwrites the text (the line edit keeps copies, undo history included), then clears it.
    void wipe();

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    bool event(QEvent *event) override;

private:
    int widthForWholeText() const;
};

} // namespace chcloud
