// The one-time secret fields (new key ID and secret, a service password): the
// copy button is the only way out. Double-click, drag, Ctrl+A/C/Insert and the
// context menu leave the clipboard and the primary selection alone, the secret
// is masked until shown, the fields fit the whole text, and the guard clears
// the selection as well as the clipboard.

#include "domain/Secret.h"
#include "pages/keys/KeyRevealDialog.h"
#include "pages/services/PasswordRevealDialog.h"
#include "viewmodels/ClipboardGuard.h"
#include "viewmodels/KeyReveal.h"
#include "widgets/ScriptedPrompter.h"

#include <QApplication>
#include <QClipboard>
#include <QContextMenuEvent>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyle>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

const QString kKeyId = u"5ZkXq0pLmN3rTvWy8aBc"_s;
const QString kSecret = u"4b1dQw7Er2Ty9Ui4Op6As1Df3Gh5Jk8Lz0Xc2Vb4Nm6Mq"_s;
const QString kPassword = u"Pa55-word_for.the~default-user"_s;
const QString kBefore = u"what the user had copied before"_s;
const QString kBeforeSelection = u"what the user had selected before"_s;

QClipboard *clipboard()
{
    return QGuiApplication::clipboard();
}

/// Everything a user could do to get text out of a field without its copy button.
/// Returns whether a context menu opened.
bool tryToCopy(QLineEdit *field)
{
    const QPoint centre = field->rect().center();
    const QPoint left(3, centre.y());
    const QPoint right(field->width() - 3, centre.y());
    QTest::mouseDClick(field, Qt::LeftButton, {}, centre);
    QTest::mousePress(field, Qt::LeftButton, {}, left);
    QTest::mouseMove(field, right);
    QTest::mouseRelease(field, Qt::LeftButton, {}, right);
    QTest::mouseClick(field, Qt::MiddleButton, {}, centre);
    field->setFocus(); // as if it had been tabbed to
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Insert, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Home);
    QTest::keyClick(field, Qt::Key_End, Qt::ShiftModifier);
    QTest::keyClick(field, Qt::Key_C, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_X, Qt::ControlModifier);

    QContextMenuEvent menuEvent(QContextMenuEvent::Mouse, centre, field->mapToGlobal(centre));
    QCoreApplication::sendEvent(field, &menuEvent);
    bool menuOpened = false;
    const auto topLevels = QApplication::topLevelWidgets();
    for (QWidget *widget : topLevels) {
        auto *menu = qobject_cast<QMenu *>(widget);
        if (!menu || !menu->isVisible())
            continue;
        menuOpened = true;
        const auto actions = menu->actions();
        for (QAction *action : actions) {
            if (action->objectName() == u"edit-copy"_s || action->text().contains(u"Copy"_s))
                action->trigger();
        }
        menu->close();
    }
    return menuOpened;
}

} // namespace

class TestSecretFields : public QObject
{
    Q_OBJECT

private:
    /// The clipboard and the selection hold what the user had, not the secret.
    static void verifyNothingLeaked(const QString &secret)
    {
        QCOMPARE(clipboard()->text(QClipboard::Clipboard), kBefore);
        if (clipboard()->supportsSelection())
            QCOMPARE(clipboard()->text(QClipboard::Selection), kBeforeSelection);
        QVERIFY(!clipboard()->text(QClipboard::Clipboard).contains(secret));
    }

    static void verifyFieldCannotLeak(QLineEdit *field, const QString &secret, bool shown)
    {
        QCOMPARE(field->text(), secret); // the field does hold it
        if (!shown) {
            QCOMPARE(field->echoMode(), QLineEdit::Password);
            QVERIFY(!field->displayText().contains(secret));
        } else {
            QCOMPARE(field->echoMode(), QLineEdit::Normal);
        }
        QVERIFY(!tryToCopy(field));
        QVERIFY(!field->hasSelectedText());
        verifyNothingLeaked(secret);
    }

    /// The field is wide enough to show all of its text.
    static void verifyFitsWholeText(const QLineEdit *field)
    {
        const int frame = field->style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, field);
        const int needed = field->fontMetrics().horizontalAdvance(field->displayText()) + 2 * frame + 4;
        QVERIFY2(field->width() >= needed,
                 qPrintable(
                     u"%1: %2 px wide, the text needs %3"_s.arg(field->objectName()).arg(field->width()).arg(needed)));
    }

