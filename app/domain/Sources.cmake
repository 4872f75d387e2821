# Files of app/domain, added to chcloud_core (paths relative to app/).
target_sources(chcloud_core PRIVATE
)
