# View-models of the API Keys page, added to chcloud_core (paths relative to app/).
target_sources(chcloud_core PRIVATE
    viewmodels/ApiKeyCommand.h viewmodels/ApiKeyCommand.cpp
    viewmodels/ApiKeysTableModel.h viewmodels/ApiKeysTableModel.cpp
    viewmodels/KeyAccessText.h viewmodels/KeyAccessText.cpp
    viewmodels/KeyQueryEndpointScan.h viewmodels/KeyQueryEndpointScan.cpp
    viewmodels/ApiKeysViewModel.h viewmodels/ApiKeysViewModel.cpp
    viewmodels/ApiKeysFilterModel.h viewmodels/ApiKeysFilterModel.cpp
    viewmodels/ApiKeyEditor.h viewmodels/ApiKeyEditor.cpp
    viewmodels/ClipboardGuard.h viewmodels/ClipboardGuard.cpp
    viewmodels/KeyReveal.h viewmodels/KeyReveal.cpp
    viewmodels/KeyCreatorLookup.h viewmodels/KeyCreatorLookup.cpp
    viewmodels/KeyRotation.h viewmodels/KeyRotation.cpp
)
