#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace chcloud {

QList<QTranslator *> Translations::install(QCoreApplication &app, const QLocale &locale)
{
    QList<QTranslator *> installed;
    const auto keep = [&installed](QTranslator *translator, bool loaded) {
        if (loaded && QCoreApplication::installTranslator(translator))
            installed.append(translator);
        else
            delete translator;
    };
    auto *english = new QTranslator(&app);
    keep(english, english->load(QStringLiteral("chcloud_en"), QStringLiteral(":/i18n")));
    auto *translator = new QTranslator(&app);
    keep(translator,
         translator->load(locale, QStringLiteral("chcloud"), QStringLiteral("_"), QStringLiteral(":/i18n")));
    auto *qtTranslator = new QTranslator(&app);
    keep(qtTranslator,
         qtTranslator->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                            QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    return installed;
}

void Translations::remove(const QList<QTranslator *> &translators)
{
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

} // namespace chcloud
