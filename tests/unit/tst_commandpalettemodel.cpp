#include "viewmodels/CommandPaletteModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTest>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

QStringList texts(const CommandPaletteModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row)
        result.append(model.index(row).data().toString());
    return result;
}

CommandPaletteModel::Command command(CommandPaletteModel::Kind kind, const QString &text, QStringList *ran,
                                     const QString &detail = {})
{
    return { kind, text, detail, [ran, text] {
                ran->append(text);
            } };
}

} // namespace

class TestCommandPaletteModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchScore_data();
    void matchScore();
    void plainTextDropsMnemonicsAndEllipsis();
    void filtersAndRanksCommands();
    void emptyQueryListsEverythingInOrder();
    void findsItemsAndSelectsTheChosenRow();
    void itemRowThatVanishedIsNotRun();
    void activateOutOfRangeDoesNothing();
};

void TestCommandPaletteModel::matchScore_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("score");
    QTest::newRow("empty query matches") << u"Services"_s << QString() << 0;
    QTest::newRow("prefix, any case") << u"Go to API Keys"_s << u"GO TO"_s << 0;
    QTest::newRow("word start") << u"Go to API Keys"_s << u"api"_s << 1;
    QTest::newRow("inside a word") << u"Go to API Keys"_s << u"eys"_s << 2;
    QTest::newRow("initials") << u"Go to API Keys"_s << u"gak"_s << 3;
    QTest::newRow("initials, all words") << u"Go to API Keys"_s << u"gtak"_s << 3;
    QTest::newRow("initials out of order") << u"Go to API Keys"_s << u"kag"_s << -1;
    QTest::newRow("no match") << u"Request Log"_s << u"xyz"_s << -1;
    QTest::newRow("initials across punctuation") << u"prod-eu-west"_s << u"pew"_s << 3;
    QTest::newRow("non-latin substring") << u"Dienst Überwachung"_s << u"überw"_s << 1;
    QTest::newRow("query with spaces trimmed") << u"Refresh"_s << u"  ref "_s << 0;
}

void TestCommandPaletteModel::matchScore()
{
    QFETCH(QString, text);
    QFETCH(QString, query);
    QFETCH(int, score);
    QCOMPARE(CommandPaletteModel::matchScore(text, query), score);
}

void TestCommandPaletteModel::plainTextDropsMnemonicsAndEllipsis()
{
    QCOMPARE(CommandPaletteModel::plainText(u"&Profiles…"_s), u"Profiles"_s);
    QCOMPARE(CommandPaletteModel::plainText(u"Request &Log"_s), u"Request Log"_s);
    QCOMPARE(CommandPaletteModel::plainText(u"Save && Close..."_s), u"Save & Close"_s);
}

void TestCommandPaletteModel::filtersAndRanksCommands()
{
    CommandPaletteModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList ran;
    using Kind = CommandPaletteModel::Kind;
    model.setCommands({ command(Kind::Page, u"Go to Services"_s, &ran), command(Kind::Page, u"Go to API Keys"_s, &ran),
                        command(Kind::Action, u"&Refresh"_s, &ran, u"F5"_s),
                        command(Kind::Action, u"Show T&ree"_s, &ran), command(Kind::Page, u"Go to Reports"_s, &ran),
                        command(Kind::Action, u"Request &Log"_s, &ran, u"Ctrl+L"_s) });

    model.setFilterText(u"re"_s);
    // Texts that start with it, then a word that does, then any substring; ties in the given order.
    QCOMPARE(texts(model), (QStringList { u"Refresh"_s, u"Request Log"_s, u"Go to Reports"_s, u"Show Tree"_s }));
    QCOMPARE(model.index(0).data(CommandPaletteModel::DetailRole).toString(), u"F5"_s);
    QCOMPARE(model.index(0).data(CommandPaletteModel::KindRole).toInt(), int(Kind::Action));

    model.setFilterText(u"GAK"_s);
    QCOMPARE(texts(model), QStringList { u"Go to API Keys"_s });
    QVERIFY(model.activate(0));
    QCOMPARE(ran, QStringList { u"Go to API Keys"_s });

    model.setFilterText(u"nothing like this"_s);
    QCOMPARE(model.rowCount(), 0);
}

void TestCommandPaletteModel::emptyQueryListsEverythingInOrder()
{
    CommandPaletteModel model;
    QStringList ran;
    using Kind = CommandPaletteModel::Kind;
    model.setCommands({ command(Kind::Page, u"Go to Services"_s, &ran), command(Kind::Action, u"&Quit"_s, &ran) });
    QCOMPARE(texts(model), (QStringList { u"Go to Services"_s, u"Quit"_s }));
}

void TestCommandPaletteModel::findsItemsAndSelectsTheChosenRow()
{
    QStandardItemModel services;
    for (const QString &name : { u"analytics-prod"_s, u"<b>staging</b>"_s, u"Reporting"_s })
        services.appendRow({ new QStandardItem(u"running"_s), new QStandardItem(name) });
    CommandPaletteModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QStringList ran;
    model.setCommands({ command(CommandPaletteModel::Kind::Action, u"&Refresh"_s, &ran) });
    QList<int> selected;
    model.setItemSources({ { &services, 1, Qt::DisplayRole, u"Service"_s, [&selected](const QModelIndex &index) {
                                selected.append(index.row());
                            } } });

    model.setFilterText(u"rep"_s);
    QCOMPARE(texts(model), QStringList { u"Reporting"_s });
    QCOMPARE(model.index(0).data(CommandPaletteModel::DetailRole).toString(), u"Service"_s);
    QCOMPARE(model.index(0).data(CommandPaletteModel::KindRole).toInt(), int(CommandPaletteModel::Kind::Item));

    // A row inserted above the found one before it is chosen: the right row is still selected.
    services.insertRow(0, { new QStandardItem(u"running"_s), new QStandardItem(u"new"_s) });
    QVERIFY(model.activate(0));
    QCOMPARE(selected, QList<int> { 3 });
    QVERIFY(ran.isEmpty());

    // Names are data: matched and shown as they are, markup included.
    model.setFilterText(u"<b>"_s);
    QCOMPARE(texts(model), QStringList { u"<b>staging</b>"_s });

    // Items rank with commands: “re” starts “Refresh” and “Reporting”, is inside nothing else.
    model.setFilterText(u"re"_s);
    QCOMPARE(texts(model), (QStringList { u"Refresh"_s, u"Reporting"_s }));
}

void TestCommandPaletteModel::itemRowThatVanishedIsNotRun()
{
    QStandardItemModel keys;
    keys.appendRow(new QStandardItem(u"ci-deploy"_s));
    CommandPaletteModel model;
    int calls = 0;
    model.setItemSources({ { &keys, 0, Qt::DisplayRole, u"API key"_s, [&calls](const QModelIndex &) {
                                ++calls;
                            } } });
    model.setFilterText(u"ci"_s);
    QCOMPARE(model.rowCount(), 1);
    keys.removeRow(0);
    QVERIFY(!model.activate(0));
    QCOMPARE(calls, 0);
}

void TestCommandPaletteModel::activateOutOfRangeDoesNothing()
{
    CommandPaletteModel model;
    QVERIFY(!model.activate(0));
    QVERIFY(!model.activate(-1));
}

QTEST_GUILESS_MAIN(TestCommandPaletteModel)
#include "tst_commandpalettemodel.moc"
