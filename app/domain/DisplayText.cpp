#include "DisplayText.h"

namespace chcloud::DisplayText {

bool isBidiControl(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x202A && u <= 0x202E) || (u >= 0x2066 && u <= 0x2069) || u == 0x200E || u == 0x200F || u == 0x061C;
}

QString withoutBidiControls(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar c : text) {
        if (!isBidiControl(c))
            result.append(c);
    }
    return result;
}

QString forConfirmation(const QString &name)
{
    QString result;
    result.reserve(name.size());
    for (const QChar c : name) {
        if (isBidiControl(c))
            continue;
        result.append(c.category() == QChar::Other_Control ? QChar(u' ') : c);
    }
    return result;
}

QString isolated(const QString &text)
{
    if (text.isEmpty())
        return text;
    return QChar(0x2068) + withoutBidiControls(text) + QChar(0x2069);
}

} // namespace chcloud::DisplayText
