#pragma once

#include <QByteArray>
#include <QDebug>
#include <QString>

namespace chcloud {

/// A secret shown once (an API key secret, a service password). It keeps its
/// bytes in one buffer that is overwritten with zeros when wiped or destroyed,
/// has no QDebug operator and no implicit conversion to text, so it cannot
/// slip into a log line or a settings file by accident. Reveal it only to put
/// it on the clipboard, into the keychain, or into an Authorization header.
class Secret
{
public:
    Secret() = default;
    explicit Secret(const QString &text);
    explicit Secret(QByteArray utf8);
    Secret(const Secret &other);
    Secret(Secret &&other) noexcept;
    Secret &operator=(const Secret &other);
    Secret &operator=(Secret &&other) noexcept;
    ~Secret();

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    /// The secret as text. The returned copy is the caller's to keep short-lived.
    QString reveal() const { return QString::fromUtf8(m_bytes); }
    /// The secret as UTF-8 bytes (for hashing or an Authorization header).
    const QByteArray &revealUtf8() const { return m_bytes; }
    /// Overwrites the bytes with zeros and empties the secret.
    void wipe();

    bool operator==(const Secret &other) const;

private:
    QByteArray m_bytes;
};

/// Deliberately absent: a secret has no debug output.
QDebug operator<<(QDebug, const Secret &) = delete;

} // namespace chcloud
