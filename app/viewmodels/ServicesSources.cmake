target_sources(chcloud_core PRIVATE
    viewmodels/BackupListModel.h viewmodels/BackupListModel.cpp
    viewmodels/ClickhouseSettingsModel.h viewmodels/ClickhouseSettingsModel.cpp
    viewmodels/IpAccessListModel.h viewmodels/IpAccessListModel.cpp
    viewmodels/ServiceDetailsViewModel.h viewmodels/ServiceDetailsViewModel.cpp
    viewmodels/ServiceOperation.h viewmodels/ServiceOperation.cpp
    viewmodels/QueryEndpointKeysModel.h viewmodels/QueryEndpointKeysModel.cpp
    viewmodels/ServicePartViewModel.h viewmodels/ServicePartViewModel.cpp
    viewmodels/ServicePasswordVault.h viewmodels/ServicePasswordVault.cpp
    viewmodels/ServicePoller.h viewmodels/ServicePoller.cpp
    viewmodels/ServiceQueryEndpointViewModel.h viewmodels/ServiceQueryEndpointViewModel.cpp
    viewmodels/ServiceSettingsViewModel.h viewmodels/ServiceSettingsViewModel.cpp
    viewmodels/ServicesFilterModel.h viewmodels/ServicesFilterModel.cpp
    viewmodels/ServicesViewModel.h viewmodels/ServicesViewModel.cpp
    viewmodels/TagListModel.h viewmodels/TagListModel.cpp
    viewmodels/UnreadableRows.h viewmodels/UnreadableRows.cpp
)
