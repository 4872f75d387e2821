// Server names made safe for confirmation sentences: bidirectional controls
// removed, other control characters turned into spaces.

#include "domain/DisplayText.h"

#include <QTest>

using namespace chcloud;
using namespace Qt::StringLiterals;

class DisplayTextTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void isolatedNamesCannotReorderThemselvesOrTheirSurroundings()
    {
        const QString spoof = u"prod"_s + QChar(0x202E) + u"gnp.exe"_s;
        const QString shown = DisplayText::isolated(spoof);
        QCOMPARE(shown, QChar(0x2068) + u"prodgnp.exe"_s + QChar(0x2069));
        QVERIFY(DisplayText::isolated(QString()).isEmpty());
        const QString hebrew = u"\u05E9\u05DC\u05D5\u05DD"_s;
        QCOMPARE(DisplayText::isolated(hebrew), QChar(0x2068) + hebrew + QChar(0x2069));
    }

    void everyBidiControlIsRecognised_data()
    {
        QTest::addColumn<int>("codePoint");
        for (const int c :
             { 0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x200E, 0x200F, 0x061C })
            QTest::newRow(qPrintable(u"U+%1"_s.arg(c, 4, 16, QChar(u'0')).toUpper())) << c;
    }

    void everyBidiControlIsRecognised()
    {
        QFETCH(int, codePoint);
        QVERIFY(DisplayText::isBidiControl(QChar(char16_t(codePoint))));
        const QString name = u"ab"_s + QChar(char16_t(codePoint)) + u"cd"_s;
        QCOMPARE(DisplayText::withoutBidiControls(name), u"abcd"_s);
        QCOMPARE(DisplayText::forConfirmation(name), u"abcd"_s);
    }

    void ordinaryTextIsKept_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("ascii with markup") << u"<a href=\"https://example.invalid\">Session expired</a>"_s;
        QTest::newRow("hebrew letters") << u"\u05E9\u05DC\u05D5\u05DD"_s;
        QTest::newRow("arabic letters") << u"\u0645\u0631\u062D\u0628\u0627"_s;
        QTest::newRow("zero-width joiner (not a bidi control)") << u"a\u200Db"_s;
        QTest::newRow("neighbours of the ranges") << u"\u2029\u202F\u2065\u206A\u200D\u2010\u061B\u061D"_s;
        QTest::newRow("empty") << QString();
    }

    void ordinaryTextIsKept()
    {
        QFETCH(QString, text);
        QCOMPARE(DisplayText::withoutBidiControls(text), text);
        QCOMPARE(DisplayText::forConfirmation(text), text);
    }

    void controlCharactersBecomeSpacesInConfirmations()
    {
        const QString name = u"prod\n\nThis is safe to delete.\t\u202Eok"_s;
        QCOMPARE(DisplayText::forConfirmation(name), u"prod  This is safe to delete. ok"_s);
        // Without bidi controls only: line breaks are kept there.
        QCOMPARE(DisplayText::withoutBidiControls(name), u"prod\n\nThis is safe to delete.\tok"_s);
    }

    void overrideAtTheEndCannotReverseTheSentence()
    {
        // "Delete “<RLO>yek-evil”?" would display as "Delete “?”live-key": the override is gone.
        const QString shown = u"Delete “%1”?"_s.arg(DisplayText::forConfirmation(u"\u202Eyek-evil\u202C"_s));
        QCOMPARE(shown, u"Delete “yek-evil”?"_s);
    }
};

QTEST_APPLESS_MAIN(DisplayTextTest)
#include "tst_displaytext.moc"
