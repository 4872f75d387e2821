#include "IpSourceValidator.h"

#include "domain/Validation.h"

namespace chcloud {

QValidator::State IpSourceValidator::validate(QString &input, int &position) const
{
    Q_UNUSED(position)
    for (const QChar c : std::as_const(input)) {
        const bool allowed = c.isDigit() || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F') || c == u'.'
            || c == u':' || c == u'/';
        if (!allowed)
            return Invalid;
    }
    if (input.count(u'/') > 1)
        return Invalid;
    return validation::ipSource(input).isEmpty() ? Acceptable : Intermediate;
}

} // namespace chcloud
