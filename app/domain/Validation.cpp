#include "Validation.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QRegularExpression>

namespace chcloud::validation {

namespace {

QString tr(const char *text)
{
    // lupdate files the tr() calls of a free function under its namespace.
    return QCoreApplication::translate("chcloud::validation", text);
}

} // namespace

QString serviceName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Enter a service name.");
    if (name.size() > kServiceNameMaxLength)
        return tr("A service name has at most %1 characters.").arg(kServiceNameMaxLength);
    return {};
}

QString replicaMemory(int gigabytes)
{
    if (gigabytes < kReplicaMemoryMinGb || gigabytes > kReplicaMemoryMaxGb)
        return tr("Replica memory must be between %1 and %2 GiB.").arg(kReplicaMemoryMinGb).arg(kReplicaMemoryMaxGb);
    if (gigabytes % kReplicaMemoryStepGb != 0)
        return tr("Replica memory must be a multiple of %1 GiB.").arg(kReplicaMemoryStepGb);
    return {};
}

QString replicaMemoryRange(int minGb, int maxGb)
{
    if (QString error = replicaMemory(minGb); !error.isEmpty())
        return error;
    if (QString error = replicaMemory(maxGb); !error.isEmpty())
        return error;
    if (minGb > maxGb)
        return tr("The minimum replica memory must not exceed the maximum.");
    return {};
}

QString replicas(int count)
{
    if (count < kReplicasMin || count > kReplicasMax)
        return tr("The number of replicas must be between %1 and %2.").arg(kReplicasMin).arg(kReplicasMax);
    return {};
}

QString replicaRange(int minCount, int maxCount)
{
    if (QString error = replicas(minCount); !error.isEmpty())
        return error;
    if (QString error = replicas(maxCount); !error.isEmpty())
        return error;
    if (minCount > maxCount)
        return tr("The minimum number of replicas must not exceed the maximum.");
    return {};
}

QString idleTimeout(int minutes)
{
    if (minutes < kIdleTimeoutMinMinutes)
        return tr("The idle timeout must be at least %1 minutes.").arg(kIdleTimeoutMinMinutes);
    return {};
}

QString ipSource(const QString &source)
{
    const QString text = source.trimmed();
    if (text.isEmpty())
        return tr("Enter an IP address or a CIDR block.");
    if (text.contains(QLatin1Char('/'))) {
        const auto [network, prefix] = QHostAddress::parseSubnet(text);
        // parseSubnet() accepts "/24" alone: the address part must stand on its own too.
        if (network.isNull() || prefix < 0 || QHostAddress(text.section(QLatin1Char('/'), 0, 0)).isNull())
            return tr("\"%1\" is not a valid CIDR block.").arg(text);
        return {};
    }
    if (QHostAddress(text).isNull())
        return tr("\"%1\" is not a valid IP address.").arg(text);
    return {};
}

QString keyName(const QString &name)
{
    if (name.trimmed().isEmpty())
        return tr("Enter a key name.");
    if (name.size() > kKeyNameMaxLength)
        return tr("A key name has at most %1 characters.").arg(kKeyNameMaxLength);
    for (const QChar c : name) {
        if (c.category() == QChar::Other_Control)
            return tr("A key name cannot contain control characters.");
    }
    return {};
}

QString email(const QString &address)
{
    static const QRegularExpression pattern(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)+$)"));
    if (address.trimmed().isEmpty())
        return tr("Enter an e-mail address.");
    if (!pattern.match(address.trimmed()).hasMatch())
        return tr("\"%1\" is not a valid e-mail address.").arg(address.trimmed());
    return {};
}

} // namespace chcloud::validation
