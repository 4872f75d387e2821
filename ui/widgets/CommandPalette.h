#pragma once

#include <QFrame>

class QLineEdit;
class QListView;

namespace chcloud {

class CommandPaletteModel;

/// The command palette: a small popup over the window with a filter line and
/// the matching entries of a CommandPaletteModel. Typing filters, Up/Down (and
/// Page Up/Down) move the choice, Enter or a click runs it and closes the popup,
/// Escape closes it. Entries are plain text (names are server data).
class CommandPalette : public QFrame
{
    Q_OBJECT

public:
    /// model is not owned; parent is the window the popup is placed over.
    explicit CommandPalette(CommandPaletteModel *model, QWidget *parent);

    /// Shows the popup with an empty filter, over the top of its parent.
    void popup();

    QLineEdit *filterEdit() const { return m_filter; }
    QListView *listView() const { return m_list; }

Q_SIGNALS:
    /// An entry was chosen and has run.
    void commandRun();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runCurrent();
    void selectRow(int row);

    CommandPaletteModel *m_model;
    QLineEdit *m_filter;
    QListView *m_list;
};

} // namespace chcloud
