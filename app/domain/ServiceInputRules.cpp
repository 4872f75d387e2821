#include "ServiceInputRules.h"

#include "IpAccess.h"

#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace chcloud::ServiceInputRules {

namespace {

QString tr(const char *text)
{
    // lupdate files the tr() calls of a free function under its namespace.
    return QCoreApplication::translate("chcloud::ServiceInputRules", text);
}

bool isTagText(const QString &text)
{
    static const QRegularExpression pattern(u"^[a-zA-Z0-9._-]+$"_s);
    return pattern.match(text).hasMatch();
}

} // namespace

bool isAnywhere(const QString &source)
{
    return IpAccess::isAnywhereSource(source);
}

QString checkTagKey(const QString &key)
{
    if (key.isEmpty() || key.size() > 128 || !isTagText(key))
        return tr("A tag key is 1–128 letters, digits, dots, dashes or underscores.");
    return {};
}

QString checkTagValue(const QString &value)
{
    if (value.isEmpty())
        return {};
    if (value.size() > 256 || !isTagText(value))
        return tr("A tag value is up to 256 letters, digits, dots, dashes or underscores.");
    return {};
}

} // namespace chcloud::ServiceInputRules
