# View-models, added to chcloud_core (paths relative to app/).
include(viewmodels/ShellSources.cmake)
include(viewmodels/KeysSources.cmake)
include(viewmodels/ServicesSources.cmake)
include(viewmodels/OrganizationSources.cmake)
