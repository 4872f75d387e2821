# Organization, Members and invitations, Activity, Usage pages (paths relative to ui/).
target_sources(chcloud_ui PRIVATE
)
