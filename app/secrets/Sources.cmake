# Files of app/secrets, added to chcloud_core (paths relative to app/).
target_sources(chcloud_core PRIVATE
)
