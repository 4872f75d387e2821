// Each dialog that takes simple inputs, walked with the Tab key offscreen: every
// enabled, visible control that takes focus is reached exactly once before focus
// comes back to where it started, and in the order a reader sees them (top to
// bottom, left to right within a row).

#include "dialogs/ProfileDialog.h"
#include "dialogs/ProfileManagerDialog.h"
#include "domain/Secret.h"
#include "pages/keys/ApiKeyDialog.h"
#include "pages/keys/KeyRevealDialog.h"
#include "pages/org/InviteDialog.h"
#include "pages/org/MemberRolesDialog.h"
#include "pages/org/RoleEditorDialog.h"
#include "pages/services/PasswordRevealDialog.h"
#include "pages/services/ServiceCreateDialog.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/ProfileStore.h"
#include "secrets/SessionSecretStore.h"
#include "session/ProfilesViewModel.h"
#include "viewmodels/ApiKeyEditor.h"
#include "viewmodels/ApiKeysViewModel.h"
#include "viewmodels/ClipboardGuard.h"
#include "viewmodels/KeyReveal.h"
#include "viewmodels/RoleChoice.h"
#include "viewmodels/RolesViewModel.h"
#include "viewmodels/ServicesViewModel.h"
#include "widgets/ScriptedPrompter.h"

#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QDebug>
#include <QDialog>
#include <QRadioButton>
#include <QStandardPaths>
#include <QTest>

#include <functional>
#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

/// The control a focus widget belongs to: a spin box or combo box for its inner
/// line edit, a view for its viewport or editor.
QWidget *controlOf(QWidget *widget, const QWidget *dialog)
{
    QWidget *control = widget;
    for (QWidget *w = widget; w && w != dialog; w = w->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QComboBox *>(w) || qobject_cast<QAbstractItemView *>(w))
            control = w;
    }
    return control;
}

QString nameOf(const QWidget *widget)
{
    return widget->objectName().isEmpty() ? QString::fromLatin1(widget->metaObject()->className())
                                          : widget->objectName();
}

using DialogFactory = std::function<QDialog *()>;

} // namespace

Q_DECLARE_METATYPE(DialogFactory)

