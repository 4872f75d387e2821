// The small item models behind the service details tabs, each under
// QAbstractItemModelTester (fatal mode) while rows are reset, added and removed,
// with the insert/remove signals counted.

#include "viewmodels/BackupListModel.h"
#include "viewmodels/IpAccessListModel.h"
#include "viewmodels/TagListModel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace chcloud;
using namespace Qt::StringLiterals;

class TestEditorModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tagList()
    {
        TagListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.reset({ ResourceTag { u"env"_s, u"prod"_s }, ResourceTag { u"team"_s, u"data"_s } });
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.isModified());

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(model.setTag(u"owner"_s, u"ana"_s).isEmpty());
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 3);
        QVERIFY(model.isModified());
        model.removeTag(0);
        QCOMPARE(removed.size(), 1);
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(!model.setTag(QString(), u"x"_s).isEmpty()); // a tag needs a key
        QCOMPARE(model.rowCount(), 2);
        model.reset({});
        QCOMPARE(model.rowCount(), 0);
    }

    void ipAccessList()
    {
        IpAccessListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        model.reset({ IpAccessListEntry { u"10.0.0.0/8"_s, u"office"_s } });
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(!model.allowsAnywhere());

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QVERIFY(model.addEntry(u"0.0.0.0/0"_s, u"anywhere"_s).isEmpty());
        QCOMPARE(inserted.size(), 1);
        QVERIFY(model.allowsAnywhere());
        QVERIFY(!model.addEntry(u"10.0.0.0/8"_s, QString()).isEmpty()); // already in the list
        QVERIFY(!model.addEntry(u"not an address"_s, QString()).isEmpty());
        QCOMPARE(model.rowCount(), 2);
        QVERIFY(model.isModified());
        model.removeEntry(1);
        QCOMPARE(removed.size(), 1);
        QVERIFY(!model.allowsAnywhere());
        model.removeEntry(0);
        QVERIFY(model.isEmpty());
    }

    void backupList()
    {
        BackupListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
        Backup done;
        done.id = u"b1"_s;
        done.status = u"done"_s;
        done.startedAt = QDateTime(QDate(2026, 11, 1), QTime(3, 0), Qt::UTC);
        done.finishedAt = done.startedAt.addSecs(600);
        done.sizeInBytes = 1048576.5; // the spec types it number
        done.durationInSeconds = 600;
        Backup running;
        running.id = u"b2"_s;
        running.status = u"some_new_status"_s;
        model.setBackups({ done, running });
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < model.rowCount(); ++row) {
            for (int column = 0; column < model.columnCount(); ++column)
                QVERIFY(model.data(model.index(row, column)).isValid() || column > 0);
        }
        model.setBackups({});
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEditorModels)
#include "tst_editormodels.moc"
