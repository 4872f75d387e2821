#pragma once

#include <QLineEdit>
#include <QMap>
#include <QMessageBox>
#include <QString>

#include <memory>
#include <optional>

class QDialog;
class QInputDialog;
class QWidget;

namespace chcloud {

/// The one door through which the application asks the user something: message
/// boxes, confirmations, a line of text, or running a modal dialog. Widgets call
/// Prompter::instance() instead of QMessageBox::question() or QDialog::exec(),
/// so a test can install a ScriptedPrompter that answers at once, with no event
/// loop blocked on a window nobody will click.
///
/// Every text passed in is shown as plain text, never as rich text: messages
/// carry server data (member names, e-mails, key and service names), and a name
/// like `<a href="…">Session expired – sign in</a>` must read as that text, not
/// become a live link. Put server names into a sentence through
/// DisplayText::forConfirmation() so they cannot reorder it either.
class Prompter
{
public:
    /// What kind of message it is (chooses the icon).
    enum class Severity { Information, Question, Warning, Critical };

    /// Everything a message box shows. `buttons` are QMessageBox standard buttons;
    /// `buttonTexts` renames some of them ("Delete key" instead of "Yes").
    struct Question
    {
        Severity severity = Severity::Question;
        QString title;
        QString text;
        QString informativeText;
        QString detailedText;
        QMessageBox::StandardButtons buttons = QMessageBox::Ok;
        QMessageBox::StandardButton defaultButton = QMessageBox::NoButton;
        QMap<QMessageBox::StandardButton, QString> buttonTexts;
        QString objectName; ///< for tests and the log: e.g. "confirmDeleteKey"
    };

    /// A single line of text to ask for (a name to type to confirm, say).
    struct TextQuestion
    {
        QString title;
        QString label;
        QString initialText;
        QLineEdit::EchoMode echoMode = QLineEdit::Normal;
        QString objectName;
    };

    Prompter() = default;
    virtual ~Prompter() = default;
    Prompter(const Prompter &) = delete;
    Prompter &operator=(const Prompter &) = delete;

    /// The installed prompter; a MessageBoxPrompter unless a test installed another.
    static Prompter *instance();
    /// Installs `prompter` (not owned) as the instance; nullptr restores the default.
    static void setInstance(Prompter *prompter);

    /// Shows the question and returns the button chosen (the escape button when closed).
    virtual QMessageBox::StandardButton ask(QWidget *parent, const Question &question) = 0;
    /// Asks for one line of text; nullopt when cancelled.
    virtual std::optional<QString> askText(QWidget *parent, const TextQuestion &question) = 0;
    /// Runs a modal dialog and returns its result (QDialog::Accepted / Rejected).
    virtual int execDialog(QDialog *dialog) = 0;

    // Short forms for the common cases.
    /// An information box with OK.
    void inform(QWidget *parent, const QString &title, const QString &text, const QString &objectName = {});
    /// A warning box with OK.
    void warn(QWidget *parent, const QString &title, const QString &text, const QString &objectName = {});
    /// Yes/No (with the given label on the Yes button); true when confirmed. Default is No.
    bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel = {},
                 const QString &objectName = {});
};

/// The production prompter: real QMessageBox / QInputDialog / QDialog::exec().
class MessageBoxPrompter final : public Prompter
{
public:
    /// The message box ask() shows for `question`, not yet executed: every label
    /// in it is Qt::PlainText. Public so a test can check what a recorded
    /// question would look like.
    static std::unique_ptr<QMessageBox> createMessageBox(QWidget *parent, const Question &question);
    /// The input dialog askText() shows for `question`, not yet executed; its label is Qt::PlainText.
    static std::unique_ptr<QInputDialog> createInputDialog(QWidget *parent, const TextQuestion &question);

    QMessageBox::StandardButton ask(QWidget *parent, const Question &question) override;
    std::optional<QString> askText(QWidget *parent, const TextQuestion &question) override;
    int execDialog(QDialog *dialog) override;
};

} // namespace chcloud
