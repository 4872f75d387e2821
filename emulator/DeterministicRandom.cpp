#include "DeterministicRandom.h"

#include <QUuid>

namespace chcloud::emulator {

namespace {
constexpr char tokenAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
constexpr int tokenAlphabetSize = int(sizeof(tokenAlphabet)) - 1;

QString uuidFromBytes(QByteArray bytes)
{
    bytes[6] = char((quint8(bytes[6]) & 0x0f) | 0x40);
    bytes[8] = char((quint8(bytes[8]) & 0x3f) | 0x80);
    return QUuid::fromRfc4122(bytes).toString(QUuid::WithoutBraces);
}
} // namespace

DeterministicRandom::DeterministicRandom(quint64 seed)
    : m_generator(quint32(seed ^ (seed >> 32)))
{
}

QString DeterministicRandom::uuid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; i += 4) {
        const quint32 word = m_generator.generate();
        for (int j = 0; j < 4; ++j)
            bytes[i + j] = char((word >> (8 * j)) & 0xff);
    }
    return uuidFromBytes(bytes);
}

QString DeterministicRandom::token(int length)
{
    QString result;
    result.reserve(length);
    for (int i = 0; i < length; ++i)
        result.append(QLatin1Char(tokenAlphabet[m_generator.bounded(tokenAlphabetSize)]));
    return result;
}

int DeterministicRandom::bounded(int lowest, int highest)
{
    return highest <= lowest ? lowest : m_generator.bounded(lowest, highest);
}

double DeterministicRandom::uniform(double lowest, double highest)
{
    return lowest + m_generator.generateDouble() * (highest - lowest);
}

bool DeterministicRandom::chance(double probability)
{
    return m_generator.generateDouble() < probability;
}

quint64 DeterministicRandom::stableHash(const QByteArray &data)
{
    quint64 hash = 1469598103934665603ULL; // FNV-1a
    for (const char c : data) {
        hash ^= quint8(c);
        hash *= 1099511628211ULL;
    }
    return hash;
}

QString DeterministicRandom::randomUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString DeterministicRandom::secureToken(int length)
{
    QString result;
    result.reserve(length);
    for (int i = 0; i < length; ++i)
        result.append(QLatin1Char(tokenAlphabet[QRandomGenerator::system()->bounded(tokenAlphabetSize)]));
    return result;
}

} // namespace chcloud::emulator
