#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

// FakeLens' translations: German, Greek and Italian .qm files built from translations/*.ts and
// embedded in every FakeLens binary (resource prefix :/i18n). English is the source language.
namespace fakelens::l10n {

// The languages FakeLens is translated into besides English, as ISO 639-1 codes: de, el, it.
QStringList translatedLanguages();

// A language's own name ("Deutsch", "Ελληνικά", "Italiano", "English").
QString nativeLanguageName(const QString& code);

// The locale to use for a language setting: "" follows the system locale, otherwise a code such
// as "de" or "en".
QLocale localeForLanguage(const QString& language);

// Installs FakeLens' translator for `locale` and, when the system has it, Qt's own (qtbase_xx, for
// the standard dialogs' buttons). Replaces what an earlier call installed. Needs a
// QCoreApplication. Returns the FakeLens language installed ("de", ...), or "" for English
// (the source language, also used when FakeLens has no translation for the locale).
QString installTranslators(const QLocale& locale);

// Removes the translators installed by installTranslators(): back to English.
void removeTranslators();

} // namespace fakelens::l10n
