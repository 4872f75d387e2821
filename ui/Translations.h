#pragma once

#include <QList>
#include <QLocale>

class QCoreApplication;
class QTranslator;

namespace chcloud {

/// The application's catalogues, compiled into chcloud_ui under ":/i18n".
class Translations
{
public:
    /// Installs, owned by `app`, the translators for `locale`: English first
    /// whatever the locale (its catalogue holds only the plural forms of the
    /// English source texts, which a language without a catalogue of its own
    /// falls back to), then the locale's own catalogue, then Qt's. Returns the
    /// translators it installed, so a caller can remove them again.
    static QList<QTranslator *> install(QCoreApplication &app, const QLocale &locale);
    /// Removes and deletes translators `install` returned.
    static void remove(const QList<QTranslator *> &translators);
};

} // namespace chcloud
