// Preferences: defaults, bounds, a round trip through a settings file, and what
// a hand-edited file cannot do; the clipboard guard follows the stored delay.

#include "preferences/Preferences.h"
#include "viewmodels/ClipboardGuard.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <memory>

using namespace chcloud;
using namespace Qt::StringLiterals;
using namespace std::chrono_literals;

class TestPreferences : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"chcloud-test-preferences"_s);
        QVERIFY(m_dir.isValid());
    }

    void init() { QSettings().clear(); }
    void cleanupTestCase() { QSettings().clear(); }

    void defaults()
    {
        const Preferences preferences;
        QCOMPARE(preferences.language(), Preferences::Language::System);
        QCOMPARE(preferences.clipboardClearSeconds(), 30);
        QCOMPARE(preferences.clipboardClearDelay(), std::chrono::milliseconds(30s));
        QCOMPARE(preferences.expiryWarningDays(), 7);
        QVERIFY(preferences.showNotifications());
        QCOMPARE(preferences.appearance(), Preferences::Appearance::System);
        QCOMPARE(preferences.locale(), QLocale::system());
    }

    void emptySettingsGiveTheDefaults()
    {
        auto settings = settingsFile(u"empty.ini"_s);
        QCOMPARE(Preferences::load(*settings), Preferences());
    }

    void bounds_data()
    {
        QTest::addColumn<int>("clipboardIn");
        QTest::addColumn<int>("clipboardOut");
        QTest::addColumn<int>("daysIn");
        QTest::addColumn<int>("daysOut");
        QTest::newRow("zero is not off") << 0 << 5 << 0 << 1;
        QTest::newRow("negative") << -30 << 5 << -7 << 1;
        QTest::newRow("below the minimum") << 4 << 5 << 0 << 1;
        QTest::newRow("at the minimum") << 5 << 5 << 1 << 1;
        QTest::newRow("inside") << 45 << 45 << 14 << 14;
        QTest::newRow("at the maximum") << 600 << 600 << 90 << 90;
        QTest::newRow("above the maximum") << 100000 << 600 << 1000 << 90;
    }

    void bounds()
    {
        QFETCH(int, clipboardIn);
        QFETCH(int, clipboardOut);
        QFETCH(int, daysIn);
        QFETCH(int, daysOut);
        Preferences preferences;
        preferences.setClipboardClearSeconds(clipboardIn);
        preferences.setExpiryWarningDays(daysIn);
        QCOMPARE(preferences.clipboardClearSeconds(), clipboardOut);
        QCOMPARE(preferences.expiryWarningDays(), daysOut);
    }

    void roundTrip()
    {
        Preferences preferences;
        preferences.setLanguage(Preferences::Language::Japanese);
        preferences.setClipboardClearSeconds(12);
        preferences.setExpiryWarningDays(21);
        preferences.setShowNotifications(false);
        preferences.setAppearance(Preferences::Appearance::Dark);
        {
            auto settings = settingsFile(u"roundtrip.ini"_s);
            preferences.save(*settings);
            settings->sync();
            QCOMPARE(settings->status(), QSettings::NoError);
        }
        auto reread = settingsFile(u"roundtrip.ini"_s);
        const Preferences loaded = Preferences::load(*reread);
        QCOMPARE(loaded, preferences);
        // Stable names in the file, not enum numbers.
        QCOMPARE(reread->value(u"preferences/language"_s).toString(), u"ja"_s);
        QCOMPARE(reread->value(u"preferences/appearance"_s).toString(), u"dark"_s);
    }

    void everyLanguageAndAppearanceSurvives_data()
    {
        QTest::addColumn<int>("language");
        QTest::addColumn<int>("appearance");
        QTest::addColumn<int>("localeLanguage");
        QTest::newRow("English, light") << int(Preferences::Language::English) << int(Preferences::Appearance::Light)
                                        << int(QLocale::English);
        QTest::newRow("German, dark") << int(Preferences::Language::German) << int(Preferences::Appearance::Dark)
                                      << int(QLocale::German);
        QTest::newRow("Japanese, system")
            << int(Preferences::Language::Japanese) << int(Preferences::Appearance::System) << int(QLocale::Japanese);
    }

    void everyLanguageAndAppearanceSurvives()
    {
        QFETCH(int, language);
        QFETCH(int, appearance);
        QFETCH(int, localeLanguage);
        Preferences preferences;
        preferences.setLanguage(Preferences::Language(language));
        preferences.setAppearance(Preferences::Appearance(appearance));
        auto settings = settingsFile(u"each.ini"_s);
        preferences.save(*settings);
        const Preferences loaded = Preferences::load(*settings);
        QCOMPARE(loaded.language(), preferences.language());
        QCOMPARE(loaded.appearance(), preferences.appearance());
        QCOMPARE(int(loaded.locale().language()), localeLanguage);
    }

    void handEditedValuesAreTamed_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("stored");
        QTest::newRow("clipboard off") << u"preferences/clipboardClearSeconds"_s << QVariant(0);
        QTest::newRow("clipboard text") << u"preferences/clipboardClearSeconds"_s << QVariant(u"never"_s);
        QTest::newRow("days negative") << u"preferences/expiryWarningDays"_s << QVariant(-3);
        QTest::newRow("unknown language") << u"preferences/language"_s << QVariant(u"klingon"_s);
        QTest::newRow("unknown appearance") << u"preferences/appearance"_s << QVariant(u"purple"_s);
        QTest::newRow("refresh every second") << u"preferences/refreshIntervalSeconds"_s << QVariant(1);
        QTest::newRow("refresh text") << u"preferences/refreshIntervalSeconds"_s << QVariant(u"often"_s);
    }

    void handEditedValuesAreTamed()
    {
        QFETCH(QString, key);
        QFETCH(QVariant, stored);
        auto settings = settingsFile(u"edited.ini"_s);
        settings->clear();
        settings->setValue(key, stored);
        const Preferences loaded = Preferences::load(*settings);
        QVERIFY(loaded.clipboardClearSeconds() >= Preferences::minimumClipboardClearSeconds);
        QVERIFY(loaded.expiryWarningDays() >= Preferences::minimumExpiryWarningDays);
        QCOMPARE(loaded.language(), Preferences::Language::System);
        QCOMPARE(loaded.appearance(), Preferences::Appearance::System);
        if (stored.toString() == u"never"_s)
            QCOMPARE(loaded.clipboardClearSeconds(), Preferences::defaultClipboardClearSeconds);
        QCOMPARE(loaded.refreshIntervalSeconds(), 0); // off unless one of the offered intervals
    }

    void refreshIntervalIsOneOfTheChoices()
    {
        Preferences preferences;
        QCOMPARE(preferences.refreshIntervalSeconds(), 0);
        auto settings = settingsFile(u"refresh.ini"_s);
        for (const int seconds : Preferences::refreshIntervalChoices) {
            preferences.setRefreshIntervalSeconds(seconds);
            preferences.save(*settings);
            QCOMPARE(Preferences::load(*settings).refreshIntervalSeconds(), seconds);
        }
        // Nothing shorter than 30 s: a page load is up to four of the ten requests the API allows per 10 s.
        QCOMPARE(*std::min_element(Preferences::refreshIntervalChoices.begin() + 1,
                                   Preferences::refreshIntervalChoices.end()),
                 30);
        preferences.setRefreshIntervalSeconds(45);
        QCOMPARE(preferences.refreshIntervalSeconds(), 0);
    }

    void applicationSettingsRoundTrip()
    {
        Preferences preferences;
        preferences.setExpiryWarningDays(3);
        preferences.save();
        QCOMPARE(Preferences::load().expiryWarningDays(), 3);
    }

    void clipboardGuardFollowsThePreference()
    {
        ClipboardGuard guard;
        QCOMPARE(guard.clearAfter(), std::chrono::milliseconds(30s));
        Preferences preferences;
        preferences.setClipboardClearSeconds(12);
        preferences.save();
        // Read at each copy: a change applies to guards that already exist.
        QCOMPARE(guard.clearAfter(), std::chrono::milliseconds(12s));
        guard.setClearAfter(50ms);
        QCOMPARE(guard.clearAfter(), 50ms);
    }

private:
    std::unique_ptr<QSettings> settingsFile(const QString &name) const
    {
        return std::make_unique<QSettings>(m_dir.filePath(name), QSettings::IniFormat);
    }

    QTemporaryDir m_dir;
};

QTEST_MAIN(TestPreferences)
#include "tst_preferences.moc"
