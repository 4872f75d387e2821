# The Services dashboard, its details pane and dialogs (paths relative to ui/).
target_sources(chcloud_ui PRIVATE
    pages/ServicesPage.h pages/ServicesPage.cpp
    pages/services/BackupsTab.h pages/services/BackupsTab.cpp
    pages/services/IpAccessListEditor.h pages/services/IpAccessListEditor.cpp
    pages/services/IpSourceValidator.h pages/services/IpSourceValidator.cpp
    pages/services/NetworkingTab.h pages/services/NetworkingTab.cpp
    pages/services/PasswordRevealDialog.h pages/services/PasswordRevealDialog.cpp
    pages/services/QueryEndpointTab.h pages/services/QueryEndpointTab.cpp
    pages/services/ScalingEditor.h pages/services/ScalingEditor.cpp
    pages/services/ScalingTab.h pages/services/ScalingTab.cpp
    pages/services/ScheduleWeekView.h pages/services/ScheduleWeekView.cpp
    pages/services/ServiceCreateDialog.h pages/services/ServiceCreateDialog.cpp
    pages/services/ServiceDetailsPane.h pages/services/ServiceDetailsPane.cpp
    pages/services/ServiceDetailsTab.h pages/services/ServiceDetailsTab.cpp
    pages/services/ServiceOverviewTab.h pages/services/ServiceOverviewTab.cpp
    pages/services/ServiceStateAppearance.h pages/services/ServiceStateAppearance.cpp
    pages/services/ServiceStateBadgeDelegate.h pages/services/ServiceStateBadgeDelegate.cpp
    pages/services/SettingsTab.h pages/services/SettingsTab.cpp
    pages/services/TagsEditor.h pages/services/TagsEditor.cpp
    pages/services/TagsTab.h pages/services/TagsTab.cpp
)
