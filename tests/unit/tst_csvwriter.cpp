#include "viewmodels/CsvWriter.h"

#include <QBuffer>
#include <QStandardItemModel>
#include <QTest>

using chcloud::CsvWriter;
using namespace Qt::StringLiterals;

class TestCsvWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapeField_data();
    void escapeField();
    void formatRow_data();
    void formatRow();
    void writeModel_prefersExportRole();
    void writeRow_failsOnClosedDevice();
};

void TestCsvWriter::escapeField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<bool>("guard");
    QTest::addColumn<QString>("expected");

    QTest::newRow("plain text stays bare") << u"service-1"_s << true << u"service-1"_s;
    QTest::newRow("empty stays empty") << QString() << true << QString();
    QTest::newRow("comma is quoted") << u"a,b"_s << true << u"\"a,b\""_s;
    QTest::newRow("quote is doubled and quoted") << u"say \"hi\""_s << true << u"\"say \"\"hi\"\"\""_s;
    QTest::newRow("LF is quoted") << u"line1\nline2"_s << true << u"\"line1\nline2\""_s;
    QTest::newRow("CR is quoted") << u"a\rb"_s << true << u"\"a\rb\""_s;
    QTest::newRow("leading space kept") << u"  x "_s << true << u"  x "_s;
    QTest::newRow("unicode kept") << u"Zürich 東京"_s << true << u"Zürich 東京"_s;
    QTest::newRow("formula guarded") << u"=HYPERLINK(1)"_s << true << u"'=HYPERLINK(1)"_s;
    QTest::newRow("formula with comma guarded and quoted") << u"=SUM(A1,B1)"_s << true << u"\"'=SUM(A1,B1)\""_s;
    QTest::newRow("at sign guarded") << u"@cmd"_s << true << u"'@cmd"_s;
    QTest::newRow("negative number not guarded") << u"-12.5"_s << true << u"-12.5"_s;
    QTest::newRow("plus number not guarded") << u"+3"_s << true << u"+3"_s;
    QTest::newRow("formula unguarded when off") << u"=1+1"_s << false << u"=1+1"_s;
}

void TestCsvWriter::escapeField()
{
    QFETCH(QString, field);
    QFETCH(bool, guard);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::escapeField(field, guard ? CsvWriter::FormulaGuard::On : CsvWriter::FormulaGuard::Off),
             expected);
}

void TestCsvWriter::formatRow_data()
{
    QTest::addColumn<QStringList>("fields");
    QTest::addColumn<QString>("expected");

    QTest::newRow("simple record ends with CRLF") << QStringList { u"a"_s, u"b"_s, u"c"_s } << u"a,b,c\r\n"_s;
    QTest::newRow("empty fields keep their commas") << QStringList { QString(), u"x"_s, QString() } << u",x,\r\n"_s;
    QTest::newRow("single empty field") << QStringList { QString() } << u"\r\n"_s;
    QTest::newRow("mixed quoting") << QStringList { u"2024-01-01"_s, u"Smith, J."_s, u"12.5"_s }
                                   << u"2024-01-01,\"Smith, J.\",12.5\r\n"_s;
}

void TestCsvWriter::formatRow()
{
    QFETCH(QStringList, fields);
    QFETCH(QString, expected);
    QCOMPARE(CsvWriter::formatRow(fields), expected);
}

void TestCsvWriter::writeModel_prefersExportRole()
{
    QStandardItemModel model(2, 2);
    model.setHorizontalHeaderLabels({ u"Date"_s, u"Cost, CHC"_s });
    model.setData(model.index(0, 0), u"1 Jan 2024"_s, Qt::DisplayRole);
    model.setData(model.index(0, 0), u"2024-01-01"_s, CsvWriter::ExportRole);
    model.setData(model.index(0, 1), u"1.50"_s, Qt::DisplayRole);
    model.setData(model.index(1, 0), u"2 Jan 2024"_s, Qt::DisplayRole);
    model.setData(model.index(1, 1), u"multi\nline"_s, Qt::DisplayRole);

    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    CsvWriter writer(&buffer);
    QVERIFY(writer.writeModel(model));
    QCOMPARE(QString::fromUtf8(buffer.data()),
             u"Date,\"Cost, CHC\"\r\n2024-01-01,1.50\r\n2 Jan 2024,\"multi\nline\"\r\n"_s);
}

void TestCsvWriter::writeRow_failsOnClosedDevice()
{
    QBuffer buffer; // never opened: writes fail
    CsvWriter writer(&buffer);
    QTest::ignoreMessage(QtWarningMsg, "QIODevice::write (QBuffer): device not open");
    QVERIFY(!writer.writeRow({ u"a"_s }));
    QVERIFY(!writer.ok());
    QVERIFY(!writer.writeRow({ u"b"_s })); // stays failed, no second warning
}

QTEST_GUILESS_MAIN(TestCsvWriter)
#include "tst_csvwriter.moc"
