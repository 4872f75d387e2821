target_sources(chcloud_core PRIVATE
)
