# The main window, shared widgets and dialogs (paths relative to ui/).
target_sources(chcloud_ui PRIVATE
    pages/Page.h pages/Page.cpp
    widgets/Prompter.h widgets/Prompter.cpp
    widgets/ScriptedPrompter.h widgets/ScriptedPrompter.cpp
)
