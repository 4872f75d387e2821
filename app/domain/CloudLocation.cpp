#include "CloudLocation.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace chcloud {

namespace {

constexpr std::array<std::pair<const char *, const char *>, 24> kRegions { {
    { "ap-northeast-1", "aws" },
    { "ap-northeast-2", "aws" },
    { "ap-south-1", "aws" },
    { "ap-southeast-1", "aws" },
    { "ap-southeast-2", "aws" },
    { "ca-central-1", "aws" },
    { "eu-central-1", "aws" },
    { "eu-west-1", "aws" },
    { "eu-west-2", "aws" },
    { "il-central-1", "aws" },
    { "us-east-1", "aws" },
    { "us-east-2", "aws" },
    { "us-west-2", "aws" },
    { "us-east1", "gcp" },
    { "us-central1", "gcp" },
    { "europe-west2", "gcp" },
    { "europe-west4", "gcp" },
    { "asia-southeast1", "gcp" },
    { "asia-northeast1", "gcp" },
    { "eastus", "azure" },
    { "eastus2", "azure" },
    { "westus3", "azure" },
    { "germanywestcentral", "azure" },
    { "centralus", "azure" },
} };

} // namespace

QStringList Provider::known()
{
    return { QStringLiteral("aws"), QStringLiteral("gcp"), QStringLiteral("azure") };
}

bool Provider::isKnown(const QString &provider)
{
    return known().contains(provider);
}

QString Provider::label(const QString &provider)
{
    if (provider == QLatin1String("aws"))
        return QCoreApplication::translate("Provider", "AWS");
    if (provider == QLatin1String("gcp"))
        return QCoreApplication::translate("Provider", "Google Cloud");
    if (provider == QLatin1String("azure"))
        return QCoreApplication::translate("Provider", "Azure");
    return provider;
}

QStringList Region::known()
{
    QStringList regions;
    for (const auto &[region, provider] : kRegions)
        regions.append(QLatin1String(region));
    return regions;
}

QStringList Region::knownFor(const QString &provider)
{
    QStringList regions;
    for (const auto &[region, owner] : kRegions) {
        if (provider == QLatin1String(owner))
            regions.append(QLatin1String(region));
    }
    return regions;
}

bool Region::isKnown(const QString &region)
{
    return !providerOf(region).isEmpty();
}

QString Region::providerOf(const QString &region)
{
    for (const auto &[known, provider] : kRegions) {
        if (region == QLatin1String(known))
            return QLatin1String(provider);
    }
    return {};
}

} // namespace chcloud
