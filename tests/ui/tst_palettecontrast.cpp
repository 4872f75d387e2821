// Under the light and the dark appearance, every page and the main dialogs draw
// their status colours, state badges and line icons with enough contrast against
// what they are drawn on, and no widget carries a colour of its own in a style sheet.

#include "Appearance.h"
#include "EmulatorProcess.h"
#include "MainWindow.h"
#include "SignedInComposition.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ProfileDialog.h"
#include "dialogs/ProfileManagerDialog.h"
#include "pages/ServicesPage.h"
#include "pages/org/InviteDialog.h"
#include "pages/services/ServiceCreateDialog.h"
#include "pages/services/ServiceStateAppearance.h"
#include "viewmodels/InvitationsModel.h"
#include "viewmodels/ItemStatus.h"
#include "widgets/IsolatingItemDelegate.h"
#include "widgets/StatusColors.h"
#include "widgets/ThemedIcon.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;

namespace {

const QList<ItemStatus> Statuses { ItemStatus::Problem, ItemStatus::Warning, ItemStatus::Success };
constexpr double MinimumContrast = 3.0;

/// The colour of an icon's strokes: its most opaque pixel.
QColor strokeColor(const QIcon &icon)
{
    const QImage image = icon.pixmap(24, 24).toImage().convertToFormat(QImage::Format_ARGB32);
    QColor best(Qt::transparent);
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor pixel = image.pixelColor(x, y);
            if (pixel.alpha() > best.alpha())
                best = pixel;
        }
    }
    best.setAlpha(255);
    return best;
}

} // namespace

