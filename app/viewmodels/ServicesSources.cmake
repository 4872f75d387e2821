target_sources(chcloud_core PRIVATE
    viewmodels/BackupListModel.h viewmodels/BackupListModel.cpp
    viewmodels/IpAccessListModel.h viewmodels/IpAccessListModel.cpp
    viewmodels/ServiceDetailsViewModel.h viewmodels/ServiceDetailsViewModel.cpp
    viewmodels/ServiceOperation.h viewmodels/ServiceOperation.cpp
    viewmodels/ServicePasswordVault.h viewmodels/ServicePasswordVault.cpp
    viewmodels/ServicePoller.h viewmodels/ServicePoller.cpp
    viewmodels/ServicesFilterModel.h viewmodels/ServicesFilterModel.cpp
    viewmodels/ServicesTableModel.h viewmodels/ServicesTableModel.cpp
    viewmodels/ServicesViewModel.h viewmodels/ServicesViewModel.cpp
    viewmodels/TagListModel.h viewmodels/TagListModel.cpp
    viewmodels/UnreadableRows.h viewmodels/UnreadableRows.cpp
)
