#include "SecretsLogging.h"

namespace chcloud {

Q_LOGGING_CATEGORY(lcSecrets, "chcloud.secrets")

} // namespace chcloud
