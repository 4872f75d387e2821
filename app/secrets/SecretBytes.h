#pragma once

#include <QByteArray>
#include <QString>

namespace chcloud {

/// The bytes of one secret (an API key secret), zeroed when no longer needed.
///
/// Move-only, so a secret is not silently duplicated. `bytes()` hands out a
/// shared view for the one place that needs it (building the Authorization
/// header); wiping zeroes the buffer in place when this object is its only
/// owner, otherwise it just drops the reference. Never log or print it.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes);
    /// UTF-8 of `text`; the caller's copy of the text is wiped.
    static SecretBytes fromText(QString &text);

    SecretBytes(SecretBytes &&other) noexcept;
    SecretBytes &operator=(SecretBytes &&other) noexcept;
    SecretBytes(const SecretBytes &) = delete;
    SecretBytes &operator=(const SecretBytes &) = delete;
    ~SecretBytes();

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    /// A shared view of the bytes; keep it no longer than the operation that needs it.
    const QByteArray &bytes() const { return m_bytes; }
    /// Zeroes and empties this secret.
    void wipe();

    /// Constant-time comparison (does not leak where the first difference is).
    bool equals(const SecretBytes &other) const;

    /// Zeroes a buffer in place when it is not shared, then clears it.
    static void wipe(QByteArray &bytes);
    /// Zeroes a string in place when it is not shared, then clears it.
    static void wipe(QString &text);

private:
    QByteArray m_bytes;
};

} // namespace chcloud
