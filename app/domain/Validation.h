#pragma once

#include <QString>

/// Checks the UI runs before sending, with the limits the API enforces. Each
/// returns a translated message for the user, or an empty string when the
/// input is acceptable. The server still has the last word.
namespace chcloud::validation {

inline constexpr int kServiceNameMaxLength = 50;
inline constexpr int kReplicaMemoryMinGb = 8;
inline constexpr int kReplicaMemoryMaxGb = 356;
inline constexpr int kReplicaMemoryStepGb = 4;
inline constexpr int kReplicasMin = 1;
inline constexpr int kReplicasMax = 20;
inline constexpr int kIdleTimeoutMinMinutes = 5;
inline constexpr int kKeyNameMaxLength = 255;

/// 1–50 characters, not only spaces.
QString serviceName(const QString &name);
/// One replica memory size: a multiple of 4 GiB from 8 to 356.
QString replicaMemory(int gigabytes);
/// Both bounds valid and min ≤ max.
QString replicaMemoryRange(int minGb, int maxGb);
/// 1–20 replicas.
QString replicas(int count);
/// Both counts valid and min ≤ max.
QString replicaRange(int minCount, int maxCount);
/// At least 5 minutes.
QString idleTimeout(int minutes);
/// An IPv4/IPv6 address or a CIDR block ("10.0.0.0/8", "2001:db8::/32").
QString ipSource(const QString &source);
/// Not blank, at most 255 characters, no control characters.
QString keyName(const QString &name);
/// A plausible single e-mail address (the server verifies it for real).
QString email(const QString &address);

} // namespace chcloud::validation
