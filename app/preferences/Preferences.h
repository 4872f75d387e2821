#pragma once

#include <QLocale>

#include <array>
#include <chrono>

class QSettings;

namespace chcloud {

/// Edit ▸ Preferences…: the user's choices, kept in QSettings under
/// "preferences/". Never a secret. Values out of range are clamped and unknown
/// names fall back to the default when read, so a hand-edited or older settings
/// file cannot put the application in a state the dialog could not produce.
class Preferences
{
public:
    /// The language of the user interface; applied at the next start.
    enum class Language { System, English, German, Japanese };
    /// The colours: the platform's palette, or a fixed light or dark one.
    enum class Appearance { System, Light, Dark };

    /// How long a copied secret stays on the clipboard. There is no "never":
    /// a secret left on the clipboard outlives the dialog that showed it.
    static constexpr int defaultClipboardClearSeconds = 30;
    static constexpr int minimumClipboardClearSeconds = 5;
    static constexpr int maximumClipboardClearSeconds = 600;
    /// Keys that expire within this many days are pointed out.
    static constexpr int defaultExpiryWarningDays = 7;
    static constexpr int minimumExpiryWarningDays = 1;
    static constexpr int maximumExpiryWarningDays = 90;

    /// How often the page on screen reloads by itself: 0 (off, the default) or one
    /// of refreshIntervalChoices. No shorter interval: a page takes up to four
    /// requests, and the API allows ten per ten seconds for everything the key does.
    static constexpr std::array<int, 4> refreshIntervalChoices { 0, 30, 60, 300 };

    Language language() const { return m_language; }
    void setLanguage(Language language) { m_language = language; }
    /// The locale whose translation to load: the system's for Language::System.
    QLocale locale() const;

    int clipboardClearSeconds() const { return m_clipboardClearSeconds; }
    /// Clamped to [minimumClipboardClearSeconds, maximumClipboardClearSeconds].
    void setClipboardClearSeconds(int seconds);
    std::chrono::milliseconds clipboardClearDelay() const { return std::chrono::seconds(m_clipboardClearSeconds); }

    int expiryWarningDays() const { return m_expiryWarningDays; }
    /// Clamped to [minimumExpiryWarningDays, maximumExpiryWarningDays].
    void setExpiryWarningDays(int days);

    bool showNotifications() const { return m_showNotifications; }
    void setShowNotifications(bool show) { m_showNotifications = show; }

    int refreshIntervalSeconds() const { return m_refreshIntervalSeconds; }
    /// A value that is not one of refreshIntervalChoices turns it off.
    void setRefreshIntervalSeconds(int seconds);
    std::chrono::milliseconds refreshInterval() const { return std::chrono::seconds(m_refreshIntervalSeconds); }

    Appearance appearance() const { return m_appearance; }
    void setAppearance(Appearance appearance) { m_appearance = appearance; }

    /// Reads the preferences; what is absent or unreadable keeps its default.
    static Preferences load(const QSettings &settings);
    /// From the application's settings.
    static Preferences load();
    void save(QSettings &settings) const;
    /// To the application's settings, announced through PreferencesNotifier.
    void save() const;

    friend bool operator==(const Preferences &, const Preferences &) = default;

private:
    Language m_language = Language::System;
    int m_clipboardClearSeconds = defaultClipboardClearSeconds;
    int m_expiryWarningDays = defaultExpiryWarningDays;
    bool m_showNotifications = true;
    Appearance m_appearance = Appearance::System;
    int m_refreshIntervalSeconds = 0;
};

} // namespace chcloud
