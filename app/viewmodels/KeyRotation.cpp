#include "KeyRotation.h"

#include "api/ApiSession.h"
#include "api/CloudApi.h"
#include "secrets/ProfileStore.h"
#include "secrets/SecretBytes.h"
#include "secrets/SecretJob.h"

using namespace Qt::StringLiterals;

namespace chcloud {

KeyRotation::KeyRotation(ApiSession *session, ProfileStore *profiles, QUuid profileId, QString organizationId,
                         ApiKey oldKey, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_profiles(profiles)
    , m_profileId(profileId)
    , m_organizationId(std::move(organizationId))
    , m_oldKey(std::move(oldKey))
{
}

KeyRotation::~KeyRotation()
{
    m_newSecret.wipe();
    m_previousSecret.wipe();
    if (m_newSession && !m_newSessionTaken)
        m_newSession->deleteLater();
}

QString KeyRotation::replacementName(const QString &name, QDate date)
{
    // A name that was rotated before keeps one suffix, not a growing chain.
    QString base = name;
    const qsizetype at = base.lastIndexOf(u" (rotated "_s);
    if (at > 0 && base.endsWith(u')'))
        base.truncate(at);
    const QString suffix = tr(" (rotated %1)").arg(date.toString(Qt::ISODate));
    // Short enough for the strictest name limit seen (50 characters).
    const qsizetype room = maxReplacementNameLength - suffix.size();
    if (base.size() > room)
        base = base.left(room - 1).trimmed() + u'…';
    return base + suffix;
}

QString KeyRotation::stepTitle(Step step)
{
    switch (step) {
    case Step::CreateReplacement:
        return tr("Create the replacement key");
    case Step::VerifyNewKey:
        return tr("Check that the new key works");
    case Step::StoreSecret:
        return tr("Store its secret for this profile");
    case Step::SwitchProfile:
        return tr("Switch this profile to the new key");
    case Step::DisableOldKey:
        return tr("Disable the old key");
    case Step::DeleteOldKey:
        return tr("Delete the old key");
    }
    return {};
}

QList<KeyRotation::Step> KeyRotation::steps() const
{
    QList<Step> list { Step::CreateReplacement, Step::VerifyNewKey, Step::StoreSecret, Step::SwitchProfile,
                       Step::DisableOldKey };
    if (m_deleteOldKey)
        list.append(Step::DeleteOldKey);
    return list;
}

int KeyRotation::stepIndex(Step step) const
{
    return int(steps().indexOf(step));
}

bool KeyRotation::isSessionOnlyProfile() const
{
    if (!m_profiles)
        return false;
    const std::optional<Profile> profile = m_profiles->profile(m_profileId);
    return profile && !profile->isPersistent();
}

ApiSession *KeyRotation::takeNewSession()
{
    if (!m_profileSwitched || m_newSessionTaken || !m_newSession)
        return nullptr;
    m_newSessionTaken = true;
    m_newSession->setParent(nullptr);
    return m_newSession;
}

void KeyRotation::start()
{
    if (m_state == State::Running || m_state == State::Succeeded)
        return;
    if (!m_session || !m_profiles || !m_profiles->contains(m_profileId)) {
        m_state = State::Failed;
        m_message = tr("Nothing was changed: there is no signed-in profile to rotate the key of.");
        Q_EMIT stateChanged(m_state);
        Q_EMIT finished(false);
        return;
    }
    m_state = State::Running;
    Q_EMIT stateChanged(m_state);
    Q_EMIT progressChanged(0, int(steps().size()));
    createReplacement();
}

void KeyRotation::begin(Step step)
{
    m_step = step;
    Q_EMIT stepStarted(step);
}

void KeyRotation::succeedStep(const QString &detail)
{
    Q_EMIT stepFinished(m_step, true, detail);
    Q_EMIT progressChanged(stepIndex(m_step) + 1, int(steps().size()));
}

void KeyRotation::fail(const QString &message, const QString &detail)
{
    m_message = message;
    Q_EMIT stepFinished(m_step, false, detail);
    m_state = State::Failed;
    Q_EMIT stateChanged(m_state);
    Q_EMIT finished(false);
}

void KeyRotation::createReplacement()
{
    begin(Step::CreateReplacement);
    ApiKeyCreateRequest request;
    request.name = replacementName(m_oldKey.name, QDate::currentDate());
    for (const AssignedRole &role : m_oldKey.assignedRoles)
        request.assignedRoleIds.append(role.roleId);
    if (request.assignedRoleIds.isEmpty())
        request.roles = m_oldKey.roles;
    request.ipAccessList = m_oldKey.ipAccessList;
    request.expireAt = std::nullopt;
    request.state = ApiKeyState::Enabled;

    // No context object: the answer must arrive even if the dialog is closed, or the new secret would be lost.
    QPointer<KeyRotation> self(this);
    m_session->api()->openapiKeyCreate(
        m_organizationId, request, RequestPriority::Interactive, nullptr, [self](ApiResult<ApiKeyCreateResult> result) {
            if (!self)
                return;
            if (!result) {
                self->fail(tr("Nothing was changed: the replacement key could not be created. %1")
                               .arg(result.error().displayText()),
                           result.error().displayText());
                return;
            }
            self->m_newKey = result->key;
            self->m_newKeyId = result->keyId;
            self->m_newSecret = std::move(result->keySecret);
            self->succeedStep(tr("“%1”, key ID ending in %2").arg(self->m_newKey.name, self->m_newKey.keySuffix));
            self->verifyNewKey();
        });
}

ApiSession *KeyRotation::makeSession()
{
    if (m_sessionFactory)
        return m_sessionFactory(m_session->baseUrl(), m_newKeyId, m_newSecret, this);
    auto opened = ApiSession::open(m_session->baseUrl(), m_newKeyId, m_newSecret, m_session->scheduler()->config());
    if (!opened)
        return nullptr;
    ApiSession *session = std::move(opened).value().release();
    session->setParent(this);
    return session;
}

void KeyRotation::verifyNewKey()
{
    begin(Step::VerifyNewKey);
    m_newSession = makeSession();
    if (!m_newSession) {
        fail(tr("This profile was not changed and still signs in with the old key, which is still enabled. The new "
                "key “%1” exists, but no session could be opened to check it: delete it on this page.")
                 .arg(m_newKey.name),
             {});
        return;
    }
    KeyRotation *self = this;
    m_newSession->api()->organizationGetList(
        RequestPriority::Interactive, this, [self](ApiResult<QList<Organization>> result) {
            if (!result) {
                self->fail(tr("This profile was not changed and still signs in with the old key, which is still "
                              "enabled. The new key “%1” did not work when checked: %2 Delete it on this page.")
                               .arg(self->m_newKey.name, result.error().displayText()),
                           result.error().displayText());
                return;
            }
            self->succeedStep(tr("the organization answered"));
            self->storeSecret();
        });
}

void KeyRotation::revealAndFail(const QString &message, const QString &detail)
{
    // The one copy of the secret is here: hand it to the reveal before saying anything else.
    Q_EMIT secretNeedsReveal(m_newKey.name, m_newKeyId, m_newSecret);
    fail(message, detail);
}

void KeyRotation::failProfileGone()
{
    revealAndFail(
        tr("The new key “%1” exists and works, but the profile is gone, so its secret was not stored. The old "
           "key is still enabled. Copy the new secret from the window that opened: it cannot be shown again. "
           "To use the new key, add a profile with key ID %2 and that secret.")
            .arg(m_newKey.name, m_newKeyId),
        tr("profile not found"));
}

void KeyRotation::storeSecret()
{
    begin(Step::StoreSecret);
    if (!m_profiles || !m_profiles->contains(m_profileId)) {
        failProfileGone();
        return;
    }
    // Keep the secret being replaced, so the profile can be put back if switching it fails. A store that
    // cannot read it is no reason to stop: the write will tell.
    SecretJob *job = m_profiles->readSecret(m_profileId);
    connect(job, &SecretJob::finished, this, [this, job] {
        if (job->result().isOk()) {
            SecretBytes previous = job->takeSecret();
            m_previousSecret = Secret(QByteArray(previous.bytes().constData(), previous.size()));
            previous.wipe();
        }
        writeNewSecret();
    });
}

void KeyRotation::writeNewSecret()
{
    if (!m_profiles || !m_profiles->contains(m_profileId)) {
        m_previousSecret.wipe();
        failProfileGone();
        return;
    }
    SecretJob *job = m_profiles->writeSecret(
        m_profileId, SecretBytes(QByteArray(m_newSecret.revealUtf8().constData(), m_newSecret.revealUtf8().size())));
    connect(job, &SecretJob::finished, this, [this, job] {
        if (!job->result().isOk()) {
            m_previousSecret.wipe();
            revealAndFail(tr("The new key “%1” works, but its secret could not be stored: %2 This profile still signs "
                             "in with the old key, which is still enabled. Copy the new secret from the window that "
                             "opened: it cannot be shown again. Then either delete “%1” on this page, or edit this "
                             "profile to use key ID %3 with that secret.")
                              .arg(m_newKey.name, job->result().message, m_newKeyId),
                          job->result().message);
            return;
        }
        succeedStep(isSessionOnlyProfile() ? tr("kept in memory for this session only (session-only profile)")
                                           : tr("stored in the system keychain"));
        switchProfile();
    });
}

void KeyRotation::switchProfile()
{
    begin(Step::SwitchProfile);
    std::optional<Profile> updated = m_profiles ? m_profiles->profile(m_profileId) : std::nullopt;
    if (!updated) {
        m_previousSecret.wipe();
        revealAndFail(tr("The new key “%1” works, but the profile was removed before it could use it. The old key is "
                         "still enabled. Copy the new secret from the window that opened: it cannot be shown again. "
                         "To use the new key, add a profile with key ID %2 and that secret.")
                          .arg(m_newKey.name, m_newKeyId),
                      tr("profile not found"));
        return;
    }
    m_previousProfileKeyId = updated->keyId;
    updated->keyId = m_newKeyId;
    if (!m_profiles->update(*updated)) {
        // The profile still names the old key: give it the old secret back.
        const QString failure = tr("the profile could not be updated");
        if (m_previousSecret.isEmpty()) {
            revealAndFail(tr("The new key “%1” works, but this profile could not be switched to it, and its previous "
                             "secret could not be put back. Copy the new secret from the window that opened: it "
                             "cannot be shown again. Then edit this profile to use key ID %2 with that secret; the old "
                             "key is still enabled.")
                              .arg(m_newKey.name, m_newKeyId),
                          failure);
            return;
        }
        SecretJob *restore = m_profiles->writeSecret(
            m_profileId, SecretBytes(QByteArray(m_previousSecret.revealUtf8().constData(), m_previousSecret.size())));
        m_previousSecret.wipe();
        connect(restore, &SecretJob::finished, this, [this, restore, failure] {
            if (restore->result().isOk()) {
                revealAndFail(
                    tr("The new key “%1” works, but this profile could not be switched to it; it still signs "
                       "in with the old key, which is still enabled. Copy the new secret from the window that "
                       "opened if you want to use it elsewhere; otherwise delete “%1” on this page.")
                        .arg(m_newKey.name),
                    failure);
            } else {
                revealAndFail(tr("The new key “%1” works, but this profile could not be switched to it, and its "
                                 "previous secret could not be put back: %2 Copy the new secret from the window that "
                                 "opened: it cannot be shown again. Then edit this profile to use key ID %3 with that "
                                 "secret; the old key is still enabled.")
                                  .arg(m_newKey.name, restore->result().message, m_newKeyId),
                              failure);
            }
        });
        return;
    }
    m_previousSecret.wipe();
    m_newSecret.wipe(); // the store holds it now
    m_profileSwitched = true;
    Q_EMIT profileKeyChanged(m_profileId, m_newKeyId);
    succeedStep(tr("now signs in with key ID %1").arg(m_newKeyId));
    disableOldKey();
}

void KeyRotation::disableOldKey()
{
    begin(Step::DisableOldKey);
    ApiKeyUpdateRequest request;
    request.state = ApiKeyState::Disabled;
    KeyRotation *self = this;
    m_newSession->api()->openapiKeyUpdate(
        m_organizationId, m_oldKey.id, request, RequestPriority::Interactive, this, [self](ApiResult<ApiKey> result) {
            if (!result) {
                self->fail(tr("The new key “%1” exists, works and is stored for this profile, which now signs in with "
                              "it, but the old key “%2” is still enabled: %3 Disable it on this page when you can.")
                               .arg(self->m_newKey.name, self->m_oldKey.name, result.error().displayText()),
                           result.error().displayText());
                return;
            }
            self->succeedStep();
            if (self->m_deleteOldKey)
                self->deleteOldKey();
            else
                self->finishSuccess();
        });
}

void KeyRotation::deleteOldKey()
{
    begin(Step::DeleteOldKey);
    KeyRotation *self = this;
    m_newSession->api()->openapiKeyDelete(
        m_organizationId, m_oldKey.id, RequestPriority::Interactive, this, [self](ApiResult<Nothing> result) {
            if (!result) {
                self->fail(tr("The new key “%1” works and is stored for this profile, and the old key “%2” is "
                              "disabled, but it could not be deleted: %3")
                               .arg(self->m_newKey.name, self->m_oldKey.name, result.error().displayText()),
                           result.error().displayText());
                return;
            }
            self->succeedStep();
            self->finishSuccess();
        });
}

void KeyRotation::finishSuccess()
{
    m_newSecret.wipe();
    const QString where = isSessionOnlyProfile()
        ? tr("The new secret is kept in memory for this session only, because this profile is session-only.")
        : tr("The new secret is stored in the system keychain.");
    m_message = (m_deleteOldKey ? tr("Rotation complete: “%1” replaces “%2”, which was deleted.")
                                : tr("Rotation complete: “%1” replaces “%2”, which is now disabled."))
                    .arg(m_newKey.name, m_oldKey.name)
        + u' ' + where;
    m_state = State::Succeeded;
    Q_EMIT stateChanged(m_state);
    Q_EMIT finished(true);
}

} // namespace chcloud
