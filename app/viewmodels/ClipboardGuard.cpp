#include "ClipboardGuard.h"

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
    // KDE Klipper and other clipboard managers skip entries with this hint.
    data->setData(u"x-kde-passwordManagerHint"_s, QByteArrayLiteral("secret"));
    board->setMimeData(data, QClipboard::Clipboard);
    m_digest = digestOf(text);
    m_timer.start(m_clearAfter);
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

void ClipboardGuard::clearNow()
{
    m_timer.stop();
    if (!isGuarding())
        return;
    bool removed = false;
    if (QClipboard *board = clipboard()) {
        QString current = board->text(QClipboard::Clipboard);
        if (!current.isEmpty() && digestOf(current) == m_digest) {
            board->clear(QClipboard::Clipboard);
            removed = true;
        }
        current.fill(QChar(0));
    }
    m_digest.clear();
    Q_EMIT clipboardCleared(removed);
}

} // namespace chcloud
