// The English catalogue holds the plural forms of every %n message, so a count
// of one reads "1 entry", not "1 entries" — in English and in every language
// that falls back to it. Loads the catalogue the application compiles in.

#include <QCoreApplication>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;

class TestEnglishPlurals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_english.load(QStringLiteral(CHCLOUD_ENGLISH_QM)), CHCLOUD_ENGLISH_QM);
        QVERIFY(QCoreApplication::installTranslator(&m_english));
    }

    void pluralForms_data()
    {
        QTest::addColumn<QString>("context");
        QTest::addColumn<QString>("source");
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("expected");
        QTest::newRow("one entry") << u"chcloud::ApiKeysTableModel"_s << u"%n entries"_s << 1 << u"1 entry"_s;
        QTest::newRow("two entries") << u"chcloud::ApiKeysTableModel"_s << u"%n entries"_s << 2 << u"2 entries"_s;
        QTest::newRow("one day") << u"chcloud::ApiKeysTableModel"_s << u"expires in %n days"_s << 1
                                 << u"expires in 1 day"_s;
        QTest::newRow("one service") << u"chcloud::ServicesPage"_s << u"%n services"_s << 1 << u"1 service"_s;
        QTest::newRow("none") << u"chcloud::ServicesPage"_s << u"%n services"_s << 0 << u"0 services"_s;
    }

    void pluralForms()
    {
        QFETCH(QString, context);
        QFETCH(QString, source);
        QFETCH(int, count);
        QFETCH(QString, expected);
        QCOMPARE(QCoreApplication::translate(context.toUtf8().constData(), source.toUtf8().constData(), nullptr, count),
                 expected);
    }

private:
    QTranslator m_english;
};

QTEST_GUILESS_MAIN(TestEnglishPlurals)
#include "tst_englishplurals.moc"
