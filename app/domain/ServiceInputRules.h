#pragma once

#include <QString>

namespace chcloud {

/// Checks on service input that domain/Validation.h does not cover (it has the
/// name, memory, replica, idle timeout and IP source limits). Each check returns
/// an empty string when the value is acceptable, otherwise one translated sentence.
namespace ServiceInputRules {

/// True for a source that lets every address in: 0.0.0.0/0 or ::/0.
bool isAnywhere(const QString &source);
/// A tag key: 1–128 letters, digits, '.', '_' or '-'.
QString checkTagKey(const QString &key);
/// A tag value: up to 256 of the same characters (may be empty).
QString checkTagValue(const QString &value);

} // namespace ServiceInputRules

} // namespace chcloud
