#include "PreferencesDialog.h"

#include "Appearance.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

/// Selects the item whose data is `value`.
void selectData(QComboBox *box, int value)
{
    const int index = box->findData(value);
    box->setCurrentIndex(index < 0 ? 0 : index);
}

} // namespace

PreferencesDialog::PreferencesDialog(QSettings *settings, QWidget *parent)
    : QDialog(parent)
    , m_settings(settings)
    , m_language(new QComboBox(this))
    , m_clipboardSeconds(new QSpinBox(this))
    , m_expiryDays(new QSpinBox(this))
    , m_notifications(new QCheckBox(tr("Show desktop &notifications"), this))
    , m_appearance(new QComboBox(this))
    , m_refreshInterval(new QComboBox(this))
{
    setObjectName(u"preferencesDialog"_s);
    setWindowTitle(tr("Preferences"));

    m_language->setObjectName(u"languageCombo"_s);
    m_language->addItem(tr("System default"), int(Preferences::Language::System));
    // Each language under its own name, so that it can be found whatever the current one.
    m_language->addItem(u"English"_s, int(Preferences::Language::English));
    m_language->addItem(u"Deutsch"_s, int(Preferences::Language::German));
    m_language->addItem(u"日本語"_s, int(Preferences::Language::Japanese));
    auto *languageNote = new QLabel(tr("A new language takes effect the next time the application starts."), this);
    languageNote->setObjectName(u"languageNote"_s);
    languageNote->setWordWrap(true);
    languageNote->setForegroundRole(QPalette::PlaceholderText);

    m_clipboardSeconds->setObjectName(u"clipboardSecondsSpin"_s);
    m_clipboardSeconds->setRange(Preferences::minimumClipboardClearSeconds, Preferences::maximumClipboardClearSeconds);
    m_clipboardSeconds->setSuffix(tr(" s"));
    m_clipboardSeconds->setToolTip(tr("A copied key secret or password is taken off the clipboard after this time. "
                                      "It cannot be turned off."));
    m_expiryDays->setObjectName(u"expiryDaysSpin"_s);
    m_expiryDays->setRange(Preferences::minimumExpiryWarningDays, Preferences::maximumExpiryWarningDays);
    m_expiryDays->setSuffix(tr(" days"));
    m_notifications->setObjectName(u"notificationsCheck"_s);

    m_appearance->setObjectName(u"appearanceCombo"_s);
    m_appearance->addItem(tr("System"), int(Preferences::Appearance::System));
    m_appearance->addItem(tr("Light"), int(Preferences::Appearance::Light));
    m_appearance->addItem(tr("Dark"), int(Preferences::Appearance::Dark));

    m_refreshInterval->setObjectName(u"refreshIntervalCombo"_s);
    m_refreshInterval->setToolTip(tr("Reloads the page on screen at this interval. Every page load counts against "
                                     "the API's limit of 10 requests per 10 seconds per key."));
    for (const int seconds : Preferences::refreshIntervalChoices) {
        const QString text = seconds == 0 ? tr("Off")
            : seconds < 60                ? tr("Every %1 seconds").arg(seconds)
            : seconds == 60               ? tr("Every minute")
                                          : tr("Every %1 minutes").arg(seconds / 60);
        m_refreshInterval->addItem(text, seconds);
    }

    auto *form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), languageNote);
    form->addRow(tr("Clear &clipboard after:"), m_clipboardSeconds);
    form->addRow(tr("Warn about keys expiring &within:"), m_expiryDays);
    form->addRow(QString(), m_notifications);
    form->addRow(tr("&Appearance:"), m_appearance);
    form->addRow(tr("&Refresh automatically:"), m_refreshInterval);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setObjectName(u"okButton"_s);
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(u"cancelButton"_s);
    connect(buttons, &QDialogButtonBox::accepted, this, &PreferencesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch(1);
    layout->addWidget(buttons);

    if (m_settings) {
        showPreferences(Preferences::load(*m_settings));
    } else {
        showPreferences(Preferences::load());
    }
}

void PreferencesDialog::showPreferences(const Preferences &preferences)
{
    selectData(m_language, int(preferences.language()));
    m_clipboardSeconds->setValue(preferences.clipboardClearSeconds());
    m_expiryDays->setValue(preferences.expiryWarningDays());
    m_notifications->setChecked(preferences.showNotifications());
    selectData(m_appearance, int(preferences.appearance()));
    selectData(m_refreshInterval, preferences.refreshIntervalSeconds());
}

Preferences PreferencesDialog::preferences() const
{
    Preferences preferences;
    preferences.setLanguage(Preferences::Language(m_language->currentData().toInt()));
    preferences.setClipboardClearSeconds(m_clipboardSeconds->value());
    preferences.setExpiryWarningDays(m_expiryDays->value());
    preferences.setShowNotifications(m_notifications->isChecked());
    preferences.setAppearance(Preferences::Appearance(m_appearance->currentData().toInt()));
    preferences.setRefreshIntervalSeconds(m_refreshInterval->currentData().toInt());
    return preferences;
}

void PreferencesDialog::accept()
{
    const Preferences chosen = preferences();
    if (m_settings)
        chosen.save(*m_settings);
    else
        chosen.save();
    Appearance::apply(chosen.appearance());
    Q_EMIT preferencesChanged(chosen);
    QDialog::accept();
}

} // namespace chcloud
