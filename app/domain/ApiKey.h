#pragma once

#include "AssignedRole.h"
#include "Expected.h"
#include "ParseError.h"
#include "Secret.h"
#include "Service.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace chcloud {

/// "enabled" / "disabled", open for values a newer API may add.
enum class ApiKeyState {
    Enabled,
    Disabled,
    Unknown,
};

/// An API key as listed ("ApiKey"). It never carries the secret, nor who
/// created it (that is in the key_create activity).
struct ApiKey
{
    QString id; ///< UUID used in /keys/{id} paths (not the authentication key ID)
    QString name;
    ApiKeyState state = ApiKeyState::Unknown;
    QString stateText; ///< the raw state
    QStringList roles; ///< legacy roles ("admin", "developer", "query_endpoints")
    QList<AssignedRole> assignedRoles;
    QString keySuffix; ///< last 4 characters of the authentication key ID
    QDateTime createdAt;
    std::optional<QDateTime> expireAt; ///< nullopt: never expires (null or absent)
    std::optional<QDateTime> usedAt; ///< nullopt: never used
    QList<IpAccessListEntry> ipAccessList;

    static Expected<ApiKey, ParseError> fromJson(const QJsonValue &json, const QString &path);
    static ApiKeyState stateFromText(const QString &text);
    static QString textForState(ApiKeyState state);

    bool isExpiredAt(const QDateTime &now) const { return expireAt && *expireAt <= now; }
    /// Could this listed key be the one whose authentication ID is keyId?
    /// Only the suffix is listed, so two keys may match: say "probably".
    bool matchesKeyId(const QString &keyId) const { return !keySuffix.isEmpty() && keyId.endsWith(keySuffix); }
    bool operator==(const ApiKey &) const = default;
};

/// What creating a key returns once ("ApiKeyPostResponse"). keySecret is empty
/// when the key was created from hashData (the secret never left the client).
struct ApiKeyCreateResult
{
    ApiKey key;
    QString keyId;
    Secret keySecret;

    static Expected<ApiKeyCreateResult, ParseError> fromJson(const QJsonValue &json, const QString &path);
};

/// Lets a client create a key whose secret never crosses the network ("ApiKeyHashData").
struct ApiKeyHashData
{
    QString keyIdHash; ///< base64(SHA-256(keyId))
    QString keyIdSuffix; ///< last 4 characters of keyId
    QString keySecretHash; ///< base64(SHA-256(keySecret))

    /// The hashes for a key ID and secret the client generated.
    static ApiKeyHashData compute(const QString &keyId, const Secret &keySecret);
    QJsonObject toJson() const;
    bool operator==(const ApiKeyHashData &) const = default;
};

/// A key ID and secret made on this machine from the system's secure random source.
struct GeneratedKeyMaterial
{
    QString keyId;
    Secret keySecret;

    /// keyIdLength / secretLength characters from [A-Za-z0-9].
    static GeneratedKeyMaterial generate(int keyIdLength = 20, int secretLength = 42);
};

/// Body of POST /keys ("ApiKeyPostRequest").
struct ApiKeyCreateRequest
{
    QString name;
    QStringList roles; ///< legacy roles; use assignedRoleIds where the server has them
    QStringList assignedRoleIds;
    std::optional<QDateTime> expireAt; ///< nullopt: never expires (sent as null)
    ApiKeyState state = ApiKeyState::Enabled;
    QList<IpAccessListEntry> ipAccessList;
    std::optional<ApiKeyHashData> hashData;

    QJsonObject toJson() const;
};

/// Body of PATCH /keys/{id} ("ApiKeyPatchRequest"). Unset members are not sent.
/// ipAccessList replaces the whole list.
struct ApiKeyUpdateRequest
{
    std::optional<QString> name;
    std::optional<QStringList> roles;
    std::optional<QStringList> assignedRoleIds;
    /// nullopt: unchanged; an engaged but empty optional: clear the expiry (sends null).
    std::optional<std::optional<QDateTime>> expireAt;
    std::optional<ApiKeyState> state;
    std::optional<QList<IpAccessListEntry>> ipAccessList;

    QJsonObject toJson() const;
};

} // namespace chcloud
