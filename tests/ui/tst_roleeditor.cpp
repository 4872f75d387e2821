// The Roles panel of the Organization page and its role editor, offscreen,
// against a running emulator seeded with "demo": the dialog checks its input
// before anything is sent, creates and edits custom roles, shows a server
// refusal in place, and the panel deletes only after a confirmation; system
// roles cannot be edited or deleted.

#include "EmulatorProcess.h"
#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "pages/org/RoleEditorDialog.h"
#include "pages/org/RoleHoldersDialog.h"
#include "pages/org/RolesPanel.h"
#include "viewmodels/RolesViewModel.h"
#include "widgets/ScriptedPrompter.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

constexpr int kTimeoutMs = 20000;

/// Checks the permission with this name in the editor's list.
bool checkPermission(RoleEditorDialog *dialog, const QString &permission)
{
    const QList<QListWidgetItem *> items = dialog->permissionList()->findItems(permission, Qt::MatchExactly);
    if (items.isEmpty())
        return false;
    items.first()->setCheckState(Qt::Checked);
    return true;
}

/// Clicks OK and waits for the server's answer: Accepted, or Rejected with the refusal shown.
int submitAndWait(RoleEditorDialog *dialog)
{
    QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
    const bool answered = QTest::qWaitFor(
        [dialog] { return dialog->result() == QDialog::Accepted || !dialog->serverErrorText().isEmpty(); }, kTimeoutMs);
    return answered ? dialog->result() : int(QDialog::Rejected);
}

QString roleIdNamed(const RolesViewModel &roles, const QString &name)
{
    for (const Role &role : roles.model()->roles()) {
        if (role.name == name)
            return role.id;
    }
    return {};
}

/// The row of the first unticked API key that holds some other role (or of `keyName`).
int untickedKeyRow(const RoleHoldersDialog *dialog, const QList<RoleHolder> &holders, const QString &keyName = {})
{
    for (int row = 0; row < holders.size(); ++row) {
        const RoleHolder &h = holders.at(row);
        if (h.kind != RoleHolder::Kind::ApiKey || h.holds || h.assignedRoleIds.isEmpty())
            continue;
        if (!keyName.isEmpty() && h.name != keyName)
            continue;
        if (dialog->holderList()->item(row)->checkState() == Qt::Unchecked)
            return row;
    }
    return -1;
}

} // namespace

class TestRoleEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void dialogValidatesBeforeSending();
    void dialogShowsServerRefusal();
    void panelCreatesEditsAndDeletes();
    void systemRoleIsReadOnly();
    void deleteOfAVanishedRoleSaysSo();
    void assignDialogListsHoldersAndSaves();
    void assignDialogSaysWhatWasNotSaved();

private:
    void selectRole(const QString &roleId);

    std::unique_ptr<test::EmulatorProcess> m_emulator;
    std::unique_ptr<ApiSession> m_session;
    QString m_organizationId;
    ScriptedPrompter m_prompter;
    std::unique_ptr<ScopedPrompter> m_installed;
    std::unique_ptr<RolesViewModel> m_roles;
    std::unique_ptr<RolesPanel> m_panel;
};

