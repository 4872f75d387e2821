#include "KeyReveal.h"

#include "ClipboardGuard.h"
#include "secrets/ProfileStore.h"
#include "secrets/SecretBytes.h"
#include "secrets/SecretJob.h"

namespace chcloud {

KeyReveal::KeyReveal(QString keyName, QString keyId, Secret secret, ClipboardGuard *clipboard, ProfileStore *profiles,
                     Profile profileTemplate, QObject *parent)
    : QObject(parent)
    , m_keyName(std::move(keyName))
    , m_keyId(std::move(keyId))
    , m_secret(std::move(secret))
    , m_clipboard(clipboard)
    , m_profiles(profiles)
    , m_template(std::move(profileTemplate))
{
}

KeyReveal::~KeyReveal()
{
    wipe();
}

QString KeyReveal::suggestedProfileLabel() const
{
    if (m_template.organizationName.isEmpty())
        return m_keyName;
    return tr("%1 — %2").arg(m_template.organizationName, m_keyName);
}

void KeyReveal::copyKeyId()
{
    if (!m_clipboard)
        return;
    m_clipboard->copyPlain(m_keyId);
    m_keyIdCopied = true;
    Q_EMIT copied();
}

void KeyReveal::copySecret()
{
    if (!m_clipboard || m_secret.isEmpty())
        return;
    QString text = m_secret.reveal();
    m_clipboard->copySecret(text);
    SecretBytes::wipe(text);
    m_secretCopied = true;
    Q_EMIT copied();
}

void KeyReveal::setSaving(bool saving)
{
    if (m_saving == saving)
        return;
    m_saving = saving;
    Q_EMIT savingChanged(saving);
}

void KeyReveal::saveAsProfile(const QString &label)
{
    if (!m_profiles || m_saving || savedAsProfile() || m_secret.isEmpty())
        return;
    Profile profile = m_template;
    profile.id = QUuid();
    profile.label = label.trimmed().isEmpty() ? suggestedProfileLabel() : label.trimmed();
    profile.keyId = m_keyId;
    profile.storage = ProfileStorage::Keychain;
    const QUuid id = m_profiles->add(profile);
    if (id.isNull()) {
        Q_EMIT profileSaveFailed(tr("The profile could not be created: %1").arg(profile.validationError()));
        return;
    }
    SecretJob *job = m_profiles->writeSecret(
        id, SecretBytes(QByteArray(m_secret.revealUtf8().constData(), m_secret.revealUtf8().size())));
    if (!job) {
        m_profiles->remove(id);
        Q_EMIT profileSaveFailed(tr("The profile could not be created."));
        return;
    }
    setSaving(true);
    connect(job, &SecretJob::finished, this, [this, job, id] {
        setSaving(false);
        if (job->result().isOk()) {
            m_savedProfile = id;
            Q_EMIT profileSaved(id);
            return;
        }
        // No plaintext fallback: the half-made profile goes, the user is told why.
        if (m_profiles)
            m_profiles->remove(id);
        Q_EMIT profileSaveFailed(
            tr("The secret could not be saved in the system keychain, so no profile was created. %1 "
               "Copy the secret now: it cannot be shown again.")
                .arg(job->result().message));
    });
}

void KeyReveal::wipe()
{
    m_secret.wipe();
}

} // namespace chcloud
