#include "Prompter.h"

#include <QDialog>
#include <QInputDialog>
#include <QLabel>
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

/// Every label of the dialog shows its text as is. QMessageBox applies its
/// textFormat to the main text only; the informative text gets a label of its
/// own that auto-detects rich text, and QInputDialog's label does the same.
void forcePlainText(QWidget &dialog)
{
    const auto labels = dialog.findChildren<QLabel *>();
    for (QLabel *label : labels) {
        label->setTextFormat(Qt::PlainText);
        label->setOpenExternalLinks(false);
    }
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

std::unique_ptr<QMessageBox> MessageBoxPrompter::createMessageBox(QWidget *parent, const Question &question)
{
    auto box = std::make_unique<QMessageBox>(iconFor(question.severity), question.title, QString(), question.buttons,
                                             parent);
    box->setTextFormat(Qt::PlainText);
    box->setText(question.text);
    box->setObjectName(question.objectName);
    box->setInformativeText(question.informativeText);
    box->setDetailedText(question.detailedText);
    if (question.defaultButton != QMessageBox::NoButton)
        box->setDefaultButton(question.defaultButton);
    for (auto it = question.buttonTexts.cbegin(); it != question.buttonTexts.cend(); ++it) {
        if (QAbstractButton *button = box->button(it.key()))
            button->setText(it.value());
    }
    forcePlainText(*box);
    return box;
}

std::unique_ptr<QInputDialog> MessageBoxPrompter::createInputDialog(QWidget *parent, const TextQuestion &question)
{
    auto dialog = std::make_unique<QInputDialog>(parent);
    dialog->setObjectName(question.objectName);
    dialog->setInputMode(QInputDialog::TextInput);
    dialog->setWindowTitle(question.title);
    dialog->setLabelText(question.label);
    dialog->setTextValue(question.initialText);
    dialog->setTextEchoMode(question.echoMode);
    forcePlainText(*dialog);
    return dialog;
}

QMessageBox::StandardButton MessageBoxPrompter::ask(QWidget *parent, const Question &question)
{
    const std::unique_ptr<QMessageBox> box = createMessageBox(parent, question);
    box->exec();
    return box->standardButton(box->clickedButton());
}

std::optional<QString> MessageBoxPrompter::askText(QWidget *parent, const TextQuestion &question)
{
    const std::unique_ptr<QInputDialog> dialog = createInputDialog(parent, question);
    if (dialog->exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog->textValue();
}

int MessageBoxPrompter::execDialog(QDialog *dialog)
{
    return dialog->exec();
}

} // namespace chcloud