void TestRoleEditor::initTestCase()
{
    m_emulator = std::make_unique<test::EmulatorProcess>(
        QStringList { u"--rate-limit"_s, u"1000"_s, u"--rate-window-ms"_s, u"1000"_s });
    QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
    SchedulerConfig config;
    config.limit = 1000;
    config.window = std::chrono::milliseconds(1000);
    auto session
        = ApiSession::open(m_emulator->baseUrl(), m_emulator->keyId(), Secret(m_emulator->keySecret()), config);
    QVERIFY2(session, qPrintable(session ? QString() : session.error().displayText()));
    m_session = std::move(session).value();
    std::optional<ApiResult<QList<Organization>>> organizations;
    m_session->api()->organizationGetList(
        RequestPriority::Interactive, this,
        [&organizations](ApiResult<QList<Organization>> result) { organizations = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(organizations.has_value(), kTimeoutMs);
    QVERIFY(organizations->hasValue());
    m_organizationId = organizations->value().first().id;
    m_installed = std::make_unique<ScopedPrompter>(&m_prompter);
}

void TestRoleEditor::cleanupTestCase()
{
    m_installed.reset();
    m_session.reset();
    m_emulator.reset();
}

void TestRoleEditor::init()
{
    m_roles = std::make_unique<RolesViewModel>();
    m_roles->setContext(m_session.get(), m_organizationId);
    m_panel = std::make_unique<RolesPanel>(m_roles.get());
    m_panel->resize(1000, 500);
    m_panel->show();
    QSignalSpy finished(m_roles.get(), &RemoteViewModel::loadFinished);
    m_roles->refresh();
    QVERIFY(finished.wait(kTimeoutMs));
    QVERIFY2(m_roles->errorText().isEmpty(), qPrintable(m_roles->errorText()));
    QVERIFY(m_panel->newButton()->isEnabled());
}

void TestRoleEditor::cleanup()
{
    m_panel.reset();
    m_roles.reset();
    QCOMPARE(m_prompter.unscripted(), 0);
    QCOMPARE(m_prompter.pendingAnswers(), 0);
}

void TestRoleEditor::selectRole(const QString &roleId)
{
    const int row = m_roles->model()->rowOfRole(roleId);
    QVERIFY(row >= 0);
    m_panel->table()->selectRow(row);
}

void TestRoleEditor::dialogValidatesBeforeSending()
{
    RoleEditorDialog dialog(m_roles.get(), std::nullopt);
    dialog.show();
    auto *problem = dialog.findChild<QLabel *>(u"roleProblemLabel"_s);
    QVERIFY(problem);
    // Nothing typed yet: OK is off, but nobody is scolded.
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY(problem->text().isEmpty());
    // Every label names its field for a screen reader and for Alt+letter.
    const QList<QLabel *> labels = dialog.findChildren<QLabel *>();
    int buddies = 0;
    for (const QLabel *label : labels)
        buddies += label->buddy() ? 1 : 0;
    QCOMPARE(buddies, 5); // name, policies, effect, permissions, resources

    QTest::keyClicks(dialog.nameEdit(), u"Night readers"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(problem->text().contains(u"Policy 1: choose at least one permission"_s), qPrintable(problem->text()));

    QVERIFY(checkPermission(&dialog, u"control-plane:service:view"_s));
    QVERIFY2(problem->text().contains(u"at least one resource"_s), qPrintable(problem->text()));
    QTest::keyClicks(dialog.resourcesEdit(), u"all services"_s);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(problem->text().contains(u"is not a resource"_s), qPrintable(problem->text()));
    dialog.resourcesEdit()->clear();
    QTest::keyClicks(dialog.resourcesEdit(), u"instance/*, organization/*"_s);
    QVERIFY2(dialog.okButton()->isEnabled(), qPrintable(problem->text()));
    QVERIFY(problem->text().isEmpty());
    QCOMPARE(dialog.draft().policies.constFirst().resources, (QStringList { u"instance/*"_s, u"organization/*"_s }));

    // A second policy starts empty and is objected to by number; removing it makes the draft good again.
    QTest::mouseClick(dialog.addPolicyButton(), Qt::LeftButton);
    QCOMPARE(dialog.policyList()->count(), 2);
    QCOMPARE(dialog.policyList()->currentRow(), 1);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(problem->text().startsWith(u"Policy 2"_s), qPrintable(problem->text()));
    dialog.effectCombo()->setCurrentIndex(dialog.effectCombo()->findData(u"DENY"_s));
    QCOMPARE(dialog.draft().policies.at(1).allowDeny, u"DENY"_s);
    QTest::mouseClick(dialog.removePolicyButton(), Qt::LeftButton);
    QCOMPARE(dialog.policyList()->count(), 1);
    QVERIFY(dialog.okButton()->isEnabled());

    // No policy at all, and a name already taken.
    QTest::mouseClick(dialog.removePolicyButton(), Qt::LeftButton);
    QVERIFY(!dialog.okButton()->isEnabled());
    QVERIFY2(problem->text().contains(u"at least one policy"_s), qPrintable(problem->text()));
    dialog.nameEdit()->clear();
    QTest::keyClicks(dialog.nameEdit(), u"admin"_s);
    QVERIFY2(problem->text().contains(u"already exists"_s), qPrintable(problem->text()));
    dialog.nameEdit()->clear();
    QVERIFY2(problem->text().contains(u"name"_s), qPrintable(problem->text()));
    QVERIFY(!dialog.okButton()->isEnabled());
}

void TestRoleEditor::dialogShowsServerRefusal()
{
    const int rows = m_roles->model()->rowCount();
    QString refusal;
    m_prompter.answerNextDialog([&refusal](QDialog *d) {
        auto *dialog = qobject_cast<RoleEditorDialog *>(d);
        if (!dialog)
            return int(QDialog::Rejected);
        QTest::keyClicks(dialog->nameEdit(), u"Ghost readers"_s);
        checkPermission(dialog, u"control-plane:service:view"_s);
        // Well-formed, but there is no such service: only the server knows.
        QTest::keyClicks(dialog->resourcesEdit(), u"instance/00000000-0000-4000-8000-00000000dead"_s);
        const int result = submitAndWait(dialog);
        refusal = dialog->serverErrorText();
        // The dialog stays open with its input, ready to be corrected.
        if (dialog->nameEdit()->text() != u"Ghost readers"_s || !dialog->okButton()->isEnabled())
            refusal.clear();
        return result == QDialog::Accepted ? result : int(QDialog::Rejected);
    });
    m_panel->newRole();
    QVERIFY2(refusal.contains(u"no service with id"_s), qPrintable(refusal));
    QVERIFY2(refusal.contains(u"HTTP 400"_s), qPrintable(refusal));
    QCOMPARE(m_roles->model()->rowCount(), rows);
}

void TestRoleEditor::panelCreatesEditsAndDeletes()
{
    QAbstractItemModelTester tester(m_roles->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int rows = m_roles->model()->rowCount();

    // New role…
    m_prompter.answerNextDialog([](QDialog *d) {
        auto *dialog = qobject_cast<RoleEditorDialog *>(d);
        if (!dialog || dialog->windowTitle() != RoleEditorDialog::tr("New Role"))
            return int(QDialog::Rejected);
        QTest::keyClicks(dialog->nameEdit(), u"Weekend watch"_s);
        checkPermission(dialog, u"control-plane:service:view"_s);
        QTest::keyClicks(dialog->resourcesEdit(), u"instance/*"_s);
        return submitAndWait(dialog);
    });
    m_panel->newRole();
    QCOMPARE(m_roles->model()->rowCount(), rows + 1);
    QString roleId;
    for (const Role &role : m_roles->model()->roles()) {
        if (role.name == u"Weekend watch"_s)
            roleId = role.id;
    }
    QVERIFY(!roleId.isEmpty());

    // Edit…: the dialog opens with the role as it is; a new name and a second policy.
    selectRole(roleId);
    QVERIFY(m_panel->editButton()->isEnabled());
    QVERIFY(m_panel->deleteButton()->isEnabled());
    QString openedWith;
    m_prompter.answerNextDialog([&openedWith](QDialog *d) {
        auto *dialog = qobject_cast<RoleEditorDialog *>(d);
        if (!dialog)
            return int(QDialog::Rejected);
        openedWith = dialog->nameEdit()->text() + u'|' + dialog->resourcesEdit()->text();
        dialog->nameEdit()->clear();
        QTest::keyClicks(dialog->nameEdit(), u"Weekend watch (all)"_s);
        QTest::mouseClick(dialog->addPolicyButton(), Qt::LeftButton);
        dialog->effectCombo()->setCurrentIndex(dialog->effectCombo()->findData(u"DENY"_s));
        checkPermission(dialog, u"control-plane:service:manage"_s);
        QTest::keyClicks(dialog->resourcesEdit(), u"instance/*"_s);
        return submitAndWait(dialog);
    });
    m_panel->editSelectedRole();
    QCOMPARE(openedWith, u"Weekend watch|instance/*"_s);
    std::optional<Role> edited = m_roles->role(roleId);
    QVERIFY(edited);
    QCOMPARE(edited->name, u"Weekend watch (all)"_s);
    QCOMPARE(edited->policies.size(), 2);
    QCOMPARE(edited->policies.at(1).allowDeny, u"DENY"_s);
    QCOMPARE(m_roles->model()->rowCount(), rows + 1);

    // Delete…, answered No: nothing happens.
    selectRole(roleId);
    const int questions = int(m_prompter.questions().size());
    m_prompter.answerNext(QMessageBox::No);
    m_panel->deleteSelectedRole();
    QCOMPARE(int(m_prompter.questions().size()), questions + 1);
    QCOMPARE(m_prompter.questions().constLast().objectName, u"confirmDeleteRole"_s);
    QVERIFY(m_prompter.questions().constLast().text.contains(u"Weekend watch (all)"_s));
    QVERIFY(m_roles->role(roleId));

    // …answered Yes: the row goes.
    m_prompter.answerNext(QMessageBox::Yes);
    m_panel->deleteSelectedRole();
    QTRY_VERIFY_WITH_TIMEOUT(!m_roles->role(roleId), kTimeoutMs);
    QCOMPARE(m_roles->model()->rowCount(), rows);
}

void TestRoleEditor::systemRoleIsReadOnly()
{
    QString systemId;
    for (const Role &role : m_roles->model()->roles()) {
        if (role.isSystem())
            systemId = role.id;
    }
    QVERIFY(!systemId.isEmpty());
    selectRole(systemId);
    QVERIFY(!m_panel->editButton()->isEnabled());
    QVERIFY(!m_panel->deleteButton()->isEnabled());
    auto *note = m_panel->findChild<QLabel *>(u"rolesSelectionNote"_s);
    QVERIFY(note);
    QCOMPARE(note->text(), RolesViewModel::systemRoleText());
    QCOMPARE(m_panel->editButton()->toolTip(), RolesViewModel::systemRoleText());
    // Reached by other paths (a double click, a slot), nothing opens and nothing is asked.
    const qsizetype dialogs = m_prompter.dialogs().size();
    const qsizetype questions = m_prompter.questions().size();
    m_panel->editSelectedRole();
    m_panel->deleteSelectedRole();
    QCOMPARE(m_prompter.dialogs().size(), dialogs);
    QCOMPARE(m_prompter.questions().size(), questions);
    QVERIFY(m_roles->role(systemId));
}

void TestRoleEditor::deleteOfAVanishedRoleSaysSo()
{
    // A role made and then deleted behind the panel's back (another window, another client).
    RoleCreateRequest create;
    create.name = u"Fleeting"_s;
    RolePolicyRequest policy;
    policy.permissions = { u"control-plane:service:view"_s };
    policy.resources = { u"instance/*"_s };
    create.policies = { policy };
    QString roleId;
    RoleCommand *created = m_roles->createRole(create);
    connect(created, &RoleCommand::finished, this, [&roleId, created] { roleId = created->roleId(); });
    QTRY_VERIFY_WITH_TIMEOUT(!roleId.isEmpty(), kTimeoutMs);
    std::optional<ApiResult<Nothing>> deleted;
    m_session->api()->organizationRoleDelete(m_organizationId, roleId, RequestPriority::Interactive, this,
                                             [&deleted](ApiResult<Nothing> result) { deleted = std::move(result); });
    QTRY_VERIFY_WITH_TIMEOUT(deleted.has_value(), kTimeoutMs);
    QVERIFY(deleted->hasValue());

    selectRole(roleId);
    const qsizetype questions = m_prompter.questions().size();
    m_prompter.answerNext(QMessageBox::Yes); // the confirmation
    m_prompter.answerNext(QMessageBox::Ok); // the warning that follows
    m_panel->deleteSelectedRole();
    QTRY_COMPARE_WITH_TIMEOUT(m_prompter.questions().size(), questions + 2, kTimeoutMs);
    const Prompter::Question &warning = m_prompter.questions().constLast();
    QCOMPARE(warning.objectName, u"roleDeleteFailed"_s);
    QVERIFY2(warning.text.contains(u"HTTP 404"_s), qPrintable(warning.text));
    // Gone on the server, so gone from the table too.
    QVERIFY(!m_roles->role(roleId));
    QVERIFY(m_panel->newButton()->isEnabled());
}

void TestRoleEditor::assignDialogListsHoldersAndSaves()
{
    // Taking a role from someone whose only role it is: refused before sending.
    {
        int holderRow = -1;
        QString onlyRoleId;
        for (const Role &role : m_roles->model()->roles()) {
            const QList<RoleHolder> holders = m_roles->holders(role.id);
            for (int row = 0; row < holders.size() && holderRow < 0; ++row) {
                if (holders.at(row).holds && holders.at(row).assignedRoleIds.size() == 1)
                    holderRow = row;
            }
            if (holderRow >= 0) {
                onlyRoleId = role.id;
                break;
            }
        }
        QVERIFY(holderRow >= 0);
        RoleHoldersDialog dialog(m_roles.get(), onlyRoleId);
        dialog.show();
        QVERIFY(!dialog.saveButton()->isEnabled());
        dialog.holderList()->item(holderRow)->setCheckState(Qt::Unchecked);
        QVERIFY(!dialog.saveButton()->isEnabled());
        QVERIFY2(dialog.messageLabel()->text().contains(u"without any role"_s),
                 qPrintable(dialog.messageLabel()->text()));
        dialog.holderList()->item(holderRow)->setCheckState(Qt::Checked);
        QVERIFY(dialog.messageLabel()->text().isEmpty());
    }

    const QString roleId = roleIdNamed(*m_roles, u"Read-only auditors"_s);
    QVERIFY(!roleId.isEmpty());
    QVERIFY(!m_panel->assignButton()->isEnabled()); // nothing selected yet
    selectRole(roleId);
    QVERIFY(m_panel->assignButton()->isEnabled());
    const QList<RoleHolder> before = m_roles->holders(roleId);
    QString givenTo;
    bool listedAsHeld = true;
    m_prompter.answerNextDialog([&](QDialog *d) {
        auto *dialog = qobject_cast<RoleHoldersDialog *>(d);
        if (!dialog || dialog->holderList()->count() != before.size())
            return int(QDialog::Rejected);
        for (int row = 0; row < before.size(); ++row) {
            const bool ticked = dialog->holderList()->item(row)->checkState() == Qt::Checked;
            listedAsHeld = listedAsHeld && ticked == before.at(row).holds;
        }
        // Unchanged: nothing to save, and nothing to scold.
        if (dialog->saveButton()->isEnabled() || !dialog->messageLabel()->text().isEmpty())
            return int(QDialog::Rejected);
        const int row = untickedKeyRow(dialog, before);
        if (row < 0)
            return int(QDialog::Rejected);
        dialog->holderList()->item(row)->setCheckState(Qt::Checked);
        if (!dialog->saveButton()->isEnabled())
            return int(QDialog::Rejected);
        givenTo = before.at(row).id;
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        const bool accepted = QTest::qWaitFor([dialog] { return dialog->result() == QDialog::Accepted; }, kTimeoutMs);
        return accepted ? dialog->result() : int(QDialog::Rejected);
    });
    QSignalSpy reloaded(m_roles.get(), &RemoteViewModel::loadFinished);
    m_panel->assignSelectedRole();
    QVERIFY(listedAsHeld);
    QVERIFY(!givenTo.isEmpty());
    QTRY_VERIFY_WITH_TIMEOUT(!reloaded.isEmpty(), kTimeoutMs);
    bool holdsNow = false;
    for (const RoleHolder &h : m_roles->holders(roleId))
        holdsNow = holdsNow || (h.id == givenTo && h.holds);
    QVERIFY(holdsNow);
}

void TestRoleEditor::assignDialogSaysWhatWasNotSaved()
{
    // A key listed when the dialog opens but deleted before Save: its change fails
    // (404), the other key's goes through, and the dialog says which is which.
    ApiKeyCreateRequest create;
    create.name = u"gone-before-save"_s;
    create.roles = { u"developer"_s };
    std::optional<ApiResult<ApiKeyCreateResult>> created;
    m_session->api()->openapiKeyCreate(m_organizationId, create, RequestPriority::Interactive, this,
                                       [&created](ApiResult<ApiKeyCreateResult> r) { created = std::move(r); });
    QTRY_VERIFY_WITH_TIMEOUT(created.has_value(), kTimeoutMs);
    QVERIFY(created->hasValue());
    QSignalSpy loaded(m_roles.get(), &RemoteViewModel::loadFinished);
    m_roles->refresh();
    QVERIFY(loaded.wait(kTimeoutMs));

    const QString roleId = roleIdNamed(*m_roles, u"Read-only auditors"_s);
    selectRole(roleId);
    const QList<RoleHolder> before = m_roles->holders(roleId);
    QString message;
    bool closeOnly = false;
    m_prompter.answerNextDialog([&](QDialog *d) {
        auto *dialog = qobject_cast<RoleHoldersDialog *>(d);
        if (!dialog)
            return int(QDialog::Rejected);
        const int gone = untickedKeyRow(dialog, before, u"gone-before-save"_s);
        if (gone < 0)
            return int(QDialog::Rejected);
        dialog->holderList()->item(gone)->setCheckState(Qt::Checked);
        const int other = untickedKeyRow(dialog, before);
        if (other < 0)
            return int(QDialog::Rejected);
        dialog->holderList()->item(other)->setCheckState(Qt::Checked);
        std::optional<ApiResult<Nothing>> deleted;
        m_session->api()->openapiKeyDelete(m_organizationId, created->value().key.id, RequestPriority::Interactive,
                                           this, [&deleted](ApiResult<Nothing> r) { deleted = std::move(r); });
        if (!QTest::qWaitFor([&deleted] { return deleted.has_value(); }, kTimeoutMs) || !deleted->hasValue())
            return int(QDialog::Rejected);
        QTest::mouseClick(dialog->saveButton(), Qt::LeftButton);
        if (!QTest::qWaitFor([dialog] { return dialog->messageLabel()->text().contains(u"Only part"_s); }, kTimeoutMs))
            return int(QDialog::Rejected);
        message = dialog->messageLabel()->text();
        closeOnly = !dialog->saveButton()->isEnabled() && !dialog->holderList()->isEnabled();
        return int(QDialog::Rejected);
    });
    m_panel->assignSelectedRole();
    QVERIFY2(message.contains(u"Only part of the change was saved"_s), qPrintable(message));
    QVERIFY2(message.contains(u"API key gone-before-save: not changed"_s), qPrintable(message));
    QVERIFY2(message.contains(u"role given"_s), qPrintable(message));
    QVERIFY(closeOnly);
}

QTEST_MAIN(TestRoleEditor)
#include "tst_roleeditor.moc"
