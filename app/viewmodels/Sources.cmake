# View-models, added to chcloud_core (paths relative to app/).
# The one base of the commands that change something (keys, services).
target_sources(chcloud_core PRIVATE viewmodels/MutationCommand.h viewmodels/MutationCommand.cpp)
include(viewmodels/ShellSources.cmake)
include(viewmodels/KeysSources.cmake)
include(viewmodels/ServicesSources.cmake)
include(viewmodels/OrganizationSources.cmake)