private Q_SLOTS:
    void init()
    {
        clipboard()->setText(kBefore, QClipboard::Clipboard);
        if (clipboard()->supportsSelection())
            clipboard()->setText(kBeforeSelection, QClipboard::Selection);
        QCOMPARE(clipboard()->text(), kBefore);
    }

    void keyRevealFieldsGiveNothingAway_data()
    {
        QTest::addColumn<QString>("fieldName");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<bool>("shown");
        QTest::newRow("key ID field") << u"revealKeyIdEdit"_s << kKeyId << true;
        QTest::newRow("secret field, masked") << u"revealSecretEdit"_s << kSecret << false;
        QTest::newRow("secret field, shown") << u"revealSecretEdit"_s << kSecret << true;
    }

    void keyRevealFieldsGiveNothingAway()
    {
        QFETCH(QString, fieldName);
        QFETCH(QString, expected);
        QFETCH(bool, shown);
        ScriptedPrompter prompter;
        ScopedPrompter installed(&prompter);
        ClipboardGuard guard;
        KeyReveal reveal(u"exporter"_s, kKeyId, Secret(kSecret), &guard, nullptr, Profile {});
        KeyRevealDialog dialog(&reveal);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *secretField = dialog.findChild<QLineEdit *>(u"revealSecretEdit"_s);
        QVERIFY(secretField);
        QCOMPARE(secretField->echoMode(), QLineEdit::Password); // masked by default
        if (shown && fieldName == u"revealSecretEdit"_s)
            dialog.findChild<QToolButton *>(u"showSecretButton"_s)->click();
        auto *field = dialog.findChild<QLineEdit *>(fieldName);
        QVERIFY(field);
        verifyFieldCannotLeak(field, expected, shown);
        // Nothing of the secret leaked through the other field either.
        QVERIFY(!clipboard()->text().contains(kSecret));
        QCOMPARE(prompter.unscripted(), 0);
    }

    void passwordFieldGivesNothingAway_data()
    {
        QTest::addColumn<bool>("shown");
        QTest::newRow("masked") << false;
        QTest::newRow("shown") << true;
    }

    void passwordFieldGivesNothingAway()
    {
        QFETCH(bool, shown);
        ClipboardGuard guard;
        PasswordRevealDialog dialog(u"svc-1"_s, u"warehouse"_s, Secret(kPassword), &guard, nullptr);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *field = dialog.findChild<QLineEdit *>(u"passwordField"_s);
        QVERIFY(field);
        QCOMPARE(field->echoMode(), QLineEdit::Password);
        if (shown)
            dialog.findChild<QToolButton *>(u"showPasswordButton"_s)->click();
        verifyFieldCannotLeak(field, kPassword, shown);
    }

    void copyButtonsStillCopy()
    {
        ClipboardGuard guard;
        KeyReveal reveal(u"exporter"_s, kKeyId, Secret(kSecret), &guard, nullptr, Profile {});
        KeyRevealDialog dialog(&reveal);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.findChild<QPushButton *>(u"copySecretButton"_s)->click();
        QCOMPARE(clipboard()->text(), kSecret);
        const QMimeData *data = clipboard()->mimeData();
        QVERIFY(data);
        QCOMPARE(data->data(u"x-kde-passwordManagerHint"_s), QByteArrayLiteral("secret"));
        QVERIFY(guard.isGuarding());
        guard.clearNow();
        QVERIFY(clipboard()->text().isEmpty());
    }

    void fieldsShowTheWholeKeyAndSecret()
    {
        ScriptedPrompter prompter;
        ScopedPrompter installed(&prompter);
        ClipboardGuard guard;
        KeyReveal reveal(u"exporter"_s, kKeyId, Secret(kSecret), &guard, nullptr, Profile {});
        KeyRevealDialog dialog(&reveal);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *keyId = dialog.findChild<QLineEdit *>(u"revealKeyIdEdit"_s);
        auto *secret = dialog.findChild<QLineEdit *>(u"revealSecretEdit"_s);
        verifyFitsWholeText(keyId);
        verifyFitsWholeText(secret);
        dialog.findChild<QToolButton *>(u"showSecretButton"_s)->click();
        QTRY_COMPARE(secret->echoMode(), QLineEdit::Normal);
        QTRY_VERIFY(secret->width() >= secret->minimumSizeHint().width());
        verifyFitsWholeText(secret);

        ClipboardGuard passwordGuard;
        PasswordRevealDialog passwordDialog(u"svc-1"_s, u"warehouse"_s, Secret(kSecret + kSecret), &passwordGuard,
                                            nullptr);
        passwordDialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&passwordDialog));
        passwordDialog.findChild<QToolButton *>(u"showPasswordButton"_s)->click();
        auto *password = passwordDialog.findChild<QLineEdit *>(u"passwordField"_s);
        QTRY_VERIFY(password->width() >= password->minimumSizeHint().width());
        verifyFitsWholeText(password);
    }

    void guardClearsClipboardAndSelection()
    {
        ClipboardGuard guard;
        QSignalSpy cleared(&guard, &ClipboardGuard::clipboardCleared);
        guard.copySecret(kSecret);
        QCOMPARE(clipboard()->text(), kSecret);
        const bool selection = clipboard()->supportsSelection();
        if (selection) // as if it had been selected somewhere, or synchronised by a clipboard manager
            clipboard()->setText(kSecret, QClipboard::Selection);
        guard.clearNow();
        QCOMPARE(cleared.size(), 1);
        QCOMPARE(cleared.first().first().toBool(), true);
        QVERIFY(clipboard()->text(QClipboard::Clipboard).isEmpty());
        if (selection)
            QVERIFY(clipboard()->text(QClipboard::Selection).isEmpty());
        QVERIFY(!guard.isGuarding());
    }

    void guardLeavesWhatTheUserCopiedSince()
    {
        ClipboardGuard guard;
        guard.copySecret(kSecret);
        clipboard()->setText(kBefore, QClipboard::Clipboard);
        QSignalSpy cleared(&guard, &ClipboardGuard::clipboardCleared);
        guard.clearNow();
        QCOMPARE(cleared.first().first().toBool(), false);
        QCOMPARE(clipboard()->text(QClipboard::Clipboard), kBefore);
        if (clipboard()->supportsSelection())
            QCOMPARE(clipboard()->text(QClipboard::Selection), kBeforeSelection);
    }
};

QTEST_MAIN(TestSecretFields)
#include "tst_secretfields.moc"
