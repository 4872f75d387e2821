// Edit ▸ Preferences… offscreen: it shows what is stored, saves what is chosen,
// cannot turn clipboard clearing off, and applies the appearance at once.

#include "Appearance.h"
#include "dialogs/PreferencesDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;

class TestPreferencesDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_platformPalette = QApplication::palette();
    }

    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"preferences.ini"_s), QSettings::IniFormat);
        m_settings->clear();
    }

    void cleanup()
    {
        Appearance::apply(Preferences::Appearance::System);
        m_settings.reset();
    }

    void showsWhatIsStored()
    {
        Preferences stored;
        stored.setLanguage(Preferences::Language::German);
        stored.setClipboardClearSeconds(20);
        stored.setExpiryWarningDays(14);
        stored.setShowNotifications(false);
        stored.setAppearance(Preferences::Appearance::Light);
        stored.save(*m_settings);

        PreferencesDialog dialog(m_settings.get());
        dialog.show();
        QCOMPARE(combo(dialog, u"languageCombo"_s)->currentText(), u"Deutsch"_s);
        QCOMPARE(spin(dialog, u"clipboardSecondsSpin"_s)->value(), 20);
        QCOMPARE(spin(dialog, u"expiryDaysSpin"_s)->value(), 14);
        QVERIFY(!dialog.findChild<QCheckBox *>(u"notificationsCheck"_s)->isChecked());
        QCOMPARE(dialog.preferences(), stored);
    }

    void defaultsWhenNothingIsStored()
    {
        PreferencesDialog dialog(m_settings.get());
        QCOMPARE(dialog.preferences(), Preferences());
        QCOMPARE(spin(dialog, u"clipboardSecondsSpin"_s)->value(), 30);
        QCOMPARE(spin(dialog, u"expiryDaysSpin"_s)->value(), 7);
    }

    void languageSaysWhenItApplies()
    {
        PreferencesDialog dialog(m_settings.get());
        dialog.show();
        auto *note = dialog.findChild<QLabel *>(u"languageNote"_s);
        QVERIFY(note && note->isVisible());
        QVERIFY2(note->text().contains(u"next time"_s), qPrintable(note->text()));
        QCOMPARE(combo(dialog, u"languageCombo"_s)->count(), 4);
    }

    void clipboardClearingCannotBeTurnedOff()
    {
        PreferencesDialog dialog(m_settings.get());
        QSpinBox *seconds = spin(dialog, u"clipboardSecondsSpin"_s);
        seconds->setValue(0);
        QCOMPARE(seconds->value(), Preferences::minimumClipboardClearSeconds);
        QVERIFY(seconds->specialValueText().isEmpty());
        QCOMPARE(dialog.preferences().clipboardClearSeconds(), 5);
    }

    void okSavesAndAppliesTheAppearance()
    {
        PreferencesDialog dialog(m_settings.get());
        dialog.show();
        QSignalSpy changed(&dialog, &PreferencesDialog::preferencesChanged);
        selectData(combo(dialog, u"languageCombo"_s), int(Preferences::Language::Japanese));
        spin(dialog, u"clipboardSecondsSpin"_s)->setValue(45);
        spin(dialog, u"expiryDaysSpin"_s)->setValue(3);
        dialog.findChild<QCheckBox *>(u"notificationsCheck"_s)->setChecked(false);
        selectData(combo(dialog, u"appearanceCombo"_s), int(Preferences::Appearance::Dark));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"okButton"_s), Qt::LeftButton);

        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(changed.count(), 1);
        const Preferences saved = Preferences::load(*m_settings);
        QCOMPARE(saved.language(), Preferences::Language::Japanese);
        QCOMPARE(saved.clipboardClearSeconds(), 45);
        QCOMPARE(saved.expiryWarningDays(), 3);
        QVERIFY(!saved.showNotifications());
        QCOMPARE(saved.appearance(), Preferences::Appearance::Dark);
        QVERIFY(Appearance::isDark(QApplication::palette()));
        QTRY_VERIFY(Appearance::isDark(dialog.palette()));
    }

    void systemReturnsToThePlatformPalette()
    {
        Appearance::apply(Preferences::Appearance::Dark);
        QVERIFY(Appearance::isDark(QApplication::palette()));
        Appearance::apply(Preferences::Appearance::Light);
        QVERIFY(!Appearance::isDark(QApplication::palette()));
        Appearance::apply(Preferences::Appearance::System);
        QCOMPARE(QApplication::palette().color(QPalette::Window), m_platformPalette.color(QPalette::Window));
        QCOMPARE(QApplication::palette().color(QPalette::Text), m_platformPalette.color(QPalette::Text));
    }

    void cancelSavesNothing()
    {
        PreferencesDialog dialog(m_settings.get());
        dialog.show();
        spin(dialog, u"clipboardSecondsSpin"_s)->setValue(99);
        selectData(combo(dialog, u"appearanceCombo"_s), int(Preferences::Appearance::Dark));
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"cancelButton"_s), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QVERIFY(!m_settings->contains(u"preferences/clipboardClearSeconds"_s));
        QVERIFY(!Appearance::isDark(QApplication::palette()));
    }

private:
    static QComboBox *combo(const QDialog &dialog, const QString &name) { return dialog.findChild<QComboBox *>(name); }
    static QSpinBox *spin(const QDialog &dialog, const QString &name) { return dialog.findChild<QSpinBox *>(name); }
    static void selectData(QComboBox *box, int value) { box->setCurrentIndex(box->findData(value)); }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    QPalette m_platformPalette;
};

QTEST_MAIN(TestPreferencesDialog)
#include "tst_preferencesdialog.moc"
