#pragma once

#include <QString>
#include <QStringList>

namespace chcloud {

/// Cloud providers are kept as the server's raw text ("aws", "gcp", "azure"):
/// a provider the app does not know yet is shown as it is, never rejected.
namespace Provider {
/// The providers the spec lists.
QStringList known();
bool isKnown(const QString &provider);
/// "AWS", "Google Cloud", "Azure"; the raw text for anything else.
QString label(const QString &provider);
} // namespace Provider

/// Regions are raw text too ("us-east-1", "europe-west4", "eastus2").
namespace Region {
/// The regions the spec lists, for every provider.
QStringList known();
/// The spec's regions that belong to provider, judged by their naming scheme.
QStringList knownFor(const QString &provider);
bool isKnown(const QString &region);
/// The provider a known region belongs to, or an empty string.
QString providerOf(const QString &region);
} // namespace Region

} // namespace chcloud
