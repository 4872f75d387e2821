#pragma once

#include <functional>

class QAction;
class QMenu;
class QMenuBar;
class QWidget;

namespace chcloud {

class Preferences;
class ProfileStore;

/// The menu entries of the preferences and of importing a key, kept apart from
/// the window that shows them.
namespace PreferenceActions {

/// File ▸ Import from clickhousectl…: opens the import dialog over `window`;
/// profiles is not owned and must outlive the window.
QAction *addImportAction(QMenu *fileMenu, QWidget *window, ProfileStore *profiles);
/// Edit ▸ Preferences… (the platform's shortcut): opens the preferences dialog over
/// `window`; changed, when set, hears of what was saved.
QMenu *addEditMenu(QMenuBar *menuBar, QWidget *window, std::function<void(const Preferences &)> changed = {});

} // namespace PreferenceActions

} // namespace chcloud
