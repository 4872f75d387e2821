// The one ending every mutation shares (MutationCommand), and the payloads its two
// kinds carry: the one-time create result of a key, the password of a service.

#include "viewmodels/ApiKeyCommand.h"
#include "viewmodels/MutationCommand.h"
#include "viewmodels/ServiceOperation.h"

#include <QPointer>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace chcloud;

Q_DECLARE_METATYPE(chcloud::ApiErrorKind)

namespace {

/// The smallest command: ends with success and counts when its payload is dropped.
class PlainCommand : public MutationCommand
{
    Q_OBJECT

public:
    explicit PlainCommand(QObject *parent)
        : MutationCommand(parent)
    {
    }

    void finishWithSuccess()
    {
        if (!isFinished())
            endWithSuccess();
    }
    int discarded = 0;

private:
    void discardPayload() override { ++discarded; }
};

enum class Ending { Success, Error, Validation, Cancel };

void finish(PlainCommand *command, Ending ending)
{
    switch (ending) {
    case Ending::Success:
        command->finishWithSuccess();
        break;
    case Ending::Error: {
        ApiError error;
        error.kind = ApiErrorKind::Conflict;
        error.httpStatus = 409;
        error.message = u"CONFLICT: busy"_s;
        command->finishWithError(error);
        break;
    }
    case Ending::Validation:
        command->finishWithValidationError(u"Choose a region."_s);
        break;
    case Ending::Cancel:
        command->finishWithError(ApiError::cancelled());
        break;
    }
}

} // namespace

Q_DECLARE_METATYPE(Ending)

class TestMutationCommand : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endsExactlyOnce_data();
    void endsExactlyOnce();
    void finishedIsQueuedSoCallersConnectFirst();
    void cancellationIsNoErrorToShow();
    void errorTextSaysWhy();
    void deletesItselfAfterFinished();
    void payloadIsDroppedAfterTheSlotsRan();
    void keyCreateResultIsTakenOnceThenWiped();
    void servicePasswordIsTakenOnceThenWiped();
    void attemptsStartAtOne();
};

void TestMutationCommand::endsExactlyOnce_data()
{
    QTest::addColumn<Ending>("first");
    QTest::addColumn<bool>("success");
    QTest::newRow("success, then an error and a refusal are ignored") << Ending::Success << true;
    QTest::newRow("server error, then a success is ignored") << Ending::Error << false;
    QTest::newRow("validation error, then a success is ignored") << Ending::Validation << false;
    QTest::newRow("cancelled, then a success is ignored") << Ending::Cancel << false;
}

void TestMutationCommand::endsExactlyOnce()
{
    QFETCH(Ending, first);
    QFETCH(bool, success);
    auto *command = new PlainCommand(this);
    QSignalSpy finished(command, &MutationCommand::finished);
    finish(command, first);
    QVERIFY(command->isFinished());
    const std::optional<ApiError> error = command->error();
    const QString validation = command->validationError();
    for (const Ending later : { Ending::Success, Ending::Error, Ending::Validation, Ending::Cancel })
        finish(command, later);
    QCOMPARE(command->isSuccess(), success);
    QCOMPARE(command->error().has_value(), error.has_value());
    if (error)
        QCOMPARE(command->error()->kind, error->kind);
    QCOMPARE(command->validationError(), validation);
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    QCOMPARE(command->discarded, 1);
}

void TestMutationCommand::finishedIsQueuedSoCallersConnectFirst()
{
    auto *command = new PlainCommand(this);
    command->finishWithValidationError(u"no"_s); // ends before anyone could connect
    bool heard = false;
    connect(command, &MutationCommand::finished, this, [&heard] { heard = true; });
    QVERIFY(!heard);
    QTRY_VERIFY(heard);
}

void TestMutationCommand::cancellationIsNoErrorToShow()
{
    auto *command = new PlainCommand(this);
    finish(command, Ending::Cancel);
    QVERIFY(command->isCancelled());
    QVERIFY(!command->isSuccess());
    QVERIFY(command->errorText().isEmpty());
    QCOMPARE(command->error()->kind, ApiErrorKind::Cancelled);
}

