#include "SecretStore.h"

namespace chcloud {

SecretStore::~SecretStore() = default;

} // namespace chcloud
