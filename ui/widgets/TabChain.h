#pragma once

class QWidget;

namespace chcloud::TabChain {

/// Moves the Tab-focusable widgets inside group (in their present Tab order) to
/// the end of window's Tab chain. For a button box that is created before the
/// editors shown above it: Qt's Tab order follows creation order, not layout.
void moveToEnd(QWidget *window, QWidget *group);

} // namespace chcloud::TabChain
