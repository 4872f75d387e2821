#pragma once

#include <QString>

namespace chcloud {

/// Why a JSON document did not match the spec: where (a path such as
/// "result[3].state") and what was expected there.
struct ParseError
{
    QString path;
    QString message;

    /// "result[3].state: expected a string, got a number"
    QString toString() const { return path.isEmpty() ? message : path + QLatin1String(": ") + message; }
    bool operator==(const ParseError &) const = default;
};

} // namespace chcloud
