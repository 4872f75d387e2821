#pragma once

#include <QByteArray>
#include <QClipboard>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

namespace chcloud {

/// Puts a secret on the clipboard and takes it off again after a while, but
/// only if the clipboard still holds that secret: whatever the user copied
/// since is left alone. The guard remembers a SHA-256 digest of what it put
/// there, never the text itself, and marks the data as a password so
/// clipboard managers that honour the hint keep no history of it
/// (`x-kde-passwordManagerHint` on X11/Wayland, the history and monitor
/// formats on Windows). When the platform has a primary selection (X11), the
/// guard clears that too if it holds the secret.
///
/// Give it a lifetime longer than the dialog that copies (the clearing must
/// happen after the dialog is gone); on destruction it clears at once.
class ClipboardGuard : public QObject
{
    Q_OBJECT

public:
    /// clipboard null means the application's clipboard.
    explicit ClipboardGuard(QObject *parent = nullptr, QClipboard *clipboard = nullptr);
    ~ClipboardGuard() override;

    /// How long a copied secret stays on the clipboard: the user's preference
    /// (read at each copy), unless setClearAfter() fixed it.
    std::chrono::milliseconds clearAfter() const;
    /// Fixes the delay whatever the preference says (tests use a few ms).
    void setClearAfter(std::chrono::milliseconds clearAfter);

    /// True while a secret this guard copied may still be on the clipboard.
    bool isGuarding() const { return !m_digest.isEmpty(); }

    /// Copies text to the clipboard and starts the clearing countdown.
    void copySecret(const QString &text);
    /// Copies text that is not secret (a key ID): no countdown, no hint.
    void copyPlain(const QString &text);

public Q_SLOTS:
    /// Clears the clipboard (and the primary selection, where there is one) now
    /// if it still holds the guarded secret.
    void clearNow();

Q_SIGNALS:
    /// A secret was copied; it will be cleared after clearAfter().
    void secretCopied();
    /// The countdown ended: removed tells whether the clipboard or the selection
    /// still held the secret (and was cleared) or had been replaced meanwhile.
    void clipboardCleared(bool removed);

private:
    QClipboard *clipboard() const;
    static QByteArray digestOf(const QString &text);
    /// Clears `mode` of `board` if it holds the guarded secret; true when it did.
    bool clearIfGuarded(QClipboard *board, QClipboard::Mode mode) const;

    QPointer<QClipboard> m_clipboard;
    QTimer m_timer;
    std::optional<std::chrono::milliseconds> m_clearAfter; ///< set by setClearAfter()
    QByteArray m_digest; ///< SHA-256 of the secret on the clipboard, empty when none
};

} // namespace chcloud