void TestMutationCommand::errorTextSaysWhy()
{
    auto *failed = new PlainCommand(this);
    finish(failed, Ending::Error);
    QVERIFY(!failed->isCancelled());
    QVERIFY(failed->errorText().contains(u"busy"_s));
    auto *refused = new PlainCommand(this);
    finish(refused, Ending::Validation);
    QCOMPARE(refused->errorText(), u"Choose a region."_s);
    QVERIFY(!refused->error());
    auto *done = new PlainCommand(this);
    finish(done, Ending::Success);
    QVERIFY(done->errorText().isEmpty());
}

void TestMutationCommand::deletesItselfAfterFinished()
{
    QPointer<PlainCommand> command = new PlainCommand(this);
    QSignalSpy finished(command.data(), &MutationCommand::finished);
    finish(command, Ending::Success);
    QVERIFY(finished.wait(5000));
    QTRY_VERIFY(command.isNull());
}

void TestMutationCommand::payloadIsDroppedAfterTheSlotsRan()
{
    auto *command = new PlainCommand(this);
    int discardedInSlot = -1;
    connect(command, &MutationCommand::finished, this, [&] { discardedInSlot = command->discarded; });
    finish(command, Ending::Success);
    QTRY_COMPARE(discardedInSlot, 0);
}

void TestMutationCommand::keyCreateResultIsTakenOnceThenWiped()
{
    auto *command = new ApiKeyCommand(ApiKeyCommand::Kind::Create, {}, this);
    ApiKeyCreateResult created;
    created.key.id = u"key-1"_s;
    created.keySecret = Secret(u"s3cret"_s);
    command->finishWithSuccess(u"key-1"_s, created);
    QString taken;
    bool emptyAfterwards = false;
    QString keyId;
    bool success = false;
    // Read inside the slot: the command deletes itself once finished() has been delivered.
    connect(command, &MutationCommand::finished, this, [&] {
        taken = command->takeCreateResult().keySecret.reveal();
        emptyAfterwards = command->takeCreateResult().keySecret.isEmpty();
        keyId = command->keyId();
        success = command->isSuccess();
    });
    QTRY_COMPARE(taken, u"s3cret"_s);
    QVERIFY(emptyAfterwards);
    QCOMPARE(keyId, u"key-1"_s);
    QVERIFY(success);
}

void TestMutationCommand::servicePasswordIsTakenOnceThenWiped()
{
    auto *untaken = new ServiceOperation(ServiceOperation::Kind::ResetPassword, u"svc"_s, this);
    untaken->finishWithSuccess({}, Secret(u"pw"_s));
    bool offeredToSlots = false;
    connect(untaken, &MutationCommand::finished, this, [&] { offeredToSlots = untaken->hasPassword(); });
    QTRY_VERIFY(offeredToSlots);

    auto *taken = new ServiceOperation(ServiceOperation::Kind::Create, {}, this);
    taken->finishWithSuccess(u"new-id"_s, Secret(u"pw2"_s));
    QString password;
    bool emptyAfterwards = false;
    QString serviceId;
    connect(taken, &MutationCommand::finished, this, [&] {
        password = taken->takePassword().reveal();
        emptyAfterwards = !taken->hasPassword() && taken->takePassword().isEmpty();
        serviceId = taken->serviceId();
    });
    QTRY_COMPARE(password, u"pw2"_s);
    QVERIFY(emptyAfterwards);
    QCOMPARE(serviceId, u"new-id"_s);
}

void TestMutationCommand::attemptsStartAtOne()
{
    auto *command = new PlainCommand(this);
    QCOMPARE(command->attempts(), 1);
    command->setAttempts(3);
    QCOMPARE(command->attempts(), 3);
    finish(command, Ending::Success);
}

QTEST_GUILESS_MAIN(TestMutationCommand)
#include "tst_mutationcommand.moc"
