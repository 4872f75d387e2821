#pragma once

#include "Prompter.h"

#include <QList>
#include <QQueue>
#include <QStringList>

#include <functional>
#include <variant>

namespace chcloud {

/// A Prompter for tests: answers from a script prepared in advance and records
/// every question, so a test can check what the user was asked and drive each
/// branch without a blocking exec(). Install it with ScopedPrompter.
///
///     ScriptedPrompter prompter;
///     ScopedPrompter installed(&prompter);
///     prompter.answerNext(QMessageBox::Yes);
///     page.deleteSelectedKey();
///     QCOMPARE(prompter.questions().size(), 1);
///
/// A question nobody scripted is answered with the escape choice (Cancel, No, or
/// the only button) and counted in unscripted(): a test can assert it stays 0.
class ScriptedPrompter final : public Prompter
{
public:
    /// Handles a dialog passed to execDialog(): fill its fields, then return Accepted/Rejected.
    using DialogHandler = std::function<int(QDialog *dialog)>;

    /// The next ask() returns `button`.
    void answerNext(QMessageBox::StandardButton button);
    /// The next askText() returns `text` (nullopt = cancelled).
    void answerNextText(std::optional<QString> text);
    /// The next execDialog() calls `handler`.
    void answerNextDialog(DialogHandler handler);

    QMessageBox::StandardButton ask(QWidget *parent, const Question &question) override;
    std::optional<QString> askText(QWidget *parent, const TextQuestion &question) override;
    int execDialog(QDialog *dialog) override;

    /// Every message box asked, in order.
    const QList<Question> &questions() const { return m_questions; }
    /// Every text question asked, in order.
    const QList<TextQuestion> &textQuestions() const { return m_textQuestions; }
    /// objectNames of the dialogs run, in order.
    const QStringList &dialogs() const { return m_dialogs; }
    /// Prompts that had no scripted answer.
    int unscripted() const { return m_unscripted; }
    /// Script entries never used.
    int pendingAnswers() const { return int(m_buttons.size() + m_texts.size() + m_handlers.size()); }

private:
    QQueue<QMessageBox::StandardButton> m_buttons;
    QQueue<std::optional<QString>> m_texts;
    QQueue<DialogHandler> m_handlers;
    QList<Question> m_questions;
    QList<TextQuestion> m_textQuestions;
    QStringList m_dialogs;
    int m_unscripted = 0;
};

/// Installs a prompter for the lifetime of the guard, restoring the previous one after.
class ScopedPrompter
{
public:
    explicit ScopedPrompter(Prompter *prompter);
    ~ScopedPrompter();
    ScopedPrompter(const ScopedPrompter &) = delete;
    ScopedPrompter &operator=(const ScopedPrompter &) = delete;

private:
    Prompter *m_previous;
};

} // namespace chcloud
