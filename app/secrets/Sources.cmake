# Files of app/secrets, added to chcloud_core (paths relative to app/).
target_sources(chcloud_core PRIVATE
    secrets/SecretBytes.h secrets/SecretBytes.cpp
    secrets/SecretResult.h secrets/SecretResult.cpp
    secrets/SecretJob.h secrets/SecretJob.cpp
    secrets/SecretStore.h secrets/SecretStore.cpp
    secrets/SessionSecretStore.h secrets/SessionSecretStore.cpp
    secrets/KeychainSecretStore.h secrets/KeychainSecretStore.cpp
    secrets/ProfileStore.h secrets/ProfileStore.cpp
    secrets/SecretsLogging.h secrets/SecretsLogging.cpp
)
