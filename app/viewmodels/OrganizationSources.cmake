# Organization, members and invitations, activity and usage (paths relative to app/).
target_sources(chcloud_core PRIVATE
    viewmodels/CsvWriter.h viewmodels/CsvWriter.cpp
    viewmodels/OrgTableText.h viewmodels/OrgTableText.cpp
    viewmodels/MembersModel.h viewmodels/MembersModel.cpp
    viewmodels/InvitationsModel.h viewmodels/InvitationsModel.cpp
    viewmodels/ActivityModel.h viewmodels/ActivityModel.cpp
    viewmodels/ActivityFilterModel.h viewmodels/ActivityFilterModel.cpp
    viewmodels/SortedTableModel.h viewmodels/SortedTableModel.cpp
    viewmodels/UsageTableModel.h viewmodels/UsageTableModel.cpp
    viewmodels/UsageFilterModel.h viewmodels/UsageFilterModel.cpp
    viewmodels/UsageChartData.h viewmodels/UsageChartData.cpp
    viewmodels/RemoteViewModel.h viewmodels/RemoteViewModel.cpp
    viewmodels/RoleChoice.h viewmodels/RoleChoice.cpp
    viewmodels/MembersViewModel.h viewmodels/MembersViewModel.cpp
    viewmodels/InvitationsViewModel.h viewmodels/InvitationsViewModel.cpp
    viewmodels/ActivityViewModel.h viewmodels/ActivityViewModel.cpp
    viewmodels/UsageViewModel.h viewmodels/UsageViewModel.cpp
    viewmodels/PrivateEndpointsModel.h viewmodels/PrivateEndpointsModel.cpp
    viewmodels/OrganizationViewModel.h viewmodels/OrganizationViewModel.cpp
    viewmodels/QuotasModel.h viewmodels/QuotasModel.cpp
    viewmodels/QuotasViewModel.h viewmodels/QuotasViewModel.cpp
    viewmodels/KeyPermissionsViewModel.h viewmodels/KeyPermissionsViewModel.cpp
    viewmodels/RolesModel.h viewmodels/RolesModel.cpp
    viewmodels/RolesViewModel.h viewmodels/RolesViewModel.cpp
    viewmodels/RoleHoldersUpdate.h viewmodels/RoleHoldersUpdate.cpp
)
