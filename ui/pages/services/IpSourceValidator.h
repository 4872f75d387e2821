#pragma once

#include <QValidator>

namespace chcloud {

/// Accepts an IPv4/IPv6 address or CIDR block while it is typed: characters that
/// cannot appear in one are refused, a half-typed value is Intermediate, and only
/// a complete valid address or block is Acceptable.
class IpSourceValidator : public QValidator
{
    Q_OBJECT

public:
    using QValidator::QValidator;

    State validate(QString &input, int &position) const override;
};

} // namespace chcloud