class TestTabOrder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_prompter = std::make_unique<ScriptedPrompter>();
        m_installedPrompter = std::make_unique<ScopedPrompter>(m_prompter.get());
        m_keychain = std::make_unique<KeychainSecretStore>();
        m_sessionSecrets = std::make_unique<SessionSecretStore>();
        m_profiles = std::make_unique<ProfileStore>(*m_keychain, *m_sessionSecrets);
        m_profilesModel = std::make_unique<ProfilesViewModel>(m_profiles.get());
        m_keys = std::make_unique<ApiKeysViewModel>();
        m_services = std::make_unique<ServicesViewModel>();
        m_clipboard = std::make_unique<ClipboardGuard>();
        m_roles = std::make_unique<RolesViewModel>();
    }

    void walksEveryControlOnceInVisualOrder_data()
    {
        QTest::addColumn<DialogFactory>("factory");
        QTest::newRow("sign in (new profile)")
            << DialogFactory([this] { return new ProfileDialog(m_profilesModel.get()); });
        QTest::newRow("profiles") << DialogFactory([this] { return new ProfileManagerDialog(m_profilesModel.get()); });
        QTest::newRow("new API key") << DialogFactory([this] {
            auto *editor = new ApiKeyEditor(m_keys.get());
            auto *dialog = new ApiKeyDialog(editor);
            editor->setParent(dialog);
            return dialog;
        });
        QTest::newRow("key reveal") << DialogFactory([this] {
            auto *reveal = new KeyReveal(u"ci-deploy"_s, u"KEYID0000000000000000"_s, Secret(u"not-a-real-secret"_s),
                                         m_clipboard.get(), m_profiles.get(), Profile {});
            auto *dialog = new KeyRevealDialog(reveal);
            reveal->setParent(dialog);
            return dialog;
        });
        QTest::newRow("invite") << DialogFactory([] { return new InviteDialog(RoleChoice::legacyRoles()); });
        QTest::newRow("member roles") << DialogFactory(
            [] { return new MemberRolesDialog(u"Ada Lovelace"_s, RoleChoice::legacyRoles(), { u"developer"_s }); });
        QTest::newRow("new role") << DialogFactory(
            [this] { return new RoleEditorDialog(m_roles.get(), std::nullopt); });
        QTest::newRow("service password") << DialogFactory([this] {
            return new PasswordRevealDialog(u"6b0e5a1c-0000-4000-8000-000000000001"_s, u"analytics"_s,
                                            Secret(u"not-a-real-password"_s), m_clipboard.get(), nullptr);
        });
        QTest::newRow("new service") << DialogFactory([this] { return new ServiceCreateDialog(m_services.get()); });
    }

    void walksEveryControlOnceInVisualOrder()
    {
        QFETCH(DialogFactory, factory);
        std::unique_ptr<QDialog> dialog(factory());
        dialog->show();
        dialog->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(dialog.get()));

        // What Tab should reach: enabled, visible controls that accept focus by Tab.
        QList<QWidget *> expected;
        const QList<QWidget *> children = dialog->findChildren<QWidget *>();
        for (QWidget *child : children) {
            if (!child->isVisibleTo(dialog.get()) || !child->isEnabled() || !(child->focusPolicy() & Qt::TabFocus)
                || child->objectName().startsWith(u"qt_"_s))
                continue;
            // In a group of exclusive radio buttons Tab reaches the checked one; arrows move between them.
            if (const auto *radio = qobject_cast<QRadioButton *>(child);
                radio && radio->autoExclusive() && !radio->isChecked())
                continue;
            QWidget *control = controlOf(child, dialog.get());
            if (control->isVisibleTo(dialog.get()) && !expected.contains(control))
                expected.append(control);
        }
        QVERIFY(expected.size() >= 2);

        QWidget *start = QApplication::focusWidget();
        QVERIFY2(start, "the dialog gives focus to a control when it opens");
        QList<QWidget *> visited { controlOf(start, dialog.get()) };
        for (int step = 0; step < 3 * expected.size() + 10; ++step) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            QVERIFY(now);
            QVERIFY2(now->window() == dialog.get(), qPrintable(u"focus left the dialog: "_s + nameOf(now)));
            QWidget *control = controlOf(now, dialog.get());
            if (control == visited.constLast())
                continue; // moving between the cells of a view
            if (control == visited.constFirst())
                break;
            QVERIFY2(!visited.contains(control), qPrintable(u"reached twice: "_s + nameOf(control)));
            visited.append(control);
        }

        QStringList order;
        for (const QWidget *widget : visited)
            order.append(nameOf(widget));
        qInfo().noquote() << "Tab order:" << order.join(u" → "_s);

        QStringList missing;
        for (QWidget *widget : expected) {
            if (!visited.contains(widget))
                missing.append(nameOf(widget));
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"never reached by Tab: "_s + missing.join(u", "_s)));
        QCOMPARE(visited.size(), expected.size());

        // Visual order, read from the control shown first (top row, leftmost), round the cycle.
        const auto rectOf = [&dialog](const QWidget *w) {
            return QRect(w->mapTo(dialog.get(), QPoint(0, 0)), w->size());
        };
        const auto shownBefore = [&rectOf](const QWidget *x, const QWidget *y) {
            const QRect a = rectOf(x);
            const QRect b = rectOf(y);
            const bool sameRow = b.top() < a.bottom() && a.top() < b.bottom();
            return sameRow ? a.left() < b.left() : a.top() < b.top();
        };
        qsizetype first = 0;
        for (qsizetype i = 1; i < visited.size(); ++i) {
            if (shownBefore(visited.at(i), visited.at(first)))
                first = i;
        }
        for (qsizetype n = 1; n < visited.size(); ++n) {
            const QWidget *previous = visited.at((first + n - 1) % visited.size());
            const QWidget *next = visited.at((first + n) % visited.size());
            QVERIFY2(!shownBefore(next, previous),
                     qPrintable(u"%1 comes after %2 but is shown before it"_s.arg(nameOf(next), nameOf(previous))));
        }
    }

private:
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<ScopedPrompter> m_installedPrompter;
    std::unique_ptr<KeychainSecretStore> m_keychain;
    std::unique_ptr<SessionSecretStore> m_sessionSecrets;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<ProfilesViewModel> m_profilesModel;
    std::unique_ptr<ApiKeysViewModel> m_keys;
    std::unique_ptr<ServicesViewModel> m_services;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    std::unique_ptr<RolesViewModel> m_roles;
};

QTEST_MAIN(TestTabOrder)
#include "tst_taborder.moc"