class TestPaletteContrast : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
        m_composition = std::make_unique<test::SignedInComposition>();
        QVERIFY(m_composition->signIn(m_emulator.baseUrl(), m_emulator.keyId(), Secret(m_emulator.keySecret())));
        m_window = m_composition->root().createMainWindow();
        m_window->show();
    }

    void cleanupTestCase()
    {
        m_window.reset();
        m_composition.reset();
        Appearance::apply(Preferences::Appearance::System);
    }

    void statusColorsReadOnTheirBackgrounds_data()
    {
        QTest::addColumn<Preferences::Appearance>("appearance");
        QTest::newRow("light") << Preferences::Appearance::Light;
        QTest::newRow("dark") << Preferences::Appearance::Dark;
    }

    void statusColorsReadOnTheirBackgrounds()
    {
        QFETCH(Preferences::Appearance, appearance);
        const QPalette palette = Appearance::palette(appearance);
        for (const ItemStatus status : Statuses) {
            const QColor text = StatusColors::text(status, palette);
            for (const auto role : { QPalette::Window, QPalette::Base, QPalette::AlternateBase }) {
                const double contrast = StatusColors::contrastRatio(text, palette.color(role));
                QVERIFY2(contrast >= 4.5,
                         qPrintable(u"status %1 on role %2: %3"_s.arg(int(status)).arg(role).arg(contrast)));
            }
            const StatusColors::Badge panel = StatusColors::panel(status, palette);
            QVERIFY(StatusColors::contrastRatio(panel.foreground, panel.background) >= 4.5);
        }
        for (int kind = 0; kind <= int(ServiceStateKind::Unknown); ++kind) {
            Appearance::apply(appearance);
            const ServiceStateAppearance look = ServiceStateAppearance::of(ServiceStateKind(kind));
            const double contrast = StatusColors::contrastRatio(look.foreground, look.background);
            QVERIFY2(contrast >= 4.5, qPrintable(u"state %1: %2"_s.arg(kind).arg(contrast)));
        }
        QCOMPARE(StatusColors::contrastRatio(Qt::black, Qt::white), 21.0);
        QCOMPARE(StatusColors::contrastRatio(Qt::white, Qt::white), 1.0);
    }

    void lineIconsFollowThePalette()
    {
        const QIcon icon = ThemedIcon::icon(u"refresh"_s);
        for (const auto appearance : { Preferences::Appearance::Light, Preferences::Appearance::Dark }) {
            Appearance::apply(appearance);
            const QPalette palette = QApplication::palette();
            // The same icon object, drawn again in the new palette's colours.
            const QColor stroke = strokeColor(icon);
            QCOMPARE(stroke.rgb(), palette.color(QPalette::ButtonText).rgb());
            QVERIFY(StatusColors::contrastRatio(stroke, palette.color(QPalette::Window)) >= MinimumContrast);
        }
        // Icons in colours of their own keep them.
        Appearance::apply(Preferences::Appearance::Dark);
        QCOMPARE(strokeColor(ThemedIcon::icon(u"state-failed"_s)).rgb(),
                 strokeColor(QIcon(u":/icons/state-failed.svg"_s)).rgb());
    }

    void markedWidgetsFollowAChangeOfAppearance()
    {
        QLabel label(u"Not a valid CIDR block."_s);
        StatusColors::mark(&label, ItemStatus::Problem);
        for (const auto appearance :
             { Preferences::Appearance::Light, Preferences::Appearance::Dark, Preferences::Appearance::Light }) {
            Appearance::apply(appearance);
            QCoreApplication::processEvents();
            QCOMPARE(label.palette().color(QPalette::WindowText),
                     StatusColors::text(ItemStatus::Problem, QApplication::palette()));
            // Everything else still comes from the application's palette.
            QCOMPARE(label.palette().color(QPalette::Window), QApplication::palette().color(QPalette::Window));
        }
        StatusColors::mark(&label, ItemStatus::None);
        QCOMPARE(label.palette().color(QPalette::WindowText), QApplication::palette().color(QPalette::WindowText));
    }

    void cellsAreColouredByTheirStatus()
    {
        QStandardItemModel model(1, 2);
        model.setData(model.index(0, 0), u"2026-01-01"_s);
        model.setData(model.index(0, 0), int(ItemStatus::Problem), ItemStatusRole);
        model.setData(model.index(0, 1), u"plain"_s);
        QTableView view;
        view.setModel(&model);
        IsolatingItemDelegate::install(&view);
        for (const auto appearance : { Preferences::Appearance::Light, Preferences::Appearance::Dark }) {
            Appearance::apply(appearance);
            const QPalette palette = QApplication::palette();
            QStyleOptionViewItem option;
            option.palette = palette;
            QStyledItemDelegate *delegate = qobject_cast<QStyledItemDelegate *>(view.itemDelegate());
            QVERIFY(delegate);
            // initStyleOption is protected: what it decides shows in the option a subclass gets.
            struct Probe : IsolatingItemDelegate
            {
                using IsolatingItemDelegate::initStyleOption;
            };
            Probe probe;
            probe.initStyleOption(&option, model.index(0, 0));
            QCOMPARE(option.palette.color(QPalette::Text), StatusColors::text(ItemStatus::Problem, palette));
            QStyleOptionViewItem plain;
            plain.palette = palette;
            probe.initStyleOption(&plain, model.index(0, 1));
            QCOMPARE(plain.palette.color(QPalette::Text), palette.color(QPalette::Text));
        }
    }

    void invitationsModelNamesTheStatusNotAColour()
    {
        InvitationsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Invitation expired;
        expired.id = u"i1"_s;
        expired.email = u"old@example.com"_s;
        expired.createdAt = now.addDays(-10);
        expired.expireAt = now.addDays(-3);
        Invitation pending = expired;
        pending.id = u"i2"_s;
        pending.email = u"new@example.com"_s;
        pending.expireAt = now.addDays(3);
        model.setInvitations({ expired, pending });
        QCOMPARE(model.rowCount(), 2);
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex expires = model.index(row, InvitationsModel::ExpiresColumn);
            const bool isExpired = model.index(row, 0).data(InvitationsModel::ExpiredRole).toBool();
            QCOMPARE(ItemStatus(expires.data(ItemStatusRole).toInt()),
                     isExpired ? ItemStatus::Problem : ItemStatus::None);
            for (int column = 0; column < model.columnCount(); ++column)
                QVERIFY(!model.index(row, column).data(Qt::ForegroundRole).isValid());
        }
    }

    void pagesAndDialogsUnderEachAppearance_data()
    {
        QTest::addColumn<Preferences::Appearance>("appearance");
        QTest::newRow("light") << Preferences::Appearance::Light;
        QTest::newRow("dark") << Preferences::Appearance::Dark;
    }

    void pagesAndDialogsUnderEachAppearance()
    {
        QFETCH(Preferences::Appearance, appearance);
        Appearance::apply(appearance);
        for (Page *page : m_window->pages()) {
            QVERIFY(m_window->showPage(page->pageName()));
            QTRY_VERIFY_WITH_TIMEOUT(page->isLoaded(), 30000);
        }
        auto *services = qobject_cast<ServicesPage *>(m_window->page(u"services"_s));
        QVERIFY(services);
        std::vector<std::unique_ptr<QWidget>> dialogs;
        dialogs.emplace_back(std::make_unique<PreferencesDialog>(nullptr, m_window.get()));
        dialogs.emplace_back(
            std::make_unique<ProfileDialog>(m_composition->root().profiles(), std::nullopt, m_window.get()));
        dialogs.emplace_back(std::make_unique<ProfileManagerDialog>(m_composition->root().profiles(), m_window.get()));
        dialogs.emplace_back(std::make_unique<InviteDialog>(QList<RoleChoice> {}, m_window.get()));
        dialogs.emplace_back(std::make_unique<ServiceCreateDialog>(services->viewModel(), m_window.get()));
        for (const auto &dialog : dialogs)
            dialog->show();
        QCoreApplication::processEvents();

        const QRegularExpression hexColour(u"#[0-9a-fA-F]{3,8}\\b"_s);
        QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
        for (const auto &dialog : dialogs)
            widgets += dialog->findChildren<QWidget *>();
        int marked = 0;
        for (QWidget *widget : std::as_const(widgets)) {
            QVERIFY2(!hexColour.match(widget->styleSheet()).hasMatch(),
                     qPrintable(widget->objectName() + u": "_s + widget->styleSheet()));
            const QVariant status = widget->property("chcloudStatus");
            if (!status.isValid() || ItemStatus(status.toInt()) == ItemStatus::None)
                continue;
            ++marked;
            const QPalette palette = widget->palette();
            const QColor text = palette.color(QPalette::WindowText);
            for (const auto role : { QPalette::Window, QPalette::Base }) {
                const double contrast = StatusColors::contrastRatio(text, palette.color(role));
                QVERIFY2(
                    contrast >= MinimumContrast,
                    qPrintable(u"%1 (%2) on role %3: %4"_s
                                   .arg(widget->objectName(), QString::fromLatin1(widget->metaObject()->className()))
                                   .arg(role)
                                   .arg(contrast)));
            }
        }
        // The services page's editors and the dialogs mark their problem lines.
        QVERIFY2(marked >= 3, qPrintable(QString::number(marked)));
    }

private:
    test::EmulatorProcess m_emulator;
    std::unique_ptr<test::SignedInComposition> m_composition;
    std::unique_ptr<MainWindow> m_window;
};

QTEST_MAIN(TestPaletteContrast)
#include "tst_palettecontrast.moc"
