#pragma once

#include "preferences/Preferences.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSettings;
class QSpinBox;

namespace chcloud {

/// Edit ▸ Preferences…: language (from the next start), how long a copied
/// secret stays on the clipboard, how many days ahead an expiring key is
/// pointed out, desktop notifications, light, dark or system colours, and how
/// often the page on screen reloads by itself.
/// OK saves to the settings and applies the appearance at once.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    /// settings null means the application's settings; not owned.
    explicit PreferencesDialog(QSettings *settings = nullptr, QWidget *parent = nullptr);

    /// What the fields say now.
    Preferences preferences() const;

public Q_SLOTS:
    void accept() override;

Q_SIGNALS:
    /// Saved and applied.
    void preferencesChanged(const chcloud::Preferences &preferences);

private:
    void showPreferences(const Preferences &preferences);

    QSettings *m_settings;
    QComboBox *m_language;
    QSpinBox *m_clipboardSeconds;
    QSpinBox *m_expiryDays;
    QCheckBox *m_notifications;
    QComboBox *m_appearance;
    QComboBox *m_refreshInterval;
};

} // namespace chcloud
