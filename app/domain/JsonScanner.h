#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <functional>
#include <optional>

namespace chcloud::json {

/// Walks a JSON text without building a document of all of it, so that a reply
/// of tens of megabytes is read one small piece at a time: the envelope and an
/// object's members are walked here, and each leaf piece (a record of a long
/// list, a scalar) is parsed on its own by QJsonDocument. Every byte of the text
/// is either checked here (the structure: braces, brackets, commas, colons,
/// keys) or by such a parse, so a text that is not valid JSON is refused as
/// QJsonDocument::fromJson would refuse it, with the offset of the fault.
///
/// Positions are byte offsets into the text. A walk returns the position just
/// after what it read, or -1 once an error is recorded (see errorText()).
/// Not thread-safe; one scanner per text and thread.
class Scanner
{
public:
    /// The text must outlive the scanner; it is not copied.
    explicit Scanner(const QByteArray &text);

    /// The first position at or after at that is not whitespace.
    qsizetype skipSpace(qsizetype at) const;
    /// The byte at position at, or 0 past the end.
    char byteAt(qsizetype at) const { return at < m_text.size() ? m_text.at(at) : '\0'; }

    /// The end of the value starting at at (after whitespace): a string, number,
    /// literal, object or array, found by matching brackets outside strings. What
    /// is inside is checked only when it is parsed.
    qsizetype valueEnd(qsizetype at);
    /// Parses the value in [begin, end) with QJsonDocument.
    std::optional<QJsonValue> parse(qsizetype begin, qsizetype end);
    /// valueEnd() and parse() together; end receives the value's end.
    std::optional<QJsonValue> parseValue(qsizetype at, qsizetype &end);

    /// Walks the object starting at at. For each member, member(key, valueStart)
    /// reads the value and returns its end (or -1 after recording an error).
    qsizetype walkObject(qsizetype at, const std::function<qsizetype(const QString &, qsizetype)> &member);
    /// Walks the array starting at at; element(index, valueStart) as above.
    qsizetype walkArray(qsizetype at, const std::function<qsizetype(qsizetype, qsizetype)> &element);
    /// Checks that nothing but whitespace follows at.
    bool atEnd(qsizetype at);

    bool failed() const { return m_errorOffset >= 0; }
    /// What was wrong, as QJsonParseError::errorString() words it where it can.
    const QString &errorText() const { return m_errorText; }
    qsizetype errorOffset() const { return m_errorOffset; }
    /// Records an error at offset (the first one is kept); returns -1.
    qsizetype fail(qsizetype offset, const QString &text);

private:
    qsizetype stringEnd(qsizetype at);

    const QByteArray &m_text;
    QString m_errorText;
    qsizetype m_errorOffset = -1;
};

} // namespace chcloud::json
