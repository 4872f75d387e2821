# Files of app/domain, added to chcloud_core (absolute paths, so tests/fuzz can reuse the list).
# CHCLOUD_DOMAIN_SOURCES is also compiled on its own by the fuzz target (tests/fuzz).
set(CHCLOUD_DOMAIN_SOURCES
    Expected.h
    ParseError.h
    JsonFields.h JsonFields.cpp
    JsonScanner.h JsonScanner.cpp
    Secret.h Secret.cpp
    Profile.h Profile.cpp
    ServiceState.h ServiceState.cpp
    CloudLocation.h CloudLocation.cpp
    AssignedRole.h AssignedRole.cpp
    Organization.h Organization.cpp
    Service.h Service.cpp
    ServiceRequests.h ServiceRequests.cpp
    ApiKey.h ApiKey.cpp
    Member.h Member.cpp
    Role.h Role.cpp
    RoleRequests.h RoleRequests.cpp
    KeyPermissions.h KeyPermissions.cpp
    Quota.h Quota.cpp
    QueryEndpoint.h QueryEndpoint.cpp
    Activity.h Activity.cpp
    ActivityLog.h ActivityLog.cpp
    UsageCost.h UsageCost.cpp
    UsageLog.h UsageLog.cpp
    Backup.h Backup.cpp
    Validation.h Validation.cpp
    ServiceInputRules.h ServiceInputRules.cpp
    DisplayText.h DisplayText.cpp
    IpAccess.h IpAccess.cpp
    # Service configuration
    ClickhouseSettings.h ClickhouseSettings.cpp
    ScalingSchedule.h ScalingSchedule.cpp
    BackupBucket.h BackupBucket.cpp
    ServicePrivateEndpoint.h ServicePrivateEndpoint.cpp
)
list(TRANSFORM CHCLOUD_DOMAIN_SOURCES PREPEND "${CMAKE_CURRENT_LIST_DIR}/")
set(CHCLOUD_DOMAIN_SOURCES ${CHCLOUD_DOMAIN_SOURCES} PARENT_SCOPE)
target_sources(chcloud_core PRIVATE ${CHCLOUD_DOMAIN_SOURCES})
