// The API Keys page, driven through its widgets (offscreen) against the
// emulator: create a key in the dialog, see it once in the reveal, copy it
// (and watch the clipboard clear), close only after confirming, delete.

#include "EmulatorProcess.h"
#include "SignedInComposition.h"
#include "pages/KeysPage.h"
#include "pages/keys/ApiKeyDialog.h"
#include "pages/keys/KeyRevealDialog.h"
#include "preferences/PreferencesNotifier.h"
#include "viewmodels/ApiKeyEditor.h"
#include "viewmodels/ApiKeysFilterModel.h"
#include "viewmodels/ApiKeysViewModel.h"
#include "viewmodels/ClipboardGuard.h"
#include "widgets/ScriptedPrompter.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <algorithm>
#include <functional>
#include <memory>

using namespace Qt::StringLiterals;
using namespace chcloud;

class TestKeysPage : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::EmulatorProcess> m_emulator;
    std::unique_ptr<test::SignedInComposition> m_app;
    QString m_organizationId;
    ScriptedPrompter m_prompter;
    std::unique_ptr<ScopedPrompter> m_installed;
    std::unique_ptr<KeysPage> m_page;

    /// A request of the test's own under the signed-in key. The page spends the same
    /// key's budget (loads, "created by", roles and services in the background), so a
    /// throttled request (429, not processed) is sent again once the window moves on.
    QJsonObject raw(const QByteArray &method, const QString &path, const QJsonObject &body = {})
    {
        QJsonObject answer = m_emulator->raw(method, path, body);
        for (int attempt = 0; attempt < 50 && answer.value(u"httpStatus"_s).toInt() == 429; ++attempt) {
            QElapsedTimer waited;
            waited.start();
            // Waits for the window to move on (the emulator here allows 50 requests per second).
            const bool moved = QTest::qWaitFor([&waited] { return waited.elapsed() >= 100; }, 1000);
            Q_UNUSED(moved)
            answer = m_emulator->raw(method, path, body);
        }
        return answer;
    }

    QJsonObject serverKeyNamed(const QString &name)
    {
        const QJsonArray keys
            = raw("GET", u"/v1/organizations/%1/keys"_s.arg(m_organizationId)).value(u"result"_s).toArray();
        for (const QJsonValue &key : keys) {
            if (key.toObject().value(u"name"_s).toString() == name)
                return key.toObject();
        }
        return {};
    }

    /// The names of the keys the server lists that match, read from the server's own JSON.
    QStringList serverKeysWhere(const std::function<bool(const QJsonObject &)> &matches)
    {
        QStringList names;
        const QJsonArray keys
            = raw("GET", u"/v1/organizations/%1/keys"_s.arg(m_organizationId)).value(u"result"_s).toArray();
        for (const QJsonValue &key : keys) {
            if (matches(key.toObject()))
                names.append(key.toObject().value(u"name"_s).toString());
        }
        names.sort();
        return names;
    }

    /// The names of the rows the table shows, sorted.
    QStringList shownKeyNames()
    {
        QStringList names;
        const QAbstractItemModel *model = m_page->table()->model();
        for (int row = 0; row < model->rowCount(); ++row) {
            const QString id = model->index(row, 0).data(ApiKeysViewModel::KeyIdRole).toString();
            names.append(m_page->viewModel()->key(id)->name);
        }
        names.sort();
        return names;
    }

    template<typename T>
    static T *topLevel(const QString &objectName)
    {
        const QWidgetList widgets = QApplication::topLevelWidgets();
        for (QWidget *widget : widgets) {
            if (widget->objectName() == objectName && widget->isVisible()) {
                if (auto *typed = qobject_cast<T *>(widget))
                    return typed;
            }
        }
        return nullptr;
    }

    /// Fills the "New API Key" dialog and presses Generate; returns the reveal that follows.
    KeyRevealDialog *createKeyThroughDialog(const QString &name, bool generateLocally = false)
    {
        QPushButton *newButton = m_page->findChild<QPushButton *>(u"newKeyButton"_s);
        if (!newButton->isVisible())
            newButton = m_page->findChild<QPushButton *>(u"createFirstKeyButton"_s);
        newButton->click();
        auto *dialog = topLevel<ApiKeyDialog>(u"apiKeyDialog"_s);
        if (!dialog)
            return nullptr;
        // Roles arrive from the server; wait until the list is filled.
        auto *roles = dialog->findChild<QListWidget *>(u"keyRolesList"_s);
        if (!QTest::qWaitFor([&] { return roles->count() > 0 && !dialog->editor()->usesLegacyRoles(); }, 10000)
            && roles->count() == 0)
            return nullptr;
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"keyNameEdit"_s), name);
        roles->item(0)->setCheckState(Qt::Checked);
        if (generateLocally)
            dialog->findChild<QCheckBox *>(u"keyGenerateLocallyCheck"_s)->setChecked(true);
        QSignalSpy revealed(m_page.get(), &KeysPage::revealOpened);
        auto *generate = dialog->findChild<QPushButton *>(u"keySubmitButton"_s);
        if (!generate->isEnabled())
            return nullptr;
        generate->click();
        // Generate is disabled while the request is in flight: a second click sends nothing.
        if (generate->isEnabled())
            return nullptr;
        generate->click();
        if (!revealed.wait(15000))
            return nullptr;
        return revealed.first().first().value<KeyRevealDialog *>();
    }

    /// The id of the key the page lists the first key the page lists that `matches` accepts.
    QString listedKeyId(const std::function<bool(const ApiKey &)> &matches)
    {
        for (const ApiKey &key : m_page->viewModel()->keys()) {
            if (matches(key))
                return key.id;
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_emulator = std::make_unique<test::EmulatorProcess>(
            QStringList { u"--rate-limit"_s, u"200"_s, u"--rate-window-ms"_s, u"1000"_s });
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        m_organizationId = raw("GET", u"/v1/organizations"_s)
                               .value(u"result"_s)
                               .toArray()
                               .first()
                               .toObject()
                               .value(u"id"_s)
                               .toString();
        // The scheduler may use 50 requests per second; the emulator allows more, so the
        // test's own look at the server (same key) is never throttled by the app's load.
        SchedulerConfig config;
        config.limit = 50;
        config.window = std::chrono::milliseconds(1000);
        m_app = std::make_unique<test::SignedInComposition>();
        QVERIFY(m_app->signIn(m_emulator->baseUrl(), m_emulator->keyId(), Secret(m_emulator->keySecret()), config));
        QCOMPARE(m_app->organizationId(), m_organizationId);
        m_installed = std::make_unique<ScopedPrompter>(&m_prompter);

        m_page = m_app->createPage<KeysPage>(u"keys"_s);
        QVERIFY(m_page);
        m_page->resize(1200, 700);
        m_page->clipboardGuard()->setClearAfter(std::chrono::milliseconds(100));
        QSignalSpy loaded(m_page.get(), &Page::loaded);
        m_page->show(); // a page loads when it is first shown
        QVERIFY(loaded.wait(15000));
        QVERIFY(m_page->isLoaded());
        QCOMPARE(m_page->pageName(), u"keys"_s);
        QVERIFY(m_page->table()->model()->rowCount() >= 8);
    }

    void cleanupTestCase()
    {
        m_page.reset();
        m_installed.reset();
        m_app.reset();
        m_emulator.reset();
    }

    void cleanup() { QCOMPARE(m_prompter.unscripted(), 0); }

    void createRevealCopyAndClear()
    {
        KeyRevealDialog *reveal = createKeyThroughDialog(u"Dashboard exporter"_s);
        QVERIFY(reveal);
        QVERIFY(reveal->isVisible());

        // The key the server stored is the one shown.
        const QString shownKeyId = reveal->findChild<QLineEdit *>(u"revealKeyIdEdit"_s)->text();
        const QString shownSecret = reveal->findChild<QLineEdit *>(u"revealSecretEdit"_s)->text();
        QVERIFY(!shownKeyId.isEmpty());
        QVERIFY(!shownSecret.isEmpty());
        const QJsonObject stored = serverKeyNamed(u"Dashboard exporter"_s);
        QCOMPARE(stored.value(u"keySuffix"_s).toString(), shownKeyId.right(4));
        // What the form said by default: enabled, never expires, usable from anywhere.
        QCOMPARE(stored.value(u"state"_s).toString(), u"enabled"_s);
        QVERIFY(stored.value(u"expireAt"_s).isNull() || stored.value(u"expireAt"_s).isUndefined());
        QCOMPARE(stored.value(u"ipAccessList"_s).toArray().first().toObject().value(u"source"_s).toString(),
                 u"0.0.0.0/0"_s);
        QVERIFY(
            reveal->findChild<QLabel *>(u"keyRevealWarning"_s)->text().contains(u"will not see this secret again"_s));

        // Copy puts the secret on the clipboard; the guard takes it off again.
        QClipboard *clipboard = QGuiApplication::clipboard();
        QSignalSpy cleared(m_page->clipboardGuard(), &ClipboardGuard::clipboardCleared);
        reveal->findChild<QPushButton *>(u"copySecretButton"_s)->click();
        QCOMPARE(clipboard->text(), shownSecret);
        QVERIFY(cleared.wait(5000));
        QCOMPARE(cleared.first().first().toBool(), true);
        QVERIFY(clipboard->text().isEmpty());

        // Copied, so closing asks nothing; the field is wiped.
        auto *secretField = reveal->findChild<QLineEdit *>(u"revealSecretEdit"_s);
        reveal->findChild<QPushButton *>(u"revealCloseButton"_s)->click();
        QVERIFY(m_prompter.questions().isEmpty());
        QVERIFY(secretField->text().isEmpty());
        QTRY_VERIFY(!topLevel<KeyRevealDialog>(u"keyRevealDialog"_s));
    }

    void generatesTheSecretLocally()
    {
        KeyRevealDialog *reveal = createKeyThroughDialog(u"Made here"_s, true);
        QVERIFY(reveal);
        const QString keyId = reveal->findChild<QLineEdit *>(u"revealKeyIdEdit"_s)->text();
        const QString secret = reveal->findChild<QLineEdit *>(u"revealSecretEdit"_s)->text();
        QCOMPARE(serverKeyNamed(u"Made here"_s).value(u"keySuffix"_s).toString(), keyId.right(4));
        // Only the hashes went out, yet the pair signs in.
        QNetworkAccessManager manager;
        QNetworkRequest request(m_emulator->baseUrl().resolved(QUrl(u"/v1/organizations"_s)));
        request.setRawHeader("Authorization", "Basic " + (keyId + u':' + secret).toUtf8().toBase64());
        QNetworkReply *reply = manager.get(request);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(done.wait(10000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 200);
        reply->deleteLater();
        reveal->findChild<QPushButton *>(u"copyKeyIdButton"_s)->click();
        m_prompter.answerNext(QMessageBox::Yes); // only the key ID was copied: closing still asks
        reveal->findChild<QPushButton *>(u"revealCloseButton"_s)->click();
        QCOMPARE(m_prompter.questions().last().objectName, u"confirmCloseReveal"_s);
        QTRY_VERIFY(!topLevel<KeyRevealDialog>(u"keyRevealDialog"_s));
    }

    void clipboardLeftAloneWhenReplaced()
    {
        ClipboardGuard guard;
        guard.setClearAfter(std::chrono::milliseconds(50));
        QSignalSpy cleared(&guard, &ClipboardGuard::clipboardCleared);
        guard.copySecret(u"not-really-secret"_s);
        QGuiApplication::clipboard()->setText(u"something the user copied"_s);
        QVERIFY(cleared.wait(5000));
        QCOMPARE(cleared.first().first().toBool(), false);
        QCOMPARE(QGuiApplication::clipboard()->text(), u"something the user copied"_s);
    }

    void closingWithoutCopyingAsksFirst()
    {
        KeyRevealDialog *reveal = createKeyThroughDialog(u"Forgotten key"_s);
        QVERIFY(reveal);
        auto *close = reveal->findChild<QPushButton *>(u"revealCloseButton"_s);
        const qsizetype asked = m_prompter.questions().size();

        m_prompter.answerNext(QMessageBox::No);
        close->click();
        QCOMPARE(m_prompter.questions().size(), asked + 1);
        QCOMPARE(m_prompter.questions().last().objectName, u"confirmCloseReveal"_s);
        QVERIFY(reveal->isVisible());
        QVERIFY(!reveal->findChild<QLineEdit *>(u"revealSecretEdit"_s)->text().isEmpty());

        m_prompter.answerNext(QMessageBox::Yes);
        auto *secretField = reveal->findChild<QLineEdit *>(u"revealSecretEdit"_s);
        close->click();
        QCOMPARE(m_prompter.questions().size(), asked + 2);
        QVERIFY(secretField->text().isEmpty());
        QTRY_VERIFY(!topLevel<KeyRevealDialog>(u"keyRevealDialog"_s));
    }

    void invalidInputKeepsGenerateDisabled_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("ipEntries");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty name") << QString() << QString() << false;
        QTest::newRow("bad CIDR") << u"Office"_s << u"10.0.0.0/33"_s << false;
        QTest::newRow("bad address") << u"Office"_s << u"10.0.0.256"_s << false;
        QTest::newRow("IPv4 and IPv6 CIDRs") << u"Office"_s << u"10.0.0.0/8\n2001:db8::/32"_s << true;
    }

    void invalidInputKeepsGenerateDisabled()
    {
        QFETCH(QString, name);
        QFETCH(QString, ipEntries);
        QFETCH(bool, valid);
        ApiKeyDialog *dialog = m_page->openCreateDialog();
        QVERIFY(dialog);
        auto *roles = dialog->findChild<QListWidget *>(u"keyRolesList"_s);
        QTRY_VERIFY(roles->count() > 0);
        roles->item(0)->setCheckState(Qt::Checked);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(u"keyNameEdit"_s), name);
        if (!ipEntries.isEmpty()) {
            dialog->findChild<QAbstractButton *>(u"keyIpListRadio"_s)->click();
            dialog->findChild<QPlainTextEdit *>(u"keyIpEntriesEdit"_s)->setPlainText(ipEntries);
        }
        QCOMPARE(dialog->findChild<QPushButton *>(u"keySubmitButton"_s)->isEnabled(), valid);
        if (!ipEntries.isEmpty())
            QCOMPARE(dialog->findChild<QLabel *>(u"keyIpProblem"_s)->isVisible(), !valid);
        dialog->reject();
    }

    void deleteAsksAndRemovesTheRow()
    {
        ApiKeysViewModel *model = m_page->viewModel();
        const QJsonObject target = serverKeyNamed(u"Forgotten key"_s);
        const QString id = target.value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        QVERIFY(m_page->selectKey(id));
        const int before = model->rowCount();
        QSignalSpy removed(model, &QAbstractItemModel::rowsRemoved);

        // Declined: nothing is sent.
        m_prompter.answerNext(QMessageBox::No);
        m_page->findChild<QPushButton *>(u"deleteKeyButton"_s)->click();
        QCOMPARE(m_prompter.questions().last().objectName, u"confirmDeleteKey"_s);
        QVERIFY(m_prompter.questions().last().text.contains(u"Forgotten key"_s));
        QCOMPARE(model->rowCount(), before);

        m_prompter.answerNext(QMessageBox::Yes);
        m_page->findChild<QPushButton *>(u"deleteKeyButton"_s)->click();
        QVERIFY(removed.wait(10000));
        QCOMPARE(model->rowCount(), before - 1);
        QCOMPARE(model->rowOfKey(id), -1);
        QVERIFY(serverKeyNamed(u"Forgotten key"_s).isEmpty());
    }

    void theKeyInUseCannotDeleteItself()
    {
        ApiKeysViewModel *model = m_page->viewModel();
        QString currentId;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->currentKeyMatch(row) == CurrentKeyMatch::Yes)
                currentId = model->keyAt(row)->id;
        }
        QVERIFY(!currentId.isEmpty());
        QVERIFY(m_page->selectKey(currentId));
        const int before = model->rowCount();
        m_prompter.answerNext(QMessageBox::Ok);
        m_page->findChild<QPushButton *>(u"deleteKeyButton"_s)->click();
        QCOMPARE(m_prompter.questions().last().objectName, u"cannotDeleteCurrentKey"_s);
        QCOMPARE(model->rowCount(), before);
        QVERIFY(!model->isBusy());
    }

    void formLabelsHaveBuddies_data()
    {
        QTest::addColumn<bool>("edit");
        QTest::newRow("new key") << false;
        QTest::newRow("edit key") << true;
    }

    void formLabelsHaveBuddies()
    {
        QFETCH(bool, edit);
        if (edit)
            QVERIFY(m_page->selectKey(serverKeyNamed(u"Dashboard exporter"_s).value(u"id"_s).toString()));
        ApiKeyDialog *dialog = edit ? m_page->editSelectedKey() : m_page->openCreateDialog();
        QVERIFY(dialog);
        // A label with a mnemonic and no buddy shows a literal "&".
        int withMnemonic = 0;
        const QList<QLabel *> labels = dialog->findChildren<QLabel *>();
        for (const QLabel *label : labels) {
            QString text = label->text();
            text.remove(u"&&"_s);
            if (!text.contains(u'&'))
                continue;
            ++withMnemonic;
            QVERIFY2(label->buddy(), qPrintable(label->text()));
            QVERIFY2(label->buddy()->focusPolicy() != Qt::NoFocus, qPrintable(label->text()));
        }
        QCOMPARE(withMnemonic, 3); // Name, Roles, Expires
        dialog->reject();
    }

    void renameKeepsTheIpDescriptions()
    {
        const QJsonArray described {
            QJsonObject { { u"source"_s, u"0.0.0.0/0"_s }, { u"description"_s, u"anywhere"_s } },
            QJsonObject { { u"source"_s, u"203.0.113.7"_s }, { u"description"_s, u"build server"_s } }
        };
        const QJsonObject created = raw("POST", u"/v1/organizations/%1/keys"_s.arg(m_organizationId),
                                        QJsonObject { { u"name"_s, u"Described"_s },
                                                      { u"roles"_s, QJsonArray { u"developer"_s } },
                                                      { u"ipAccessList"_s, described } });
        const QString id = created.value(u"result"_s).toObject().value(u"key"_s).toObject().value(u"id"_s).toString();
        QVERIFY(!id.isEmpty());
        m_page->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(m_page->selectKey(id), 15000);

        ApiKeyDialog *dialog = m_page->editSelectedKey();
        QVERIFY(dialog);
        auto *name = dialog->findChild<QLineEdit *>(u"keyNameEdit"_s);
        name->selectAll();
        QTest::keyClicks(name, u"Described and renamed"_s);
        QCOMPARE(dialog->editor()->updateRequest(QDateTime::currentDateTimeUtc()).toJson().keys(),
                 QStringList { u"name"_s });
        auto *save = dialog->findChild<QPushButton *>(u"keySubmitButton"_s);
        QTRY_VERIFY(save->isEnabled());
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(!topLevel<ApiKeyDialog>(u"apiKeyDialog"_s), 10000);
        QJsonObject onServer = serverKeyNamed(u"Described and renamed"_s);
        QCOMPARE(onServer.value(u"ipAccessList"_s).toArray(), described);

        // Editing one description sends the whole list, every description kept.
        QVERIFY(m_page->selectKey(id));
        dialog = m_page->editSelectedKey();
        QVERIFY(dialog);
        dialog->findChild<QAbstractButton *>(u"keyIpListRadio"_s)->click();
        auto *entries = dialog->findChild<QPlainTextEdit *>(u"keyIpEntriesEdit"_s);
        QCOMPARE(entries->toPlainText(), u"203.0.113.7 build server"_s);
        entries->setPlainText(u"203.0.113.7 build server (rack 4)\n198.51.100.0/24 VPN"_s);
        save = dialog->findChild<QPushButton *>(u"keySubmitButton"_s);
        QTRY_VERIFY(save->isEnabled());
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(!topLevel<ApiKeyDialog>(u"apiKeyDialog"_s), 10000);
        onServer = serverKeyNamed(u"Described and renamed"_s);
        const QJsonArray expected {
            QJsonObject { { u"source"_s, u"203.0.113.7"_s }, { u"description"_s, u"build server (rack 4)"_s } },
            QJsonObject { { u"source"_s, u"198.51.100.0/24"_s }, { u"description"_s, u"VPN"_s } }
        };
        QCOMPARE(onServer.value(u"ipAccessList"_s).toArray(), expected);
    }

    void editWarnsBeforeDenyingAllAccess()
    {
        ApiKeysViewModel *model = m_page->viewModel();
        const QString id = serverKeyNamed(u"Dashboard exporter"_s).value(u"id"_s).toString();
        QVERIFY(m_page->selectKey(id));
        ApiKeyDialog *dialog = m_page->editSelectedKey();
        QVERIFY(dialog);
        QCOMPARE(dialog->findChild<QLineEdit *>(u"keyNameEdit"_s)->text(), u"Dashboard exporter"_s);
        dialog->findChild<QAbstractButton *>(u"keyIpListRadio"_s)->click();
        dialog->findChild<QPlainTextEdit *>(u"keyIpEntriesEdit"_s)->clear();
        auto *save = dialog->findChild<QPushButton *>(u"keySubmitButton"_s);
        QTRY_VERIFY(save->isEnabled());

        m_prompter.answerNext(QMessageBox::No);
        save->click();
        QCOMPARE(m_prompter.questions().last().objectName, u"confirmEmptyIpAccessList"_s);
        QVERIFY(dialog->isVisible());
        QVERIFY(!model->key(id)->ipAccessList.isEmpty());

        m_prompter.answerNext(QMessageBox::Yes);
        save->click();
        QTRY_VERIFY_WITH_TIMEOUT(model->key(id)->ipAccessList.isEmpty(), 10000);
        QCOMPARE(model->data(model->index(model->rowOfKey(id), ApiKeysViewModel::IpAccessColumn)).toString(),
                 u"none — all access denied"_s);
        QTRY_VERIFY(!topLevel<ApiKeyDialog>(u"apiKeyDialog"_s));
    }

    void toolbarDisablesAndEnables()
    {
        ApiKeysViewModel *model = m_page->viewModel();
        const QString id = serverKeyNamed(u"Dashboard exporter"_s).value(u"id"_s).toString();
        QVERIFY(m_page->selectKey(id));
        auto *toggle = m_page->findChild<QPushButton *>(u"toggleKeyButton"_s);
        QCOMPARE(m_page->selectedKeyId(), id);
        QCOMPARE(model->key(id)->state, ApiKeyState::Enabled);
        QCOMPARE(toggle->text(), u"Disable"_s);
        toggle->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->key(id)->state, ApiKeyState::Disabled, 10000);
        QCOMPARE(serverKeyNamed(u"Dashboard exporter"_s).value(u"state"_s).toString(), u"disabled"_s);
        QTRY_COMPARE(toggle->text(), u"Enable"_s);
        toggle->click();
        QTRY_COMPARE_WITH_TIMEOUT(model->key(id)->state, ApiKeyState::Enabled, 10000);
    }

    void disablingTheKeyInUseWarns()
    {
        ApiKeysViewModel *model = m_page->viewModel();
        QString currentId;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->currentKeyMatch(row) == CurrentKeyMatch::Yes)
                currentId = model->keyAt(row)->id;
        }
        QVERIFY(m_page->selectKey(currentId));
        // What the tests before started has ended, so "busy" below can only come from this click.
        QTRY_VERIFY_WITH_TIMEOUT(!model->isBusy(), 10000);
        m_prompter.answerNext(QMessageBox::No);
        m_page->findChild<QPushButton *>(u"toggleKeyButton"_s)->click();
        QCOMPARE(m_prompter.questions().last().objectName, u"confirmDisableCurrentKey"_s);
        QVERIFY(!model->isBusy());
        QCOMPARE(model->key(currentId)->state, ApiKeyState::Enabled);
    }

    void filtersByText()
    {
        auto *filter = m_page->findChild<QLineEdit *>(u"keyFilterEdit"_s);
        QTest::keyClicks(filter, u"Dashboard"_s);
        QCOMPARE(m_page->table()->model()->rowCount(), 1);
        filter->clear();
        QVERIFY(m_page->table()->model()->rowCount() > 1);
    }

    void healthFiltersShowTheKeysWorthALook()
    {
        m_page->refresh();
        QSignalSpy refreshed(m_page->viewModel(), &ApiKeysViewModel::refreshed);
        QVERIFY(refreshed.wait(15000));
        // "Expiring soon" follows the preference, also while the page is open: 90 days
        // takes in the demo's keys that expire in 5, 30 and 90 days.
        Preferences preferences;
        preferences.setExpiryWarningDays(90);
        Q_EMIT PreferencesNotifier::instance()->changed(preferences);
        QCOMPARE(m_page->viewModel()->expiringSoonDays(), 90);

        const QDateTime now = QDateTime::currentDateTimeUtc();
        const auto date = [](const QJsonObject &key, const QString &field) {
            return QDateTime::fromString(key.value(field).toString(), Qt::ISODate);
        };
        const auto open = [](const QJsonObject &key) {
            const QJsonArray list = key.value(u"ipAccessList"_s).toArray();
            return std::any_of(list.begin(), list.end(), [](const QJsonValue &entry) {
                const QString source = entry.toObject().value(u"source"_s).toString();
                return source == u"0.0.0.0/0"_s || source == u"::/0"_s;
            });
        };
        struct Filter
        {
            QString button;
            QString label;
            std::function<bool(const QJsonObject &)> matches;
            QStringList demoKeys; ///< keys of the demo data that must be among them
        };
        const QList<Filter> filters {
            { u"healthNeverUsedButton"_s,
              u"Never used"_s,
              [](const QJsonObject &key) { return key.value(u"usedAt"_s).toString().isEmpty(); },
              { u"Fresh read-only key"_s } },
            { u"healthUnusedButton"_s,
              u"Unused for 90 days"_s,
              [&](const QJsonObject &key) {
                  return !key.value(u"usedAt"_s).toString().isEmpty()
                      && date(key, u"usedAt"_s).secsTo(now) > qint64(90) * 24 * 3600;
              },
              {} },
            { u"healthOpenButton"_s,
              u"Open to anywhere"_s,
              open,
              { u"Bootstrap admin"_s, u"Grafana metrics"_s, u"Terraform"_s } },
            { u"healthExpiringButton"_s,
              u"Expiring within 90 days"_s,
              [&](const QJsonObject &key) {
                  const QDateTime expires = date(key, u"expireAt"_s);
                  return key.value(u"state"_s).toString() == u"enabled"_s && expires.isValid() && expires > now
                      && now.secsTo(expires) <= qint64(90) * 24 * 3600;
              },
              { u"CI deploy"_s, u"Fresh read-only key"_s, u"Terraform"_s } },
        };
        const int all = m_page->table()->model()->rowCount();
        for (const Filter &filter : filters) {
            auto *button = m_page->findChild<QPushButton *>(filter.button);
            QVERIFY2(button, qPrintable(filter.button));
            const QStringList expected = serverKeysWhere(filter.matches);
            for (const QString &demoKey : filter.demoKeys)
                QVERIFY2(expected.contains(demoKey), qPrintable(filter.label + u": "_s + demoKey));
            QCOMPARE(button->text(), u"%1 (%2)"_s.arg(filter.label).arg(expected.size()));
            button->click(); // one click: only those keys
            QVERIFY(button->isChecked());
            QCOMPARE(shownKeyNames(), expected);
            button->click(); // again: every key
            QVERIFY(!button->isChecked());
            QCOMPARE(m_page->table()->model()->rowCount(), all);
        }

        // Another filter replaces the one on, instead of narrowing it.
        m_page->findChild<QPushButton *>(u"healthNeverUsedButton"_s)->click();
        m_page->findChild<QPushButton *>(u"healthExpiringButton"_s)->click();
        QVERIFY(!m_page->findChild<QPushButton *>(u"healthNeverUsedButton"_s)->isChecked());
        QCOMPARE(shownKeyNames(), serverKeysWhere(filters.last().matches));
        m_page->findChild<QPushButton *>(u"healthExpiringButton"_s)->click();

        preferences.setExpiryWarningDays(Preferences::defaultExpiryWarningDays);
        Q_EMIT PreferencesNotifier::instance()->changed(preferences);
        QCOMPARE(m_page->findChild<QPushButton *>(u"healthExpiringButton"_s)->text(),
                 u"Expiring within 7 days (%1)"_s.arg(serverKeysWhere([&](const QJsonObject &key) {
                                                          const QDateTime expires = date(key, u"expireAt"_s);
                                                          return key.value(u"state"_s).toString() == u"enabled"_s
                                                              && expires.isValid() && expires > now
                                                              && now.secsTo(expires) <= qint64(7) * 24 * 3600;
                                                      }).size()));
    }

    void mayDoColumnSaysWhatTheKeyMayDo()
    {
        ApiKeysViewModel *keys = m_page->viewModel();
        // The demo gives the role "Analytics readers" (scoped to production-analytics) to one key.
        const QString id = listedKeyId([](const ApiKey &k) {
            return std::any_of(k.assignedRoles.cbegin(), k.assignedRoles.cend(),
                               [](const AssignedRole &r) { return r.roleName == u"Analytics readers"_s; });
        });
        QVERIFY(!id.isEmpty());
        QCOMPARE(keys->headerData(ApiKeysViewModel::MayDoColumn, Qt::Horizontal).toString(), u"May do"_s);
        QVERIFY(!m_page->table()->isColumnHidden(ApiKeysViewModel::MayDoColumn));
        // Roles and service names arrive at background priority after the keys.
        QTRY_VERIFY_WITH_TIMEOUT(keys->hasRoleList(), 15000);
        const auto cell = [&](const QString &keyId, int role) {
            return keys->index(keys->rowOfKey(keyId), ApiKeysViewModel::MayDoColumn).data(role).toString();
        };
        QTRY_VERIFY_WITH_TIMEOUT(cell(id, Qt::ToolTipRole).contains(u"production-analytics"_s), 15000);
        const QString tooltip = cell(id, Qt::ToolTipRole);
        QVERIFY2(tooltip.contains(u"Role Analytics readers: read-only on service production-analytics"_s),
                 qPrintable(tooltip));
        QVERIFY2(tooltip.contains(u"denied: manages service production-analytics"_s), qPrintable(tooltip));
        // The cell is the short form of the same words: two phrases and "+N more".
        const QString shown = cell(id, Qt::DisplayRole);
        const QStringList parts = shown.split(u", "_s);
        QVERIFY2(parts.size() == 3 && parts.last().startsWith(u"+"_s), qPrintable(shown));
        QVERIFY2(tooltip.contains(parts.first()), qPrintable(shown));

        // A key with the legacy admin role reads as one that can create keys.
        const QString adminId = listedKeyId([](const ApiKey &k) { return k.roles.contains(u"admin"_s); });
        QVERIFY(!adminId.isEmpty());
        QVERIFY2(cell(adminId, Qt::ToolTipRole).contains(u"can create API keys"_s),
                 qPrintable(cell(adminId, Qt::ToolTipRole)));
    }

    void queryEndpointsActionSaysWhichServicesLetTheKeyIn()
    {
        // The demo's query endpoint on production-analytics lets this key in.
        const QString id = listedKeyId([](const ApiKey &k) { return k.name == u"Query endpoint app"_s; });
        QVERIFY(!id.isEmpty());
        auto *button = m_page->findChild<QPushButton *>(u"queryEndpointsKeyButton"_s);
        QVERIFY(button);
        QVERIFY(m_page->selectKey(id));
        QVERIFY(button->isEnabled());
        const qsizetype asked = m_prompter.questions().size();
        m_prompter.answerNext(QMessageBox::Ok);
        button->click();
        QVERIFY(!button->isEnabled()); // one check at a time
        QTRY_VERIFY_WITH_TIMEOUT(m_prompter.questions().size() > asked, 15000);
        const Prompter::Question answer = m_prompter.questions().constLast();
        QCOMPARE(answer.objectName, u"keyQueryEndpoints"_s);
        QVERIFY(button->isEnabled());

        // Unbounded enough to read every service: the answer is whole.
        KeyQueryEndpointScan *all = m_page->viewModel()->scanQueryEndpoints(id, 1000);
        QSignalSpy allDone(all, &KeyQueryEndpointScan::finished);
        QVERIFY(allDone.wait(15000));
        const int services = all->serviceCount();
        QVERIFY(services > 1);
        QCOMPARE(all->checkedCount(), services);
        QVERIFY(all->unreadable().isEmpty());
        QCOMPARE(all->servicesAllowing(), QStringList { u"production-analytics"_s });
        QVERIFY2(all->summary().contains(u"Checked all %1 services"_s.arg(services)), qPrintable(all->summary()));

        // The page's check reads at most the default number and says how many of how many.
        if (services > KeyQueryEndpointScan::defaultMaxServices)
            QVERIFY2(answer.text.contains(
                         u"Checked %1 of %2 services"_s.arg(KeyQueryEndpointScan::defaultMaxServices).arg(services)),
                     qPrintable(answer.text));
        else
            QVERIFY2(answer.text.contains(u"This key can query: production-analytics."_s), qPrintable(answer.text));

        // Bounded to one service: the answer says how little was read.
        KeyQueryEndpointScan *one = m_page->viewModel()->scanQueryEndpoints(id, 1);
        QSignalSpy oneDone(one, &KeyQueryEndpointScan::finished);
        QVERIFY(oneDone.wait(15000));
        QCOMPARE(oneDone.size(), 1);
        QCOMPARE(one->checkedCount(), 1);
        QCOMPARE(one->serviceCount(), services);
        QVERIFY2(one->summary().contains(u"Checked 1 of %1 services"_s.arg(services)), qPrintable(one->summary()));
    }
};

QTEST_MAIN(TestKeysPage)
#include "tst_keys.moc"
