# The main window, shared widgets and dialogs (paths relative to ui/).
target_sources(chcloud_ui PRIVATE
    MainWindow.h MainWindow.cpp
    PageCatalog.h PageCatalog.cpp
    CommandPaletteSetup.h CommandPaletteSetup.cpp
    ScreenshotTaker.h ScreenshotTaker.cpp
    StartupProbe.h StartupProbe.cpp
    dialogs/ProfileDialog.h dialogs/ProfileDialog.cpp
    dialogs/ProfileManagerDialog.h dialogs/ProfileManagerDialog.cpp
    pages/Page.h pages/Page.cpp
    widgets/Prompter.h widgets/Prompter.cpp
    widgets/ScriptedPrompter.h widgets/ScriptedPrompter.cpp
    widgets/RequestLogPanel.h widgets/RequestLogPanel.cpp
    widgets/SecretLineEdit.h widgets/SecretLineEdit.cpp
    widgets/ErrorBanner.h widgets/ErrorBanner.cpp
    widgets/IsolatingItemDelegate.h widgets/IsolatingItemDelegate.cpp
    widgets/CommandPalette.h widgets/CommandPalette.cpp
    widgets/TabChain.h widgets/TabChain.cpp
    widgets/TableHeaders.h widgets/TableHeaders.cpp
    widgets/DateFields.h widgets/DateFields.cpp
    widgets/StatusColors.h widgets/StatusColors.cpp
    widgets/ThemedIcon.h widgets/ThemedIcon.cpp
    widgets/NotificationPresenter.h widgets/NotificationPresenter.cpp
)
