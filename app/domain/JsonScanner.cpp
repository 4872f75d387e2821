#include "JsonScanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <vector>

namespace chcloud::json {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

} // namespace

Scanner::Scanner(const QByteArray &text)
    : m_text(text)
{
}

qsizetype Scanner::fail(qsizetype offset, const QString &text)
{
    if (m_errorOffset < 0) {
        m_errorOffset = offset;
        m_errorText = text;
    }
    return -1;
}

qsizetype Scanner::skipSpace(qsizetype at) const
{
    const qsizetype size = m_text.size();
    const char *data = m_text.constData();
    while (at < size && isSpace(data[at]))
        ++at;
    return at;
}

qsizetype Scanner::stringEnd(qsizetype at)
{
    const qsizetype size = m_text.size();
    const char *data = m_text.constData();
    for (qsizetype pos = at + 1; pos < size; ++pos) {
        if (data[pos] == '\\')
            ++pos;
        else if (data[pos] == '"')
            return pos + 1;
    }
    return fail(size, QStringLiteral("unterminated string"));
}

qsizetype Scanner::valueEnd(qsizetype at)
{
    if (failed())
        return -1;
    at = skipSpace(at);
    const qsizetype size = m_text.size();
    const char *data = m_text.constData();
    if (at >= size)
        return fail(at, QStringLiteral("illegal value"));
    const char first = data[at];
    if (first == '"')
        return stringEnd(at);
    if (first == '{' || first == '[') {
        // Brackets matched outside strings; a wrong closing bracket is refused here,
        // anything else inside is left to the parse of the value.
        std::vector<char> open { first };
        for (qsizetype pos = at + 1; pos < size; ++pos) {
            const char c = data[pos];
            if (c == '"') {
                pos = stringEnd(pos);
                if (pos < 0)
                    return -1;
                --pos; // the loop's ++ steps past the closing quote
            } else if (c == '{' || c == '[') {
                open.push_back(c);
            } else if (c == '}' || c == ']') {
                if (open.back() != (c == '}' ? '{' : '['))
                    return fail(
                        pos, c == '}' ? QStringLiteral("unterminated array") : QStringLiteral("unterminated object"));
                open.pop_back();
                if (open.empty())
                    return pos + 1;
            }
        }
        return fail(size,
                    open.back() == '{' ? QStringLiteral("unterminated object") : QStringLiteral("unterminated array"));
    }
    qsizetype pos = at;
    while (pos < size && !isSpace(data[pos]) && data[pos] != ',' && data[pos] != ']' && data[pos] != '}')
        ++pos;
    if (pos == at)
        return fail(at, QStringLiteral("illegal value"));
    return pos;
}

std::optional<QJsonValue> Scanner::parse(qsizetype begin, qsizetype end)
{
    if (failed() || begin < 0 || end < begin || end > m_text.size())
        return std::nullopt;
    const char *data = m_text.constData() + begin;
    const auto length = end - begin;
    QJsonParseError error;
    if (length > 0 && (data[0] == '{' || data[0] == '[')) {
        // Not copied: the document reads the bytes in place.
        const QJsonDocument document = QJsonDocument::fromJson(QByteArray::fromRawData(data, length), &error);
        if (error.error != QJsonParseError::NoError) {
            fail(begin + error.offset, error.errorString());
            return std::nullopt;
        }
        return document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    }
    // A scalar is parsed as the only element of an array.
    QByteArray wrapped;
    wrapped.reserve(length + 2);
    wrapped.append('[').append(data, length).append(']');
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError) {
        fail(begin + std::max<qsizetype>(error.offset - 1, 0), error.errorString());
        return std::nullopt;
    }
    const QJsonArray array = document.array();
    if (array.size() != 1) {
        fail(begin, QStringLiteral("illegal value"));
        return std::nullopt;
    }
    return array.first();
}

std::optional<QJsonValue> Scanner::parseValue(qsizetype at, qsizetype &end)
{
    at = skipSpace(at);
    end = valueEnd(at);
    if (end < 0)
        return std::nullopt;
    return parse(at, end);
}

qsizetype Scanner::walkObject(qsizetype at, const std::function<qsizetype(const QString &, qsizetype)> &member)
{
    if (failed())
        return -1;
    qsizetype pos = skipSpace(at);
    if (byteAt(pos) != '{')
        return fail(pos, QStringLiteral("object is missing"));
    pos = skipSpace(pos + 1);
    if (byteAt(pos) == '}')
        return pos + 1;
    for (;;) {
        if (byteAt(pos) != '"')
            return fail(pos, QStringLiteral("illegal value"));
        const qsizetype keyEnd = stringEnd(pos);
        if (keyEnd < 0)
            return -1;
        // Keys are few (the envelope's, an object's head): each is parsed, so an
        // escape or a bad byte in one is read or refused as anywhere else.
        const std::optional<QJsonValue> key = parse(pos, keyEnd);
        if (!key)
            return -1;
        pos = skipSpace(keyEnd);
        if (byteAt(pos) != ':')
            return fail(pos, QStringLiteral("missing name separator"));
        const qsizetype end = member(key->toString(), skipSpace(pos + 1));
        if (end < 0 || failed())
            return fail(pos, QStringLiteral("illegal value"));
        pos = skipSpace(end);
        if (byteAt(pos) == ',') {
            pos = skipSpace(pos + 1);
            continue;
        }
        if (byteAt(pos) == '}')
            return pos + 1;
        return fail(pos,
                    pos >= m_text.size() ? QStringLiteral("unterminated object")
                                         : QStringLiteral("missing value separator"));
    }
}

qsizetype Scanner::walkArray(qsizetype at, const std::function<qsizetype(qsizetype, qsizetype)> &element)
{
    if (failed())
        return -1;
    qsizetype pos = skipSpace(at);
    if (byteAt(pos) != '[')
        return fail(pos, QStringLiteral("array is missing"));
    pos = skipSpace(pos + 1);
    if (byteAt(pos) == ']')
        return pos + 1;
    for (qsizetype index = 0;; ++index) {
        const qsizetype end = element(index, pos);
        if (end < 0 || failed())
            return fail(pos, QStringLiteral("illegal value"));
        pos = skipSpace(end);
        if (byteAt(pos) == ',') {
            pos = skipSpace(pos + 1);
            continue;
        }
        if (byteAt(pos) == ']')
            return pos + 1;
        return fail(pos,
                    pos >= m_text.size() ? QStringLiteral("unterminated array")
                                         : QStringLiteral("missing value separator"));
    }
}

bool Scanner::atEnd(qsizetype at)
{
    if (failed() || at < 0)
        return false;
    const qsizetype pos = skipSpace(at);
    if (pos != m_text.size()) {
        fail(pos, QStringLiteral("garbage at the end of the document"));
        return false;
    }
    return true;
}

} // namespace chcloud::json
