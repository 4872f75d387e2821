// In German or in Japanese (the system's language), every page (signed in against the emulator, with
// its data loaded) and every dialog, shown at its default size, has room for
// its text: no label without word wrap, button, check box, radio button, group
// box title, tab, spin box or date field, or combo box's current item is narrower than its text needs, and every table
// header section either shows its whole title or explains it in a tooltip.

#include "EmulatorProcess.h"
#include "MainWindow.h"
#include "SignedInComposition.h"
#include "Translations.h"
#include "api/ApiError.h"
#include "dialogs/ClickhousectlImportDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ProfileDialog.h"
#include "dialogs/ProfileManagerDialog.h"
#include "domain/ApiKey.h"
#include "domain/Profile.h"
#include "domain/Secret.h"
#include "domain/ServiceInputRules.h"
#include "domain/Validation.h"
#include "pages/ServicesPage.h"
#include "pages/keys/ApiKeyDialog.h"
#include "pages/keys/KeyRevealDialog.h"
#include "pages/keys/KeyRotationDialog.h"
#include "pages/org/InviteDialog.h"
#include "pages/org/MemberRolesDialog.h"
#include "pages/services/PasswordRevealDialog.h"
#include "pages/services/ServiceCreateDialog.h"
#include "preferences/Preferences.h"
#include "secrets/SecretResult.h"
#include "viewmodels/ApiKeyEditor.h"
#include "viewmodels/ApiKeysViewModel.h"
#include "viewmodels/ClipboardGuard.h"
#include "viewmodels/KeyReveal.h"
#include "viewmodels/KeyRotation.h"
#include "viewmodels/RoleChoice.h"
#include "widgets/DateFields.h"
#include "widgets/ScriptedPrompter.h"
#include "widgets/TableHeaders.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QStyleOptionTab>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QTextDocument>
#include <QTranslator>

#include <functional>
#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

QString nameOf(const QWidget *widget)
{
    const QString className = QString::fromLatin1(widget->metaObject()->className());
    return widget->objectName().isEmpty() ? className : widget->objectName() + u" ("_s + className + u')';
}

/// The text as shown: without mnemonic ampersands, rich text as plain.
QString shownText(QString text, bool richText = false)
{
    if (richText) {
        QTextDocument document;
        document.setHtml(text);
        return document.toPlainText();
    }
    text.replace(u"&&"_s, u"\x01"_s);
    text.remove(u'&');
    text.replace(u"\x01"_s, u"&"_s);
    return text;
}

/// What a line edit keeps beside its text: two pixels each side and the cursor.
constexpr int LineEditTextMargins = 2 * 2 + 1;

/// Something the text does not fit: where, what, how wide it needs to be and how wide it is.
struct Offender
{
    QString where;
    QString text;
    int needed = 0;
    int given = 0;
};

