#include "widgets/ScriptedPrompter.h"

#include <QDialog>
#include <QLineEdit>
#include <QTest>

using namespace chcloud;
using namespace Qt::StringLiterals;

/// The scripted prompter answers what a test prepared, records what was asked,
/// and counts questions nobody scripted (answered with the escape choice).
class TestShellPrompter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void installsAndRestores()
    {
        Prompter *before = Prompter::instance();
        ScriptedPrompter scripted;
        {
            ScopedPrompter installed(&scripted);
            QCOMPARE(Prompter::instance(), &scripted);
        }
        QCOMPARE(Prompter::instance(), before);
        QVERIFY(dynamic_cast<MessageBoxPrompter *>(Prompter::instance()) != nullptr);
    }

    void confirm_data()
    {
        QTest::addColumn<bool>("scripted");
        QTest::addColumn<int>("answer");
        QTest::addColumn<bool>("confirmed");
        QTest::addColumn<int>("unscripted");
        QTest::newRow("yes confirms") << true << int(QMessageBox::Yes) << true << 0;
        QTest::newRow("no declines") << true << int(QMessageBox::No) << false << 0;
        QTest::newRow("unscripted answers no") << false << 0 << false << 1;
    }

    void confirm()
    {
        QFETCH(bool, scripted);
        QFETCH(int, answer);
        QFETCH(bool, confirmed);
        QFETCH(int, unscripted);
        ScriptedPrompter prompter;
        ScopedPrompter installed(&prompter);
        if (scripted)
            prompter.answerNext(QMessageBox::StandardButton(answer));
        const bool result
            = Prompter::instance()->confirm(nullptr, u"Delete"_s, u"Delete it?"_s, u"Delete key"_s, u"confirmDelete"_s);
        QCOMPARE(result, confirmed);
        QCOMPARE(prompter.unscripted(), unscripted);
        QCOMPARE(prompter.questions().size(), 1);
        const Prompter::Question &asked = prompter.questions().constFirst();
        QCOMPARE(asked.objectName, u"confirmDelete"_s);
        QCOMPARE(asked.defaultButton, QMessageBox::No);
        QCOMPARE(asked.buttonTexts.value(QMessageBox::Yes), u"Delete key"_s);
    }

    void textAnswers()
    {
        ScriptedPrompter prompter;
        prompter.answerNextText(u"my-key"_s);
        prompter.answerNextText(std::nullopt);
        QCOMPARE(prompter.askText(nullptr, { u"t"_s, u"Name"_s, {}, QLineEdit::Normal, u"name"_s }),
                 std::optional<QString>(u"my-key"_s));
        QCOMPARE(prompter.askText(nullptr, {}), std::nullopt);
        QCOMPARE(prompter.textQuestions().size(), 2);
        QCOMPARE(prompter.pendingAnswers(), 0);
    }

    void dialogHandlerFillsAndAccepts()
    {
        ScriptedPrompter prompter;
        QDialog dialog;
        dialog.setObjectName(u"testDialog"_s);
        auto *edit = new QLineEdit(&dialog);
        edit->setObjectName(u"nameEdit"_s);
        prompter.answerNextDialog([](QDialog *shown) {
            shown->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"typed"_s);
            return int(QDialog::Accepted);
        });
        QCOMPARE(prompter.execDialog(&dialog), int(QDialog::Accepted));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(edit->text(), u"typed"_s);
        QCOMPARE(prompter.dialogs(), QStringList { u"testDialog"_s });
        QCOMPARE(prompter.execDialog(&dialog), int(QDialog::Rejected)); // nothing scripted
        QCOMPARE(prompter.unscripted(), 1);
    }
};

QTEST_MAIN(TestShellPrompter)
#include "tst_shellprompter.moc"
