# Importing credentials kept by other tools, added to chcloud_core (paths relative to app/).
target_sources(chcloud_core PRIVATE
    import/ClickhousectlCredentials.h import/ClickhousectlCredentials.cpp
    import/ClickhousectlImport.h import/ClickhousectlImport.cpp
)
