#include "Secret.h"

#include <cstring>

namespace chcloud {

namespace {

// Writes through a volatile pointer so the compiler cannot drop the stores.
void zeroBytes(QByteArray &bytes)
{
    if (bytes.isEmpty())
        return;
    if (!bytes.isDetached()) {
        // Shared with another Secret: detaching would copy the secret; just drop our reference.
        bytes = QByteArray();
        return;
    }
    volatile char *data = bytes.data();
    for (qsizetype i = 0; i < bytes.size(); ++i)
        data[i] = 0;
    bytes = QByteArray();
}

} // namespace

Secret::Secret(const QString &text)
    : m_bytes(text.toUtf8())
{
}

Secret::Secret(QByteArray utf8)
    : m_bytes(std::move(utf8))
{
}

// Copies make their own buffer so each owner can wipe its bytes independently.
Secret::Secret(const Secret &other)
    : m_bytes(other.m_bytes.constData(), other.m_bytes.size())
{
}

Secret::Secret(Secret &&other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
    other.m_bytes = QByteArray();
}

Secret &Secret::operator=(const Secret &other)
{
    if (this != &other) {
        wipe();
        m_bytes = QByteArray(other.m_bytes.constData(), other.m_bytes.size());
    }
    return *this;
}

Secret &Secret::operator=(Secret &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::move(other.m_bytes);
        other.m_bytes = QByteArray();
    }
    return *this;
}

Secret::~Secret()
{
    wipe();
}

void Secret::wipe()
{
    zeroBytes(m_bytes);
}

bool Secret::operator==(const Secret &other) const
{
    return m_bytes == other.m_bytes;
}

} // namespace chcloud
