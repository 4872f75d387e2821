# The API Keys page and its dialogs (paths relative to ui/).
target_sources(chcloud_ui PRIVATE
)
