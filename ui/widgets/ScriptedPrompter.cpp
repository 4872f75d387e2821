#include "ScriptedPrompter.h"

#include <QDialog>

namespace chcloud {

namespace {

/// What closing the box with Escape would answer.
QMessageBox::StandardButton escapeChoice(QMessageBox::StandardButtons buttons)
{
    for (auto candidate : { QMessageBox::Cancel, QMessageBox::No, QMessageBox::Abort, QMessageBox::Close }) {
        if (buttons.testFlag(candidate))
            return candidate;
    }
    if (buttons.testFlag(QMessageBox::Ok))
        return QMessageBox::Ok;
    return QMessageBox::NoButton;
}

} // namespace

void ScriptedPrompter::answerNext(QMessageBox::StandardButton button)
{
    m_buttons.enqueue(button);
}

void ScriptedPrompter::answerNextText(std::optional<QString> text)
{
    m_texts.enqueue(text);
}

void ScriptedPrompter::answerNextDialog(DialogHandler handler)
{
    m_handlers.enqueue(handler);
}

QMessageBox::StandardButton ScriptedPrompter::ask(QWidget *, const Question &question)
{
    m_questions.append(question);
    if (m_buttons.isEmpty()) {
        ++m_unscripted;
        return escapeChoice(question.buttons);
    }
    return m_buttons.dequeue();
}

std::optional<QString> ScriptedPrompter::askText(QWidget *, const TextQuestion &question)
{
    m_textQuestions.append(question);
    if (m_texts.isEmpty()) {
        ++m_unscripted;
        return std::nullopt;
    }
    return m_texts.dequeue();
}

int ScriptedPrompter::execDialog(QDialog *dialog)
{
    m_dialogs.append(dialog->objectName());
    if (m_handlers.isEmpty()) {
        ++m_unscripted;
        return QDialog::Rejected;
    }
    const int result = m_handlers.dequeue()(dialog);
    dialog->setResult(result);
    return result;
}

ScopedPrompter::ScopedPrompter(Prompter *prompter)
    : m_previous(Prompter::instance())
{
    Prompter::setInstance(prompter);
}

ScopedPrompter::~ScopedPrompter()
{
    Prompter::setInstance(m_previous);
}

} // namespace chcloud
