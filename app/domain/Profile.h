#pragma once

#include <QString>
#include <QUrl>
#include <QUuid>

namespace chcloud {

/// Where a profile's API key secret lives.
enum class ProfileStorage {
    Keychain, ///< the system keychain; the profile is saved in the settings
    SessionOnly, ///< memory only; the profile and its secret are gone when the app quits
};

/// One way to reach the API: which organization, with which key. Metadata only:
/// the key secret is never part of a Profile (it lives in a SecretStore under
/// secretAccount()).
struct Profile
{
    QUuid id;
    QString label; ///< what the user calls it, e.g. "Production (admin key)"
    QUrl baseUrl; ///< e.g. https://api.clickhouse.cloud; stored without user info
    QString organizationId;
    QString organizationName;
    QString keyId; ///< the API key ID (public half of the key pair)
    ProfileStorage storage = ProfileStorage::Keychain;

    /// The keychain entry name of this profile's secret: the profile id without braces.
    QString secretAccount() const;
    bool isPersistent() const { return storage == ProfileStorage::Keychain; }
    /// Empty when the profile can be saved; otherwise a translated reason.
    QString validationError() const;

    friend bool operator==(const Profile &, const Profile &) = default;
};

} // namespace chcloud
