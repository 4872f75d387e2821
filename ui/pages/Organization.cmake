# Organization, Members and invitations, Activity, Usage pages (paths relative to ui/).
target_sources(chcloud_ui PRIVATE
    pages/MembersPage.h pages/MembersPage.cpp
    pages/ActivityPage.h pages/ActivityPage.cpp
    pages/UsagePage.h pages/UsagePage.cpp
    pages/OrganizationPage.h pages/OrganizationPage.cpp
    pages/org/DateRangeBar.h pages/org/DateRangeBar.cpp
    pages/org/RolePicker.h pages/org/RolePicker.cpp
    pages/org/InviteDialog.h pages/org/InviteDialog.cpp
    pages/org/MemberRolesDialog.h pages/org/MemberRolesDialog.cpp
    pages/org/UsageChartView.h pages/org/UsageChartView.cpp
    pages/org/QuotasPanel.h pages/org/QuotasPanel.cpp
    pages/org/RolesPanel.h pages/org/RolesPanel.cpp
    pages/org/RoleEditorDialog.h pages/org/RoleEditorDialog.cpp
    pages/org/RoleHoldersDialog.h pages/org/RoleHoldersDialog.cpp
)
