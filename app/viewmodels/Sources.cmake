# Files of app/viewmodels, added to chcloud_core (paths relative to app/).
target_sources(chcloud_core PRIVATE
)
