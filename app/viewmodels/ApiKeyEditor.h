#pragma once

#include "domain/ApiKey.h"
#include "domain/Role.h"
#include "domain/Validation.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace chcloud {

class ApiSession;
class ApiKeyCommand;
class ApiKeysViewModel;

/// The form behind "New API Key" and "Edit API Key": what the user chose,
/// whether it is valid, and the request it becomes. It loads the organization's
/// roles (falling back to the legacy admin/developer/query_endpoints when the
/// organization has none), validates as the user types and submits through the
/// ApiKeysViewModel, never twice at once.
class ApiKeyEditor : public QObject
{
    Q_OBJECT
    Q_PROPERTY(bool busy READ isBusy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorChanged)

public:
    enum class Mode { Create, Edit };
    Q_ENUM(Mode)

    /// The expiration choices the dialogs offer.
    enum class Expiration { Keep, Never, OneDay, OneWeek, OneMonth, SixMonths, OneYear, Custom };
    Q_ENUM(Expiration)

    /// One choice of role: an organization role (id) or a legacy role (name).
    struct RoleOption
    {
        QString id; ///< role UUID, or the legacy role name when legacy
        QString name;
        bool legacy = false;
        bool operator==(const RoleOption &) const = default;
    };

    static constexpr int maxNameLength = validation::kKeyNameMaxLength;

    /// Create mode.
    explicit ApiKeyEditor(ApiKeysViewModel *keys, QObject *parent = nullptr);
    /// Edit mode, pre-filled from `key`.
    ApiKeyEditor(ApiKeysViewModel *keys, const ApiKey &key, QObject *parent = nullptr);
    ~ApiKeyEditor() override;

    Mode mode() const { return m_mode; }
    /// ApiKey.id of the key being edited (empty in create mode).
    QString keyId() const { return m_original.id; }
    const ApiKey &original() const { return m_original; }

    // What the user chose.
    QString name;
    QStringList selectedRoleIds; ///< RoleOption::id values
    Expiration expiration = Expiration::Never;
    QDate customExpiryDate;
    /// Open to anywhere (IpAccess::isOpenToAnywhere). Editing a key that already is
    /// keeps its list as it was, descriptions included.
    bool ipAnywhere = true;
    /// Whole entries (IP or CIDR, and description) when !ipAnywhere; blank sources are ignored.
    QList<IpAccessListEntry> ipEntries;
    bool enabled = true;
    bool generateLocally = false; ///< create mode: make the ID and secret here, send only hashData

    /// Loads the roles to offer (visible priority); rolesChanged() when done.
    void loadRoles();
    const QList<RoleOption> &availableRoles() const { return m_roles; }
    bool usesLegacyRoles() const { return m_legacyRoles; }
    static QList<RoleOption> legacyRoles();

    /// Translated problem with a key name, or empty when it is fine.
    static QString nameProblem(const QString &name);
    /// Translated problem with one IP or CIDR entry, or empty when it is fine.
    static QString ipEntryProblem(const QString &entry);
    /// Entries from text, one per line: the IP or CIDR, then optionally blanks and a
    /// description ("203.0.113.7 Office VPN"). Blank lines are skipped.
    static QList<IpAccessListEntry> parseIpLines(const QString &text);
    /// The inverse of parseIpLines().
    static QString formatIpLines(const QList<IpAccessListEntry> &entries);
    /// The IP access list the current choices stand for.
    QList<IpAccessListEntry> ipAccessList() const;
    /// Every problem with the current choices, one sentence each (empty: valid).
    QStringList problems() const;
    bool isValid() const { return problems().isEmpty(); }
    /// True when the chosen IP list would deny all access.
    bool deniesAllAccess() const { return !ipAnywhere && cleanedIpEntries().isEmpty(); }

    /// When the chosen expiration ends (nullopt: never); `now` is the reference time.
    std::optional<QDateTime> expiryFor(const QDateTime &now) const;

    ApiKeyCreateRequest createRequest(const QDateTime &now) const;
    /// Only what changed; the IP access list is sent whole when it changed.
    ApiKeyUpdateRequest updateRequest(const QDateTime &now) const;

    bool isBusy() const { return !m_inFlight.isNull(); }
    QString errorText() const { return m_errorText; }

    /// Sends the create or update. Refused (returns false) while one is in flight
    /// or when the input is invalid. The input is kept on error.
    bool submit();

Q_SIGNALS:
    void busyChanged(bool busy);
    void errorChanged(const QString &errorText);
    void rolesChanged();
    /// Create succeeded: the key ID and secret to show once. For a key made
    /// from hashData the secret is the locally generated one.
    void keyCreated(const QString &keyApiId, const QString &name, const QString &keyId, const Secret &keySecret);
    /// Edit succeeded.
    void keySaved(const QString &keyApiId);

private:
    QList<IpAccessListEntry> cleanedIpEntries() const;
    void setErrorText(const QString &text);
    void selectRolesOf(const ApiKey &key);
    void applyRoles(const QList<Role> &roles);

    QPointer<ApiKeysViewModel> m_keys;
    Mode m_mode;
    ApiKey m_original;
    QList<RoleOption> m_roles;
    bool m_legacyRoles = false;
    QPointer<ApiKeyCommand> m_inFlight;
    QString m_errorText;
};

} // namespace chcloud
