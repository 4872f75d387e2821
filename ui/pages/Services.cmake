# The Services dashboard, its details pane and dialogs (paths relative to ui/).
target_sources(chcloud_ui PRIVATE
)
