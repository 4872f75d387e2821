#include "ClipboardGuard.h"

#include "preferences/Preferences.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>

using namespace Qt::StringLiterals;

namespace chcloud {

ClipboardGuard::ClipboardGuard(QObject *parent, QClipboard *clipboard)
    : QObject(parent)
    , m_clipboard(clipboard)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    if (isGuarding())
        clearNow();
}

void ClipboardGuard::setClearAfter(std::chrono::milliseconds clearAfter)
{
    m_clearAfter = clearAfter;
}

std::chrono::milliseconds ClipboardGuard::clearAfter() const
{
    return m_clearAfter.value_or(Preferences::load().clipboardClearDelay());
}

QClipboard *ClipboardGuard::clipboard() const
{
    if (m_clipboard)
        return m_clipboard;
    return QGuiApplication::clipboard();
}

QByteArray ClipboardGuard::digestOf(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    const QByteArray digest = QCryptographicHash::hash(utf8, QCryptographicHash::Sha256);
    utf8.fill('\0');
    return digest;
}

void ClipboardGuard::copySecret(const QString &text)
{
    QClipboard *board = clipboard();
    if (!board || text.isEmpty())
        return;
    auto *data = new QMimeData;
    data->setText(text);
    // KDE Klipper and other clipboard managers on X11/Wayland skip entries with this hint.
    data->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
#ifdef Q_OS_WIN
    // Windows: keep it out of clipboard history and cloud clipboard (a DWORD 0) and
    // tell clipboard monitors to ignore it. Qt maps these names to clipboard formats.
    const QByteArray dwordZero(4, '\0');
    data->setData(u"application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""_s, dwordZero);
    data->setData(u"application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""_s, dwordZero);
    data->setData(u"application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""_s, dwordZero);
#endif
    board->setMimeData(data, QClipboard::Clipboard);
    m_digest = digestOf(text);
    m_timer.start(clearAfter());
    Q_EMIT secretCopied();
}

void ClipboardGuard::copyPlain(const QString &text)
{
    if (QClipboard *board = clipboard())
        board->setText(text, QClipboard::Clipboard);
    // The secret, if one was guarded, has just been replaced.
    m_digest.clear();
    m_timer.stop();
}

bool ClipboardGuard::clearIfGuarded(QClipboard *board, QClipboard::Mode mode) const
{
    const QString current = board->text(mode);
    const bool holdsSecret = !current.isEmpty() && digestOf(current) == m_digest;
    if (holdsSecret)
        board->clear(mode);
    return holdsSecret;
}

void ClipboardGuard::clearNow()
{
    m_timer.stop();
    if (!isGuarding())
        return;
    bool removed = false;
    if (QClipboard *board = clipboard()) {
        removed = clearIfGuarded(board, QClipboard::Clipboard);
        // The X11 primary selection is a second clipboard: clipboard managers may
        // have synchronised the secret into it, or it was selected somewhere.
        if (board->supportsSelection())
            removed = clearIfGuarded(board, QClipboard::Selection) || removed;
    }
    m_digest.clear();
    Q_EMIT clipboardCleared(removed);
}

} // namespace chcloud
