// json::Scanner and UsageLog::fromJsonText: a large reply read piece by piece
// must accept exactly what QJsonDocument accepts and give what the document
// reader gives, record for record, unreadable rows and errors included.

#include "domain/JsonScanner.h"
#include "domain/UsageLog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

/// JSON written with single quotes, for legibility: J("{'a':1}") is {"a":1}.
QByteArray J(const char *text)
{
    return QByteArray(text).replace('\'', '"');
}

/// Reads a whole text with the scanner: objects and arrays walked, everything
/// else parsed. Returns whether it was accepted.
bool scanWhole(const QByteArray &text, QString *error = nullptr)
{
    json::Scanner scanner(text);
    std::function<qsizetype(qsizetype)> value = [&](qsizetype at) -> qsizetype {
        at = scanner.skipSpace(at);
        if (scanner.byteAt(at) == '{')
            return scanner.walkObject(at, [&](const QString &, qsizetype member) { return value(member); });
        if (scanner.byteAt(at) == '[')
            return scanner.walkArray(at, [&](qsizetype, qsizetype element) { return value(element); });
        qsizetype end = -1;
        return scanner.parseValue(at, end) ? end : -1;
    };
    const bool accepted = scanner.atEnd(value(0));
    if (error)
        *error = scanner.errorText() + u" at "_s + QString::number(scanner.errorOffset());
    return accepted;
}

QByteArray record(const QByteArray &date, const QByteArray &entity, const QByteArray &total)
{
    return J("{'dataWarehouseId':'dw-1','serviceId':'svc-1','date':'") + date + J("','entityType':'service',")
        + J("'entityId':'") + entity + J("','entityName':'Name ") + entity + J("','metrics':{'computeCHC':1.5},")
        + J("'totalCHC':") + total + J(",'locked':true}");
}

} // namespace

