// Server names are data: a member, invitation, key or service named like a link
// (and carrying a right-to-left override) goes through every confirmation as
// plain text, without bidirectional controls, and no page label renders it as
// rich text. The names are planted in the emulator's state file.

#include "EmulatorProcess.h"
#include "SignedInComposition.h"
#include "api/ApiSession.h"
#include "domain/DisplayText.h"
#include "pages/KeysPage.h"
#include "pages/MembersPage.h"
#include "pages/ServicesPage.h"
#include "viewmodels/ApiKeysViewModel.h"
#include "viewmodels/InvitationsModel.h"
#include "viewmodels/InvitationsViewModel.h"
#include "viewmodels/MembersModel.h"
#include "viewmodels/MembersViewModel.h"
#include "viewmodels/ServicesViewModel.h"
#include "widgets/ScriptedPrompter.h"

#include <QFile>
#include <QInputDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;
const QString kLink = u"<a href=\"https://example.invalid\">Session expired – sign in</a>"_s;

/// The hostile name: a link, then a right-to-left override before the rest.
QString hostile(const QString &rest)
{
    return kLink + QChar(char16_t(0x202E)) + rest;
}

QJsonArray renamed(const QJsonArray &items, const QString &field, const QString &suffix)
{
    QJsonArray out;
    int index = 0;
    for (const QJsonValue &value : items) {
        QJsonObject object = value.toObject();
        object.insert(field, hostile(QString::number(index++) + suffix));
        out.append(object);
    }
    return out;
}

bool hasBidiControl(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(), [](QChar c) { return DisplayText::isBidiControl(c); });
}

} // namespace

class TestPlainTextConfirmations : public QObject
{
    Q_OBJECT

private:
    bool loadPage(Page *page)
    {
        if (!page)
            return false;
        page->resize(1280, 800);
        QSignalSpy loaded(page, &Page::loaded);
        page->show(); // a page loads when it is first shown
        return (loaded.wait(kTimeoutMs) || !loaded.isEmpty()) && page->isLoaded();
    }