/// Every visible widget under `root` whose text is cut.
QList<Offender> cutTexts(QWidget *root)
{
    QList<Offender> offenders;
    const auto add
        = [&offenders](const QWidget *widget, const QString &text, int needed, int given, const QString &detail = {}) {
              if (needed > given)
                  offenders.append({ nameOf(widget) + detail, text, needed, given });
          };
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (!widget->isVisible() || widget->width() <= 0)
            continue;
        if (const auto *label = qobject_cast<QLabel *>(widget)) {
            if (label->wordWrap() || label->text().isEmpty())
                continue;
            const bool rich = label->textFormat() == Qt::RichText
                || (label->textFormat() == Qt::AutoText && Qt::mightBeRichText(label->text()));
            // A label that stretches with its layout still needs its text's width.
            add(label, shownText(label->text(), rich), label->minimumSizeHint().width(), label->width());
        } else if (const auto *button = qobject_cast<QAbstractButton *>(widget)) {
            if (button->text().isEmpty())
                continue;
            // Buttons compute their size hint from their text, icon and the style's margins.
            add(button, shownText(button->text()), button->sizeHint().width(), button->width());
        } else if (const auto *spin = qobject_cast<QAbstractSpinBox *>(widget)) {
            // Its line edit scrolls a text that does not fit: the text, its margins and the cursor need room.
            const auto *edit = spin->findChild<QLineEdit *>();
            if (!edit || edit->text().isEmpty())
                continue;
            const QMargins margins = edit->textMargins();
            add(spin, edit->text(), edit->fontMetrics().horizontalAdvance(edit->text()) + LineEditTextMargins,
                edit->contentsRect().width() - margins.left() - margins.right());
        } else if (const auto *combo = qobject_cast<QComboBox *>(widget)) {
            if (combo->isEditable() || combo->currentText().isEmpty())
                continue;
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.currentText = combo->currentText();
            const QRect field
                = combo->style()->subControlRect(QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
            const int icon = combo->itemIcon(combo->currentIndex()).isNull() ? 0 : combo->iconSize().width() + 4;
            add(combo, combo->currentText(), combo->fontMetrics().horizontalAdvance(combo->currentText()) + icon,
                field.width());
        } else if (const auto *group = qobject_cast<QGroupBox *>(widget)) {
            if (group->title().isEmpty())
                continue;
            add(group, shownText(group->title()), group->minimumSizeHint().width(), group->width());
        } else if (const auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int tab = 0; tab < tabs->count(); ++tab) {
                if (!tabs->isTabVisible(tab))
                    continue;
                const QString text = shownText(tabs->tabText(tab));
                QStyleOptionTab option;
                option.initFrom(tabs);
                option.text = tabs->tabText(tab);
                option.shape = tabs->shape();
                const int textWidth = tabs->fontMetrics().horizontalAdvance(text)
                    + tabs->style()->pixelMetric(QStyle::PM_TabBarTabHSpace, &option, tabs)
                    + (tabs->tabIcon(tab).isNull() ? 0 : tabs->iconSize().width() + 4);
                add(tabs, text, textWidth, tabs->tabRect(tab).width(), u" tab %1"_s.arg(tab));
            }
        } else if (const auto *header = qobject_cast<QHeaderView *>(widget)) {
            if (header->orientation() != Qt::Horizontal || !header->model())
                continue;
            for (int section = 0; section < header->count(); ++section) {
                if (header->isSectionHidden(section))
                    continue;
                const QString text = header->model()->headerData(section, Qt::Horizontal).toString();
                const QString tip = header->model()->headerData(section, Qt::Horizontal, Qt::ToolTipRole).toString();
                if (text.isEmpty() || !tip.isEmpty())
                    continue;
                add(header, text, header->sectionSizeHint(section), header->sectionSize(section),
                    u" section %1"_s.arg(section));
            }
        }
    }
    return offenders;
}

QString describe(const QString &what, const QList<Offender> &offenders)
{
    QStringList lines;
    for (const Offender &offender : offenders)
        lines.append(u"  %1: %2 “%3” needs %4 px, has %5"_s.arg(what, offender.where, offender.text)
                         .arg(offender.needed)
                         .arg(offender.given));
    return lines.join(u'\n');
}

/// The app's translators for one language, installed the way main() installs them.
class ScopedLanguage
{
public:
    explicit ScopedLanguage(const QLocale &locale)
        : m_previous(QLocale())
        , m_translators(Translations::install(*QCoreApplication::instance(), locale))
    {
        QLocale::setDefault(locale);
    }
    ~ScopedLanguage()
    {
        Translations::remove(m_translators);
        QLocale::setDefault(m_previous);
    }
    ScopedLanguage(const ScopedLanguage &) = delete;
    ScopedLanguage &operator=(const ScopedLanguage &) = delete;

    /// Whether the application's own catalogue for the language was among them.
    bool hasCatalogue() const { return m_translators.size() >= 2; }

private:
    QLocale m_previous;
    QList<QTranslator *> m_translators;
};

/// The main window's size on first start and the screenshots' size.
constexpr QSize DefaultSize(1280, 800);

using DialogFactory = std::function<QDialog *(MainWindow *, test::SignedInComposition *)>;

} // namespace

