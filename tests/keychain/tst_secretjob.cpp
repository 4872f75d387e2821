// SecretJob ends exactly once and never inside the call that created it;
// SecretBytes and the session store keep secrets apart from their callers' copies.

#include "secrets/SecretJob.h"
#include "secrets/SessionSecretStore.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace chcloud;
using namespace Qt::StringLiterals;

class TestSecretJob : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void finishLaterDoesNotEmitAtOnce();
    void laterEndingsAreIgnored_data();
    void laterEndingsAreIgnored();
    void jobDeletesItselfAfterFinished();
    void secretBytesWipeAndMove();
    void sessionStoreHandsOutCopies();
    void sessionStoreRemovingUnknownIsNotFound();
};

void TestSecretJob::finishLaterDoesNotEmitAtOnce()
{
    auto *job = new SecretJob(SecretJob::Operation::Read, u"a"_s); // deletes itself
    QSignalSpy finished(job, &SecretJob::finished);
    SecretStatus seen = SecretStatus::Ok;
    connect(job, &SecretJob::finished, job, [&seen, job] { seen = job->result().status; });
    job->finishLater(SecretResult::notFound());
    QCOMPARE(finished.count(), 0);
    QVERIFY(!job->isFinished());
    QVERIFY(finished.wait(1000));
    QCOMPARE(seen, SecretStatus::NotFound);
}

void TestSecretJob::laterEndingsAreIgnored_data()
{
    QTest::addColumn<bool>("firstIsQueued");
    QTest::newRow("finish, then finish again") << false;
    QTest::newRow("finishLater, then finish (a timeout racing an answer)") << true;
}

void TestSecretJob::laterEndingsAreIgnored()
{
    QFETCH(bool, firstIsQueued);
    auto *job = new SecretJob(SecretJob::Operation::Write, u"a"_s);
    QPointer<SecretJob> guard(job);
    QSignalSpy finished(job, &SecretJob::finished);
    SecretStatus seen = SecretStatus::Other;
    connect(job, &SecretJob::finished, job, [&seen, job] { seen = job->result().status; });

    if (firstIsQueued)
        job->finishLater(SecretResult::ok());
    else
        job->finish(SecretResult::ok());
    if (guard)
        guard->finish(SecretResult::timedOut(500));

    QTRY_VERIFY(guard.isNull());
    QCOMPARE(finished.count(), 1);
    QCOMPARE(seen, SecretStatus::Ok);
}

void TestSecretJob::jobDeletesItselfAfterFinished()
{
    QPointer<SecretJob> job = new SecretJob(SecretJob::Operation::Remove, u"a"_s);
    job->finishLater(SecretResult::ok());
    QTRY_VERIFY(job.isNull());
}

void TestSecretJob::secretBytesWipeAndMove()
{
    SecretBytes first(QByteArray("value-1"));
    SecretBytes moved(std::move(first));
    QVERIFY(first.isEmpty()); // NOLINT(bugprone-use-after-move): checking the moved-from state
    QCOMPARE(moved.bytes(), QByteArray("value-1"));
    QVERIFY(moved.equals(SecretBytes(QByteArray("value-1"))));
    QVERIFY(!moved.equals(SecretBytes(QByteArray("value-2"))));

    QString text = u"typed-secret"_s;
    SecretBytes fromText = SecretBytes::fromText(text);
    QVERIFY(text.isEmpty());
    QCOMPARE(fromText.bytes(), QByteArray("typed-secret"));

    // A shared buffer is never zeroed under its other owner; only the reference goes.
    SecretBytes owned(QByteArray("abcdef"));
    QByteArray observer = owned.bytes();
    owned.wipe();
    QCOMPARE(observer, QByteArray("abcdef"));
    QVERIFY(owned.isEmpty());
}

void TestSecretJob::sessionStoreHandsOutCopies()
{
    SessionSecretStore store;
    QVERIFY(!store.isPersistent());
    QVERIFY(!store.displayName().isEmpty());
    SecretJob *write = store.write(u"acct"_s, SecretBytes(QByteArray("kept")));
    QSignalSpy written(write, &SecretJob::finished);
    QVERIFY(written.wait(1000));

    for (int round = 0; round < 2; ++round) {
        SecretJob *read = store.read(u"acct"_s);
        QByteArray value;
        connect(read, &SecretJob::finished, read, [read, &value] {
            SecretBytes secret = read->takeSecret();
            value = QByteArray(secret.bytes().constData(), secret.size());
            // The caller wipes its copy; the store's own must survive.
        });
        QSignalSpy finished(read, &SecretJob::finished);
        QVERIFY(finished.wait(1000));
        QCOMPARE(value, QByteArray("kept"));
    }
    QVERIFY(store.contains(u"acct"_s));
    store.clear();
    QVERIFY(!store.contains(u"acct"_s));
}

void TestSecretJob::sessionStoreRemovingUnknownIsNotFound()
{
    SessionSecretStore store;
    SecretJob *remove = store.remove(u"nobody"_s);
    SecretStatus status = SecretStatus::Ok;
    connect(remove, &SecretJob::finished, remove, [remove, &status] { status = remove->result().status; });
    QSignalSpy finished(remove, &SecretJob::finished);
    QVERIFY(finished.wait(1000));
    QCOMPARE(status, SecretStatus::NotFound);
}

QTEST_GUILESS_MAIN(TestSecretJob)
#include "tst_secretjob.moc"