class TestJsonScanner : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void acceptsWhatTheDocumentAccepts_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("empty array") << QByteArray(" [ ] ");
        QTest::newRow("nested") << QByteArray(J("{'a':[1,{'b':'}]'},[]],'c':null, 'd' : true}"));
        QTest::newRow("escapes") << QByteArray(J("{'k\\'ey':'va\\\\l\\'ue','\\u0063':'\\u00e9'}"));
        QTest::newRow("numbers") << QByteArray(J("[0,-1.5e3,2E-2,1]"));
        QTest::newRow("whitespace everywhere") << QByteArray("\r\n\t{ \"a\" :\n[ 1 ,\t2 ] }\n");
        QTest::newRow("trailing comma in object") << QByteArray(J("{'a':1,}"));
        QTest::newRow("trailing comma in array") << QByteArray("[1,2,]");
        QTest::newRow("missing colon") << QByteArray(J("{'a' 1}"));
        QTest::newRow("missing comma") << QByteArray(J("{'a':1 'b':2}"));
        QTest::newRow("wrong closing bracket") << QByteArray(J("{'a':[1,2}}"));
        QTest::newRow("unterminated object") << QByteArray(J("{'a':{'b':1}"));
        QTest::newRow("unterminated string") << QByteArray(J("{'a':'b}"));
        QTest::newRow("bad literal") << QByteArray(J("{'a':tru}"));
        QTest::newRow("bad number") << QByteArray(J("{'a':01}"));
        QTest::newRow("bad escape") << QByteArray(J("{'a':'\\q'}"));
        QTest::newRow("control character in a key") << QByteArray("{\"a\x01\":1}");
        QTest::newRow("unquoted key") << QByteArray("{a:1}");
        QTest::newRow("garbage after") << QByteArray("{} x");
        QTest::newRow("two documents") << QByteArray("{}{}");
        QTest::newRow("nothing") << QByteArray("   ");
        QTest::newRow("bad UTF-8 in a value") << QByteArray("{\"a\":\"\xff\"}");
    }

    void acceptsWhatTheDocumentAccepts()
    {
        QFETCH(QByteArray, text);
        QJsonParseError documentError;
        QJsonDocument::fromJson(text, &documentError);
        QString scannerError;
        QCOMPARE(scanWhole(text, &scannerError), documentError.error == QJsonParseError::NoError);
        Q_UNUSED(scannerError)
    }

    void errorOffsetPointsAtTheFault()
    {
        const QByteArray text = J("{'a':[1,2],'b':{'c':tru}}");
        QString error;
        QVERIFY(!scanWhole(text, &error));
        json::Scanner scanner(text);
        qsizetype end = -1;
        QVERIFY(!scanner.parseValue(text.indexOf("{\"c\""), end));
        // The fault is inside the object that begins at "{\"c\"", not before it.
        QVERIFY(scanner.errorOffset() >= text.indexOf("{\"c\""));
        QVERIFY(scanner.errorOffset() <= text.size());
    }

    void usageTextReadsAsTheDocument_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray a = record("2026-11-01", "svc-1", "2.5");
        const QByteArray b = record("2026-11-02", "svc-2", "1");
        const QByteArray bad = record("2026-11-03", "svc-3", "\"lots\"");
        QTest::newRow("records") << QByteArray("{\"grandTotalCHC\":3.5,\"costs\":[" + a + "," + b + "]}");
        QTest::newRow("costs before the total") << QByteArray("{\"costs\":[" + a + "],\"grandTotalCHC\":2.5}");
        QTest::newRow("an unreadable record") << QByteArray("{\"costs\":[" + a + "," + bad + "," + b + "]}");
        QTest::newRow("a record that is not an object") << QByteArray("{\"costs\":[" + a + ",42,null]}");
        QTest::newRow("no costs") << QByteArray(J("{'grandTotalCHC':0}"));
        QTest::newRow("null costs") << QByteArray(J("{'costs':null}"));
        QTest::newRow("costs not an array") << QByteArray(J("{'costs':{'a':1}}"));
        QTest::newRow("total not a number") << QByteArray("{\"grandTotalCHC\":\"x\",\"costs\":[" + a + "]}");
        QTest::newRow("repeated costs, last null") << QByteArray("{\"costs\":[" + a + "],\"costs\":null}");
        QTest::newRow("repeated costs, last array") << QByteArray("{\"costs\":[" + a + "],\"costs\":[" + b + "]}");
        QTest::newRow("unknown members") << QByteArray("{\"x\":{\"y\":[1]},\"costs\":[" + b + "],\"z\":\"w\"}");
        QTest::newRow("not an object") << QByteArray("[1,2]");
    }

    void usageTextReadsAsTheDocument()
    {
        QFETCH(QByteArray, text);
        const QJsonDocument document = QJsonDocument::fromJson(text);
        const QJsonValue value = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
        const auto fromDocument = UsageLog::fromJson(value, u"result"_s);

        json::Scanner scanner(text);
        qsizetype end = -1;
        const auto fromText = UsageLog::fromJsonText(scanner, 0, u"result"_s, end);
        QVERIFY2(!scanner.failed(), qPrintable(scanner.errorText()));
        QVERIFY(scanner.atEnd(end));
        QCOMPARE(bool(fromText), bool(fromDocument));
        if (fromDocument) {
            QCOMPARE(fromText->rows(), fromDocument->rows());
            QCOMPARE(fromText->entities(), fromDocument->entities());
            QCOMPARE(fromText->series(), fromDocument->series());
            QCOMPARE(fromText->unreadable, fromDocument->unreadable);
            QCOMPARE(fromText->grandTotalCHC, fromDocument->grandTotalCHC);
        } else {
            QCOMPARE(fromText.error(), fromDocument.error());
        }
    }

    void usageTextRefusesBrokenJsonInsideARecord()
    {
        const QByteArray text = "{\"costs\":[" + record("2026-11-01", "svc-1", "1") + ",{\"date\":}]}";
        json::Scanner scanner(text);
        qsizetype end = -1;
        const auto log = UsageLog::fromJsonText(scanner, 0, u"result"_s, end);
        QVERIFY(!log);
        QVERIFY(scanner.failed());
        QCOMPARE(end, qsizetype(-1));
        QVERIFY(scanner.errorOffset() > text.indexOf("{\"date\""));
    }
};

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "tst_jsonscanner.moc"