class TestTranslatedLayouts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_prompter = std::make_unique<ScriptedPrompter>();
        m_installedPrompter = std::make_unique<ScopedPrompter>(m_prompter.get());
        m_clipboard = std::make_unique<ClipboardGuard>();
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
    }

    void findsCutText()
    {
        QWidget root;
        root.resize(400, 300);
        auto *label = new QLabel(u"Rechenleistungsübersicht"_s, &root);
        label->setGeometry(0, 0, 20, 20);
        auto *wrapped = new QLabel(u"Ein Text, der umbrochen werden darf"_s, &root);
        wrapped->setWordWrap(true);
        wrapped->setGeometry(0, 20, 60, 60);
        auto *button = new QPushButton(u"&Schlüssel erstellen"_s, &root);
        button->setGeometry(0, 80, 30, 30);
        QStandardItemModel model(0, 2);
        model.setHorizontalHeaderLabels({ u"Rechenleistung"_s, u"Gesamt (CHC)"_s });
        model.setHeaderData(1, Qt::Horizontal, u"Gesamtkosten in ClickHouse Credits"_s, Qt::ToolTipRole);
        auto *table = new QTableView(&root);
        table->setModel(&model);
        table->setGeometry(0, 120, 300, 100);
        table->horizontalHeader()->resizeSection(0, 20);
        table->horizontalHeader()->resizeSection(1, 20);
        root.show();
        QVERIFY(QTest::qWaitForWindowExposed(&root));

        QStringList texts;
        for (const Offender &offender : cutTexts(&root))
            texts.append(offender.text);
        QCOMPARE(texts, (QStringList { u"Rechenleistungsübersicht"_s, u"Schlüssel erstellen"_s, u"Rechenleistung"_s }));

        // The shared fix: sections at least as wide as their titles.
        TableHeaders::fitTitles(table->horizontalHeader());
        QVERIFY(table->horizontalHeader()->sectionSize(0) >= table->horizontalHeader()->sectionSizeHint(0));
        label->adjustSize();
        button->adjustSize();
        QVERIFY2(cutTexts(&root).isEmpty(), qPrintable(describe(u"self-check"_s, cutTexts(&root))));
    }

    void dayMonthFormatDropsTheYear()
    {
        QCOMPARE(DateFields::dayMonthFormat(QLocale(QLocale::German, QLocale::Germany)), u"dd.MM"_s);
        QCOMPARE(DateFields::dayMonthFormat(QLocale(QLocale::Japanese, QLocale::Japan)), u"MM/dd"_s);
        QCOMPARE(DateFields::dayMonthFormat(QLocale(QLocale::English, QLocale::UnitedStates)), u"M/d"_s);
        QCOMPARE(
            QLocale(QLocale::German).toString(QDate(2026, 11, 3), DateFields::dayMonthFormat(QLocale(QLocale::German))),
            u"03.11"_s);
    }

    /// Messages translated without a class's tr() (the domain's checks, a profile's,
    /// API errors, keychain results) are looked up under the context lupdate files them in.
    void messagesOutsideWidgetsAreTranslated()
    {
        const ScopedLanguage german(QLocale(QLocale::German, QLocale::Germany));
        QVERIFY(german.hasCatalogue());
        ApiError notFound;
        notFound.kind = ApiErrorKind::NotFound;
        notFound.httpStatus = 404;
        QCOMPARE(notFound.displayText(), u"Nicht gefunden (HTTP 404)"_s);
        QCOMPARE(SecretResult::notFound().message, u"Für dieses Profil wurde kein gespeichertes Geheimnis gefunden."_s);
        QCOMPARE(SecretResult::timedOut(1000).message,
                 u"Der Systemschlüsselbund hat nicht innerhalb von 1 Sekunde geantwortet. Vielleicht wartet er "
                 "darauf, dass Sie ihn entsperren."_s);
        QCOMPARE(validation::serviceName(QString()), u"Geben Sie einen Dienstnamen ein."_s);
        Profile unnamed;
        unnamed.baseUrl = QUrl(u"https://api.clickhouse.cloud"_s);
        QCOMPARE(unnamed.validationError(), u"Das Profil braucht einen Namen."_s);
        QCOMPARE(ServiceInputRules::checkTagKey(u"a b"_s),
                 u"Ein Tag-Schlüssel besteht aus 1–128 Buchstaben, Ziffern, Punkten, Bindestrichen oder "
                 "Unterstrichen."_s);
    }

    void everyPageAndDialogHasRoomForItsText()
    {
        // The language preference at "system", as on first start: ctest runs this test once with
        // LANG and LC_ALL at de_DE.UTF-8 and once at ja_JP.UTF-8, so the system's fonts for the
        // language are the ones in use too.
        const QLocale locale = Preferences().locale();
        if (locale.language() != QLocale::German && locale.language() != QLocale::Japanese)
            QFAIL("Run with LANG and LC_ALL at de_DE.UTF-8 or ja_JP.UTF-8 (ctest does).");
        const ScopedLanguage language(locale);
        QVERIFY(language.hasCatalogue());
        // The translation is in use: a menu title no longer reads in English.
        QVERIFY(QCoreApplication::translate("chcloud::MainWindow", "&File") != u"&File"_s);

        // Built after the translators are in, as the application builds its window.
        test::SignedInComposition composition;
        QVERIFY(composition.signIn(m_emulator.baseUrl(), m_emulator.keyId(), Secret(m_emulator.keySecret())));
        const std::unique_ptr<MainWindow> window = composition.root().createMainWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));

        QString failures;
        for (Page *page : window->pages()) {
            QVERIFY(window->showPage(page->pageName()));
            QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 30000);
            QCoreApplication::processEvents();
            const QList<Offender> offenders = cutTexts(window.get());
            if (window->width() > DefaultSize.width() || window->height() > DefaultSize.height())
                failures += u"  page %1: the window needs %2×%3\n"_s.arg(page->pageName())
                                .arg(window->width())
                                .arg(window->height());
            if (!offenders.isEmpty())
                failures += describe(u"page "_s + page->pageName(), offenders) + u'\n';
        }

        for (const auto &[name, factory] : dialogs()) {
            const std::unique_ptr<QDialog> dialog(factory(window.get(), &composition));
            dialog->show();
            QVERIFY(QTest::qWaitForWindowExposed(dialog.get()));
            QCoreApplication::processEvents();
            const QList<Offender> offenders = cutTexts(dialog.get());
            if (dialog->width() > DefaultSize.width() || dialog->height() > DefaultSize.height())
                failures += u"  dialog %1: needs %2×%3\n"_s.arg(name).arg(dialog->width()).arg(dialog->height());
            if (!offenders.isEmpty())
                failures += describe(u"dialog "_s + name, offenders) + u'\n';
        }
        QVERIFY2(failures.isEmpty(), qPrintable(u"text cut in %1:\n"_s.arg(locale.name()) + failures));
    }

    void cleanupTestCase() { m_emulator.stop(); }

