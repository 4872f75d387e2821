#pragma once

class QAction;

namespace chcloud {

class MainWindow;

/// Gives the window its command palette: View ▸ Command Palette… (Ctrl+K) opens
/// a popup that finds the window's pages (“Go to API Keys”), every action
/// reachable from its menus (with the shortcut shown), and services and API
/// keys by name from the tables the Services and API Keys pages already show.
/// What it offers is gathered each time it opens, so pages added later and rows
/// loaded since are found; it sends no request of its own (a page that has not
/// loaded yet has no rows to offer). Returns the action that opens it.
QAction *installCommandPalette(MainWindow *window);

} // namespace chcloud
