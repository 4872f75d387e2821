# Files of app/api, added to chcloud_core (paths relative to app/).
target_sources(chcloud_core PRIVATE
)
