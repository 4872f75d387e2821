#include "SecretBytes.h"

#include <utility>

namespace chcloud {

namespace {

// Writes through a volatile pointer so the compiler cannot drop the stores as dead.
void zeroMemory(void *data, qsizetype size)
{
    auto *bytes = static_cast<volatile unsigned char *>(data);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = 0;
}

} // namespace

SecretBytes::SecretBytes(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
}

SecretBytes SecretBytes::fromText(QString &text)
{
    SecretBytes secret(text.toUtf8());
    wipe(text);
    return secret;
}

SecretBytes::SecretBytes(SecretBytes &&other) noexcept
    : m_bytes(std::exchange(other.m_bytes, QByteArray()))
{
}

SecretBytes &SecretBytes::operator=(SecretBytes &&other) noexcept
{
    if (this != &other) {
        wipe();
        m_bytes = std::exchange(other.m_bytes, QByteArray());
    }
    return *this;
}

SecretBytes::~SecretBytes()
{
    wipe();
}

void SecretBytes::wipe()
{
    wipe(m_bytes);
}

bool SecretBytes::equals(const SecretBytes &other) const
{
    if (m_bytes.size() != other.m_bytes.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < m_bytes.size(); ++i)
        difference |= static_cast<unsigned char>(m_bytes[i] ^ other.m_bytes[i]);
    return difference == 0;
}

void SecretBytes::wipe(QByteArray &bytes)
{
    // data() on a shared buffer would detach and zero a fresh copy: pointless.
    if (!bytes.isEmpty() && bytes.isDetached())
        zeroMemory(bytes.data(), bytes.size());
    bytes.clear();
}

void SecretBytes::wipe(QString &text)
{
    if (!text.isEmpty() && text.isDetached())
        zeroMemory(text.data(), text.size() * qsizetype(sizeof(QChar)));
    text.clear();
}

} // namespace chcloud
