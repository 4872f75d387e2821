#pragma once

#include <QString>

namespace chcloud {

/// Server strings (member names, e-mails, key and service names) are data, and
/// data is shown as plain text. These helpers make a server string safe to put
/// into a sentence the user is asked to confirm: a name must not be able to
/// reorder the words around it (bidirectional controls such as U+202E turn
/// "Delete key “abc”" into something else on screen) nor start a new paragraph.
namespace DisplayText {

/// True for the Unicode characters that override or embed text direction:
/// U+202A–U+202E (embeddings and overrides), U+2066–U+2069 (isolates),
/// U+200E/U+200F (LRM/RLM) and U+061C (Arabic letter mark).
bool isBidiControl(QChar c);

/// The text without any bidirectional control character.
QString withoutBidiControls(const QString &text);

/// A server-provided name as it may appear inside a confirmation sentence: no
/// bidirectional controls, and every other control character (line breaks,
/// tabs, NUL…) replaced by a space so it cannot fake a line of its own.
QString forConfirmation(const QString &name);

/// A server string as a table cell or label shows it: its bidirectional
/// controls dropped (a name cannot reorder its own letters, "prod" U+202E
/// "gnp.exe" shows as typed, not as "prodexe.png") and the rest wrapped in a
/// first-strong isolate (U+2068 … U+2069), so right-to-left names still read
/// naturally without reordering anything around them. Empty stays empty.
QString isolated(const QString &text);

} // namespace DisplayText
} // namespace chcloud
