# The Services dashboard, its details pane and dialogs (paths relative to ui/).
target_sources(chcloud_ui PRIVATE
    pages/ServicesPage.h pages/ServicesPage.cpp
    pages/services/IpAccessListEditor.h pages/services/IpAccessListEditor.cpp
    pages/services/IpSourceValidator.h pages/services/IpSourceValidator.cpp
    pages/services/PasswordRevealDialog.h pages/services/PasswordRevealDialog.cpp
    pages/services/ScalingEditor.h pages/services/ScalingEditor.cpp
    pages/services/ServiceCreateDialog.h pages/services/ServiceCreateDialog.cpp
    pages/services/ServiceDetailsPane.h pages/services/ServiceDetailsPane.cpp
    pages/services/ServiceStateAppearance.h pages/services/ServiceStateAppearance.cpp
    pages/services/ServiceStateBadgeDelegate.h pages/services/ServiceStateBadgeDelegate.cpp
    pages/services/TagsEditor.h pages/services/TagsEditor.cpp
)
