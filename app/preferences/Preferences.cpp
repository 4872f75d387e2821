#include "Preferences.h"

#include "PreferencesNotifier.h"

#include <QSettings>

#include <algorithm>
#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

const auto LanguageKey = u"preferences/language"_s;
const auto ClipboardKey = u"preferences/clipboardClearSeconds"_s;
const auto ExpiryKey = u"preferences/expiryWarningDays"_s;
const auto NotificationsKey = u"preferences/showNotifications"_s;
const auto AppearanceKey = u"preferences/appearance"_s;
const auto RefreshIntervalKey = u"preferences/refreshIntervalSeconds"_s;

// The names written to the settings file: stable, unlike the enums' values.
constexpr std::array<std::pair<Preferences::Language, QLatin1StringView>, 4> LanguageNames { {
    { Preferences::Language::System, "system"_L1 },
    { Preferences::Language::English, "en"_L1 },
    { Preferences::Language::German, "de"_L1 },
    { Preferences::Language::Japanese, "ja"_L1 },
} };
constexpr std::array<std::pair<Preferences::Appearance, QLatin1StringView>, 3> AppearanceNames { {
    { Preferences::Appearance::System, "system"_L1 },
    { Preferences::Appearance::Light, "light"_L1 },
    { Preferences::Appearance::Dark, "dark"_L1 },
} };

template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &names, Enum value)
{
    for (const auto &[candidate, name] : names) {
        if (candidate == value)
            return name;
    }
    return names.front().second;
}

template<typename Enum, std::size_t N>
Enum valueOf(const std::array<std::pair<Enum, QLatin1StringView>, N> &names, const QString &text, Enum fallback)
{
    for (const auto &[value, name] : names) {
        if (text == name)
            return value;
    }
    return fallback;
}

/// An integer setting, or `fallback` when it is absent or not a number.
int intValue(const QSettings &settings, const QString &key, int fallback)
{
    bool ok = false;
    const int value = settings.value(key).toInt(&ok);
    return ok ? value : fallback;
}

} // namespace

QLocale Preferences::locale() const
{
    switch (m_language) {
    case Language::System:
        return QLocale::system();
    case Language::English:
        return QLocale(QLocale::English, QLocale::UnitedStates);
    case Language::German:
        return QLocale(QLocale::German, QLocale::Germany);
    case Language::Japanese:
        return QLocale(QLocale::Japanese, QLocale::Japan);
    }
    return QLocale::system();
}

void Preferences::setClipboardClearSeconds(int seconds)
{
    m_clipboardClearSeconds = std::clamp(seconds, minimumClipboardClearSeconds, maximumClipboardClearSeconds);
}

void Preferences::setExpiryWarningDays(int days)
{
    m_expiryWarningDays = std::clamp(days, minimumExpiryWarningDays, maximumExpiryWarningDays);
}

void Preferences::setRefreshIntervalSeconds(int seconds)
{
    const bool allowed = std::find(refreshIntervalChoices.begin(), refreshIntervalChoices.end(), seconds)
        != refreshIntervalChoices.end();
    m_refreshIntervalSeconds = allowed ? seconds : 0;
}

Preferences Preferences::load(const QSettings &settings)
{
    Preferences preferences;
    preferences.setLanguage(valueOf(LanguageNames, settings.value(LanguageKey).toString(), Language::System));
    preferences.setClipboardClearSeconds(intValue(settings, ClipboardKey, defaultClipboardClearSeconds));
    preferences.setExpiryWarningDays(intValue(settings, ExpiryKey, defaultExpiryWarningDays));
    const QVariant notifications = settings.value(NotificationsKey);
    if (notifications.isValid())
        preferences.setShowNotifications(notifications.toBool());
    preferences.setAppearance(valueOf(AppearanceNames, settings.value(AppearanceKey).toString(), Appearance::System));
    preferences.setRefreshIntervalSeconds(intValue(settings, RefreshIntervalKey, 0));
    return preferences;
}

Preferences Preferences::load()
{
    const QSettings settings;
    return load(settings);
}

void Preferences::save(QSettings &settings) const
{
    settings.setValue(LanguageKey, nameOf(LanguageNames, m_language));
    settings.setValue(ClipboardKey, m_clipboardClearSeconds);
    settings.setValue(ExpiryKey, m_expiryWarningDays);
    settings.setValue(NotificationsKey, m_showNotifications);
    settings.setValue(AppearanceKey, nameOf(AppearanceNames, m_appearance));
    settings.setValue(RefreshIntervalKey, m_refreshIntervalSeconds);
}

void Preferences::save() const
{
    QSettings settings;
    save(settings);
    Q_EMIT PreferencesNotifier::instance()->changed(*this);
}

} // namespace chcloud
