// The API key editor's IP access list: whole entries kept, descriptions
// editable, and the list sent only when it changed.

#include "domain/ApiKey.h"
#include "domain/IpAccess.h"
#include "viewmodels/ApiKeyEditor.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chcloud;

class TestApiKeyEditor : public QObject
{
    Q_OBJECT

private:
    static ApiKey keyWith(const QList<IpAccessListEntry> &list)
    {
        ApiKey key;
        key.id = u"6d4a1f8e-0000-4000-8000-000000000001"_s;
        key.name = u"Exporter"_s;
        key.roles = { u"developer"_s };
        key.state = ApiKeyState::Enabled;
        key.ipAccessList = list;
        return key;
    }

private Q_SLOTS:
    void renameSendsNoIpAccessList_data()
    {
        QTest::addColumn<QList<IpAccessListEntry>>("list");
        QTest::newRow("anywhere, described") << QList<IpAccessListEntry> { { u"0.0.0.0/0"_s, u"anywhere"_s } };
        QTest::newRow("IPv6 anywhere") << QList<IpAccessListEntry> { { u"::/0"_s, u"all of IPv6"_s } };
        QTest::newRow("anywhere among other entries")
            << QList<IpAccessListEntry> { { u"10.0.0.0/8"_s, u"office"_s }, { u"0.0.0.0/0"_s, u"temporary"_s } };
        QTest::newRow("described addresses") << QList<IpAccessListEntry> { { u"203.0.113.7"_s, u"build server"_s },
                                                                           { u"198.51.100.0/24"_s, u"VPN"_s },
                                                                           { u"2001:db8::/32"_s, {} } };
    }

    void renameSendsNoIpAccessList()
    {
        QFETCH(QList<IpAccessListEntry>, list);
        ApiKeyEditor editor(nullptr, keyWith(list));
        QCOMPARE(editor.ipAnywhere, IpAccess::isOpenToAnywhere(list));
        editor.name = u"Exporter (renamed)"_s;
        QVERIFY2(editor.isValid(), qPrintable(editor.problems().join(u' ')));
        QCOMPARE(editor.ipAccessList(), list);

        const ApiKeyUpdateRequest request = editor.updateRequest(QDateTime::currentDateTimeUtc());
        QCOMPARE(request.name, std::optional<QString>(u"Exporter (renamed)"_s));
        QVERIFY(!request.ipAccessList.has_value());
        const QJsonObject body = request.toJson();
        QVERIFY(!body.contains(u"ipAccessList"_s));
        QCOMPARE(body.keys(), QStringList { u"name"_s });
    }

    void editingADescriptionSendsTheWholeList()
    {
        const QList<IpAccessListEntry> list { { u"203.0.113.7"_s, u"build server"_s },
                                              { u"198.51.100.0/24"_s, u"VPN"_s } };
        ApiKeyEditor editor(nullptr, keyWith(list));
        QVERIFY(!editor.ipAnywhere);
        QCOMPARE(editor.ipEntries, list);

        // As the dialog does: the user edits the text of the second line.
        QString text = ApiKeyEditor::formatIpLines(editor.ipEntries);
        QCOMPARE(text, u"203.0.113.7 build server\n198.51.100.0/24 VPN"_s);
        text.replace(u"VPN"_s, u"VPN (Frankfurt)"_s);
        editor.ipEntries = ApiKeyEditor::parseIpLines(text);

        const ApiKeyUpdateRequest request = editor.updateRequest(QDateTime::currentDateTimeUtc());
        QVERIFY(!request.name.has_value());
        QVERIFY(request.ipAccessList.has_value());
        const QList<IpAccessListEntry> expected { { u"203.0.113.7"_s, u"build server"_s },
                                                  { u"198.51.100.0/24"_s, u"VPN (Frankfurt)"_s } };
        QCOMPARE(*request.ipAccessList, expected);
        const QJsonArray sent = request.toJson().value(u"ipAccessList"_s).toArray();
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.at(0).toObject().value(u"description"_s).toString(), u"build server"_s);
        QCOMPARE(sent.at(1).toObject().value(u"description"_s).toString(), u"VPN (Frankfurt)"_s);
    }

    void choosingAnywhereReplacesARestrictedList()
    {
        ApiKeyEditor editor(nullptr, keyWith({ { u"203.0.113.7"_s, u"build server"_s } }));
        editor.ipAnywhere = true;
        const ApiKeyUpdateRequest request = editor.updateRequest(QDateTime::currentDateTimeUtc());
        QVERIFY(request.ipAccessList.has_value());
        QCOMPARE(request.ipAccessList->size(), 1);
        QVERIFY(IpAccess::isOpenToAnywhere(*request.ipAccessList));
    }

    void ipLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<IpAccessListEntry>>("entries");
        QTest::newRow("sources only") << u"10.0.0.0/8\n2001:db8::/32"_s
                                      << QList<IpAccessListEntry> { { u"10.0.0.0/8"_s, {} },
                                                                    { u"2001:db8::/32"_s, {} } };
        QTest::newRow("descriptions with blanks, blank lines skipped")
            << u"  203.0.113.7\t build  server \n\n198.51.100.0/24 VPN"_s
            << QList<IpAccessListEntry> { { u"203.0.113.7"_s, u"build  server"_s },
                                          { u"198.51.100.0/24"_s, u"VPN"_s } };
        QTest::newRow("empty") << QString() << QList<IpAccessListEntry> {};
    }

    void ipLines()
    {
        QFETCH(QString, text);
        QFETCH(QList<IpAccessListEntry>, entries);
        QCOMPARE(ApiKeyEditor::parseIpLines(text), entries);
        QCOMPARE(ApiKeyEditor::parseIpLines(ApiKeyEditor::formatIpLines(entries)), entries);
    }
};

QTEST_GUILESS_MAIN(TestApiKeyEditor)
#include "tst_apikeyeditor.moc"