    /// The last question asked had the hostile name in it, shown as plain text.
    void checkLastQuestion(const QString &objectName)
    {
        QVERIFY(!m_prompter.questions().isEmpty());
        const Prompter::Question &question = m_prompter.questions().last();
        QCOMPARE(question.objectName, objectName);
        // The name is there, as text: neither dropped nor turned into markup.
        QVERIFY2(question.text.contains(kLink), qPrintable(question.text));
        QVERIFY2(!hasBidiControl(question.title + question.text + question.informativeText), qPrintable(question.text));
        const std::unique_ptr<QMessageBox> box = MessageBoxPrompter::createMessageBox(nullptr, question);
        QCOMPARE(box->textFormat(), Qt::PlainText);
        const auto labels = box->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (!label->text().isEmpty())
                QCOMPARE(label->textFormat(), Qt::PlainText);
        }
    }

    void checkLastTextQuestion(const QString &objectName)
    {
        QVERIFY(!m_prompter.textQuestions().isEmpty());
        const Prompter::TextQuestion &question = m_prompter.textQuestions().last();
        QCOMPARE(question.objectName, objectName);
        QVERIFY2(question.label.contains(kLink), qPrintable(question.label));
        QVERIFY2(!hasBidiControl(question.title + question.label), qPrintable(question.label));
        const std::unique_ptr<QInputDialog> dialog = MessageBoxPrompter::createInputDialog(nullptr, question);
        const auto labels = dialog->findChildren<QLabel *>();
        QVERIFY(!labels.isEmpty());
        for (const QLabel *label : labels)
            QCOMPARE(label->textFormat(), Qt::PlainText);
    }

    /// No label of the page shows the hostile name as rich text; returns how many show it.
    static int checkLabels(const QWidget &page)
    {
        int withName = 0;
        const auto labels = page.findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            if (!label->text().contains(u"<a href"_s))
                continue;
            if (label->textFormat() != Qt::PlainText) {
                qWarning("label %s renders server text as rich text", qPrintable(label->objectName()));
                return -1;
            }
            ++withName;
        }
        return withName;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString statePath = m_dir.filePath(u"state.json"_s);
        // One admin key for both runs (the later --key-id/--key-secret win), so the
        // key this session signs in with is one of the renamed ones.
        m_keyId = test::EmulatorProcess::randomToken(20);
        m_keySecret = u"4b1d"_s + test::EmulatorProcess::randomToken(38);
        const QStringList key { u"--key-id"_s, m_keyId, u"--key-secret"_s, m_keySecret };
        {
            // A first run writes the demo seed to the state file.
            test::EmulatorProcess seeding(QStringList { u"--state"_s, statePath } + key);
            QVERIFY2(seeding.start(), qPrintable(seeding.errorString()));
        }
        QFile file(statePath);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject state = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QVERIFY(!state.value(u"members"_s).toArray().isEmpty());
        QVERIFY(!state.value(u"invitations"_s).toArray().isEmpty());
        state.insert(u"services"_s, renamed(state.value(u"services"_s).toArray(), u"name"_s, {}));
        state.insert(u"keys"_s, renamed(state.value(u"keys"_s).toArray(), u"name"_s, {}));
        state.insert(u"members"_s, renamed(state.value(u"members"_s).toArray(), u"name"_s, {}));
        state.insert(u"invitations"_s,
                     renamed(state.value(u"invitations"_s).toArray(), u"email"_s, u"@example.invalid"_s));
        QJsonObject organization = state.value(u"organization"_s).toObject();
        organization.insert(u"name"_s, hostile(u"org"_s));
        state.insert(u"organization"_s, organization);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(state).toJson());
        file.close();

        m_emulator = std::make_unique<test::EmulatorProcess>(
            QStringList { u"--state"_s, statePath, u"--rate-limit"_s, u"1000"_s, u"--rate-window-ms"_s, u"1000"_s }
            + key);
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_organizationId = state.value(u"organization"_s).toObject().value(u"id"_s).toString();
        QVERIFY(!m_organizationId.isEmpty());
        SchedulerConfig config;
        config.limit = 1000;
        config.window = std::chrono::milliseconds(1000);
        m_app = std::make_unique<test::SignedInComposition>();
        QVERIFY(m_app->signIn(m_emulator->baseUrl(), m_keyId, Secret(m_keySecret), config, kTimeoutMs));
        QCOMPARE(m_app->organizationId(), m_organizationId);
        m_installed = std::make_unique<ScopedPrompter>(&m_prompter);
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_prompter.unscripted(), 0);
        m_installed.reset();
        m_app.reset();
        m_emulator.reset();
    }

    void memberConfirmations()
    {
        auto page = m_app->createPage<MembersPage>(u"members"_s);
        QVERIFY(loadPage(page.get()));
        MembersModel *members = page->membersViewModel()->model();
        QVERIFY(members->rowCount() > 0);
        QVERIFY(members->memberAt(0)->name.contains(kLink)); // the planted name arrived
        QVERIFY(page->selectMember(members->memberAt(0)->userId));
        m_prompter.answerNext(QMessageBox::No);
        page->removeSelectedMember();
        checkLastQuestion(u"confirmRemoveMember"_s);

        InvitationsModel *invitations = page->invitationsViewModel()->model();
        QTRY_VERIFY_WITH_TIMEOUT(invitations->rowCount() > 0, kTimeoutMs);
        QVERIFY(page->selectInvitation(invitations->invitationAt(0)->id));
        m_prompter.answerNext(QMessageBox::No);
        page->revokeSelectedInvitation();
        checkLastQuestion(u"confirmRevokeInvitation"_s);
        QVERIFY(checkLabels(*page) >= 0);
    }

    void keyConfirmations()
    {
        auto page = m_app->createPage<KeysPage>(u"keys"_s);
        QVERIFY(loadPage(page.get()));
        ApiKeysViewModel *model = page->viewModel();
        QString currentId;
        QString otherId;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->currentKeyMatch(row) == CurrentKeyMatch::Yes)
                currentId = model->keyAt(row)->id;
            else if (otherId.isEmpty())
                otherId = model->keyAt(row)->id;
        }
        QVERIFY(!currentId.isEmpty());
        QVERIFY(!otherId.isEmpty());

        QVERIFY(page->selectKey(otherId));
        m_prompter.answerNext(QMessageBox::No);
        page->deleteSelectedKey();
        checkLastQuestion(u"confirmDeleteKey"_s);

        QVERIFY(page->selectKey(currentId));
        m_prompter.answerNext(QMessageBox::No);
        page->toggleSelectedKey();
        checkLastQuestion(u"confirmDisableCurrentKey"_s);

        m_prompter.answerNext(QMessageBox::Ok);
        page->deleteSelectedKey();
        checkLastQuestion(u"cannotDeleteCurrentKey"_s);

        QVERIFY(page->selectKey(otherId));
        m_prompter.answerNext(QMessageBox::Ok);
        QVERIFY(!page->rotateSelectedKey());
        checkLastQuestion(u"rotateNotCurrentKey"_s);
        QVERIFY(checkLabels(*page) >= 0);
    }

    void serviceConfirmations()
    {
        auto page = m_app->createPage<ServicesPage>(u"services"_s);
        QVERIFY(loadPage(page.get()));
        ServicesViewModel *model = page->viewModel();
        QString runningId;
        QString stoppedId;
        for (int row = 0; row < model->rowCount(); ++row) {
            const Service *service = model->serviceAt(row);
            if (service->state.kind() == ServiceStateKind::Running && runningId.isEmpty())
                runningId = service->id;
            if (service->state.canDelete() && stoppedId.isEmpty())
                stoppedId = service->id;
        }
        QVERIFY(!runningId.isEmpty());
        QVERIFY(!stoppedId.isEmpty());

        page->selectService(runningId);
        m_prompter.answerNext(QMessageBox::No);
        page->stopSelected();
        checkLastQuestion(u"confirmStopService"_s);

        m_prompter.answerNext(QMessageBox::No);
        page->resetPasswordOfSelected();
        checkLastQuestion(u"confirmResetPassword"_s);

        m_prompter.answerNextText(std::nullopt);
        page->renameSelected();
        checkLastTextQuestion(u"renameService"_s);

        page->selectService(stoppedId);
        m_prompter.answerNextText(std::nullopt);
        page->deleteSelected();
        checkLastTextQuestion(u"confirmDeleteService"_s);
        // The details pane's title names the selected service.
        QVERIFY(checkLabels(*page) > 0);
    }

private:
    QTemporaryDir m_dir;
    QString m_keyId;
    QString m_keySecret;
    std::unique_ptr<test::EmulatorProcess> m_emulator;
    std::unique_ptr<test::SignedInComposition> m_app;
    QString m_organizationId;
    ScriptedPrompter m_prompter;
    std::unique_ptr<ScopedPrompter> m_installed;
};

QTEST_MAIN(TestPlainTextConfirmations)
#include "tst_plaintextconfirmations.moc"
