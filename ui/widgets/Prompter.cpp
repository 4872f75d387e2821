#include "Prompter.h"

#include <QDialog>
#include <QInputDialog>
#include <QPushButton>

namespace chcloud {

namespace {

Prompter *g_installed = nullptr;

QMessageBox::Icon iconFor(Prompter::Severity severity)
{
    switch (severity) {
    case Prompter::Severity::Information:
        return QMessageBox::Information;
    case Prompter::Severity::Question:
        return QMessageBox::Question;
    case Prompter::Severity::Warning:
        return QMessageBox::Warning;
    case Prompter::Severity::Critical:
        return QMessageBox::Critical;
    }
    return QMessageBox::NoIcon;
}

} // namespace

Prompter *Prompter::instance()
{
    if (g_installed)
        return g_installed;
    static MessageBoxPrompter fallback;
    return &fallback;
}

void Prompter::setInstance(Prompter *prompter)
{
    g_installed = prompter;
}

void Prompter::inform(QWidget *parent, const QString &title, const QString &text, const QString &objectName)
{
    Question question;
    question.severity = Severity::Information;
    question.title = title;
    question.text = text;
    question.objectName = objectName;
    ask(parent, question);
}

void Prompter::warn(QWidget *parent, const QString &title, const QString &text, const QString &objectName)
{
    Question question;
    question.severity = Severity::Warning;
    question.title = title;
    question.text = text;
    question.objectName = objectName;
    ask(parent, question);
}

bool Prompter::confirm(QWidget *parent, const QString &title, const QString &text, const QString &confirmLabel,
                       const QString &objectName)
{
    Question question;
    question.severity = Severity::Question;
    question.title = title;
    question.text = text;
    question.buttons = QMessageBox::Yes | QMessageBox::No;
    question.defaultButton = QMessageBox::No;
    if (!confirmLabel.isEmpty())
        question.buttonTexts.insert(QMessageBox::Yes, confirmLabel);
    question.objectName = objectName;
    return ask(parent, question) == QMessageBox::Yes;
}

QMessageBox::StandardButton MessageBoxPrompter::ask(QWidget *parent, const Question &question)
{
    QMessageBox box(iconFor(question.severity), question.title, question.text, question.buttons, parent);
    box.setObjectName(question.objectName);
    box.setInformativeText(question.informativeText);
    box.setDetailedText(question.detailedText);
    if (question.defaultButton != QMessageBox::NoButton)
        box.setDefaultButton(question.defaultButton);
    for (auto it = question.buttonTexts.cbegin(); it != question.buttonTexts.cend(); ++it) {
        if (QAbstractButton *button = box.button(it.key()))
            button->setText(it.value());
    }
    box.exec();
    return box.standardButton(box.clickedButton());
}

std::optional<QString> MessageBoxPrompter::askText(QWidget *parent, const TextQuestion &question)
{
    QInputDialog dialog(parent);
    dialog.setObjectName(question.objectName);
    dialog.setInputMode(QInputDialog::TextInput);
    dialog.setWindowTitle(question.title);
    dialog.setLabelText(question.label);
    dialog.setTextValue(question.initialText);
    dialog.setTextEchoMode(question.echoMode);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

int MessageBoxPrompter::execDialog(QDialog *dialog)
{
    return dialog->exec();
}

} // namespace chcloud