private:
    /// Every dialog the application opens, built the way the tab-order test builds them.
    QList<std::pair<QString, DialogFactory>> dialogs()
    {
        return {
            { u"sign in"_s,
              [](MainWindow *window, test::SignedInComposition *composition) {
                  return new ProfileDialog(composition->root().profiles(), std::nullopt, window);
              } },
            { u"profiles"_s,
              [](MainWindow *window, test::SignedInComposition *composition) {
                  return new ProfileManagerDialog(composition->root().profiles(), window);
              } },
            { u"preferences"_s,
              [](MainWindow *window, test::SignedInComposition *) {
                  return new PreferencesDialog(nullptr, window);
              } },
            { u"import from clickhousectl"_s,
              [](MainWindow *window, test::SignedInComposition *composition) {
                  return new ClickhousectlImportDialog(composition->root().profiles(), window);
              } },
            { u"new API key"_s,
              [this](MainWindow *window, test::SignedInComposition *) {
                  auto *editor = new ApiKeyEditor(&m_keys);
                  auto *dialog = new ApiKeyDialog(editor, window);
                  editor->setParent(dialog);
                  return dialog;
              } },
            { u"key reveal"_s,
              [this](MainWindow *window, test::SignedInComposition *) {
                  auto *reveal = new KeyReveal(u"ci-deploy"_s, u"KEYID0000000000000000"_s,
                                               Secret(u"not-a-real-secret"_s), m_clipboard.get(), nullptr, Profile {});
                  auto *dialog = new KeyRevealDialog(reveal, window);
                  reveal->setParent(dialog);
                  return dialog;
              } },
            { u"key rotation"_s,
              [](MainWindow *window, test::SignedInComposition *composition) {
                  ApiKey key;
                  key.name = u"ci-deploy"_s;
                  auto *rotation
                      = new KeyRotation(composition->session(), nullptr, QUuid(), composition->organizationId(), key);
                  auto *dialog = new KeyRotationDialog(rotation, window);
                  rotation->setParent(dialog);
                  return dialog;
              } },
            { u"invite"_s,
              [](MainWindow *window, test::SignedInComposition *) {
                  return new InviteDialog(RoleChoice::legacyRoles(), window);
              } },
            { u"member roles"_s,
              [](MainWindow *window, test::SignedInComposition *) {
                  return new MemberRolesDialog(u"Ada Lovelace"_s, RoleChoice::legacyRoles(), { u"developer"_s },
                                               window);
              } },
            { u"service password"_s,
              [this](MainWindow *window, test::SignedInComposition *) {
                  return new PasswordRevealDialog(u"6b0e5a1c-0000-4000-8000-000000000001"_s, u"analytics"_s,
                                                  Secret(u"not-a-real-password"_s), m_clipboard.get(), nullptr, window);
              } },
            { u"new service"_s,
              [](MainWindow *window, test::SignedInComposition *) {
                  auto *services = qobject_cast<ServicesPage *>(window->page(u"services"_s));
                  return new ServiceCreateDialog(services->viewModel(), window);
              } },
        };
    }

    test::EmulatorProcess m_emulator;
    std::unique_ptr<ScriptedPrompter> m_prompter;
    std::unique_ptr<ScopedPrompter> m_installedPrompter;
    std::unique_ptr<ClipboardGuard> m_clipboard;
    ApiKeysViewModel m_keys;
};

QTEST_MAIN(TestTranslatedLayouts)
#include "tst_translatedlayouts.moc"
