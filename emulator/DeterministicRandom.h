#pragma once

#include <QByteArray>
#include <QRandomGenerator>
#include <QString>

namespace chcloud::emulator {

/// A seeded random source for reproducible seed data: the same seed gives the same
/// ids, names and numbers on every run and every machine.
class DeterministicRandom
{
public:
    explicit DeterministicRandom(quint64 seed);

    /// A UUID version 4 (random bits, RFC 4122 variant) drawn from this source.
    QString uuid();
    /// Letters and digits, `length` characters.
    QString token(int length);
    int bounded(int lowest, int highest); ///< in [lowest, highest)
    double uniform(double lowest, double highest);
    bool chance(double probability);

    /// A hash that is stable across runs (unlike qHash), for deriving per-entity seeds.
    static quint64 stableHash(const QByteArray &data);
    /// A fresh random UUID v4 (not deterministic) for request ids and new resources.
    static QString randomUuid();
    /// A fresh random token from the system source (secrets, passwords).
    static QString secureToken(int length);

private:
    QRandomGenerator m_generator;
};

} // namespace chcloud::emulator
