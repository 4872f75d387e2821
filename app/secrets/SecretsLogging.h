#pragma once

#include <QLoggingCategory>

namespace chcloud {

/// Messages about keychain and profile handling. Never carries a secret value.
Q_DECLARE_LOGGING_CATEGORY(lcSecrets)

} // namespace chcloud
