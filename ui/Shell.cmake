# The main window, shared widgets and dialogs (paths relative to ui/).
target_sources(chcloud_ui PRIVATE
    pages/Page.h pages/Page.cpp
)
