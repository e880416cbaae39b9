#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

#include <memory>
#include <vector>

namespace fakelens::l10n {

namespace {

// Owned here, not by the application: tests install and remove them many times.
std::vector<std::unique_ptr<QTranslator>>& installed() {
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

QStringList translatedLanguages() {
    return {QStringLiteral("de"), QStringLiteral("el"), QStringLiteral("it")};
}

QString nativeLanguageName(const QString& code) {
    // Each language names itself, whatever the current language: this is how a user finds theirs.
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("el"))
        return QStringLiteral("Ελληνικά");
    if (code == QLatin1String("it"))
        return QStringLiteral("Italiano");
    const QLocale locale(code);
    if (code == QLatin1String("en") || locale.language() == QLocale::C || locale.language() == QLocale::English)
        return QStringLiteral("English"); // also the "C" locale of a bare system
    return locale.nativeLanguageName();
}

QLocale localeForLanguage(const QString& language) {
    if (language.trimmed().isEmpty())
        return QLocale::system();
    return QLocale(language.trimmed());
}

void removeTranslators() {
    for (const std::unique_ptr<QTranslator>& translator : installed())
        QCoreApplication::removeTranslator(translator.get());
    installed().clear();
}

QString installTranslators(const QLocale& locale) {
    removeTranslators();
    if (!QCoreApplication::instance())
        return {};
    auto own = std::make_unique<QTranslator>();
    // Tries the locale's UI languages in order (de_AT -> de), as the user ranks them.
    if (!own->load(locale, QStringLiteral("fakelens"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return {}; // English: no translator, not even Qt's, so every text stays in one language
    const QString language = QLocale(own->language()).name().section(QLatin1Char('_'), 0, 0);
    QCoreApplication::installTranslator(own.get());
    installed().push_back(std::move(own));

    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        installed().push_back(std::move(qt));
    }
    return language;
}

} // namespace fakelens::l10n
