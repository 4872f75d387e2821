# The API Keys page and its dialogs (paths relative to ui/).
target_sources(chcloud_ui PRIVATE
    pages/KeysPage.h pages/KeysPage.cpp
    pages/keys/ApiKeyDialog.h pages/keys/ApiKeyDialog.cpp
    pages/keys/KeyRevealDialog.h pages/keys/KeyRevealDialog.cpp
    pages/keys/KeyRotationDialog.h pages/keys/KeyRotationDialog.cpp
)
