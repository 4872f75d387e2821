#include "ProfileManagerDialog.h"

#include "ProfileDialog.h"
#include "session/ProfilesViewModel.h"
#include "widgets/Prompter.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace chcloud {

ProfileManagerDialog::ProfileManagerDialog(ProfilesViewModel *model, QWidget *parent)
    : QDialog(parent)
    , m_model(model)
    , m_baseUrl(ProfilesViewModel::defaultBaseUrl())
    , m_list(new QListWidget(this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("profileManagerDialog"));
    setWindowTitle(tr("Profiles"));
    setMinimumSize(520, 320);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_error->setObjectName(QStringLiteral("profileErrorLabel"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();

    auto makeButton = [this](const QString &text, const char *name) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(QString::fromLatin1(name));
        return button;
    };
    auto *addButton = makeButton(tr("&Add…"), "addProfileButton");
    m_editButton = makeButton(tr("&Edit…"), "editProfileButton");
    m_removeButton = makeButton(tr("&Remove"), "removeProfileButton");
    m_defaultButton = makeButton(tr("Set as &Default"), "setDefaultButton");
    m_signInButton = makeButton(tr("&Sign In"), "signInButton");
    connect(addButton, &QPushButton::clicked, this, &ProfileManagerDialog::addProfile);
    connect(m_editButton, &QPushButton::clicked, this, &ProfileManagerDialog::editSelected);
    connect(m_removeButton, &QPushButton::clicked, this, &ProfileManagerDialog::removeSelected);
    connect(m_defaultButton, &QPushButton::clicked, this, &ProfileManagerDialog::setSelectedAsDefault);
    connect(m_signInButton, &QPushButton::clicked, this, &ProfileManagerDialog::signInWithSelected);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &ProfileManagerDialog::signInWithSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, &ProfileManagerDialog::updateButtons);

    auto *side = new QVBoxLayout;
    for (QPushButton *button : { addButton, m_editButton, m_removeButton, m_defaultButton })
        side->addWidget(button);
    side->addStretch(1);
    side->addWidget(m_signInButton);
    auto *row = new QHBoxLayout;
    row->addWidget(m_list, 1);
    row->addLayout(side);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    connect(m_model, &ProfilesViewModel::profilesChanged, this, &ProfileManagerDialog::reload);
    connect(m_model, &ProfilesViewModel::removeFailed, this, [this](const QString &message) {
        m_error->setText(message);
        m_error->show();
    });
    reload();
}

void ProfileManagerDialog::reload()
{
    const QUuid selected = selectedProfileId();
    m_list->clear();
    const QUuid defaultId = m_model->defaultProfileId();
    const QList<Profile> profiles = m_model->profiles();
    for (const Profile &profile : profiles) {
        QString text = profile.label;
        if (!profile.organizationName.isEmpty())
            text = tr("%1 — %2").arg(profile.label, profile.organizationName);
        if (profile.id == defaultId)
            text = tr("%1 (default)").arg(text);
        if (!profile.isPersistent())
            text = tr("%1 (this session only)").arg(text);
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, profile.id);
        item->setToolTip(tr("Key %1 at %2").arg(profile.keyId, profile.baseUrl.toDisplayString()));
    }
    if (!selectProfile(selected) && m_list->count() > 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

void ProfileManagerDialog::updateButtons()
{
    const bool any = !selectedProfileId().isNull();
    for (QPushButton *button : { m_editButton, m_removeButton, m_defaultButton, m_signInButton })
        button->setEnabled(any);
}

QUuid ProfileManagerDialog::selectedProfileId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(Qt::UserRole).toUuid() : QUuid();
}

bool ProfileManagerDialog::selectProfile(const QUuid &id)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toUuid() == id) {
            m_list->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

ProfileDialog *ProfileManagerDialog::openEditor(ProfileDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowModality(Qt::WindowModal);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { selectProfile(dialog->savedProfileId()); });
    dialog->open();
    return dialog;
}

ProfileDialog *ProfileManagerDialog::addProfile()
{
    auto *dialog = new ProfileDialog(m_model, std::nullopt, this);
    dialog->setBaseUrl(m_baseUrl);
    return openEditor(dialog);
}

ProfileDialog *ProfileManagerDialog::editSelected()
{
    const auto profile = m_model->profile(selectedProfileId());
    if (!profile)
        return nullptr;
    return openEditor(new ProfileDialog(m_model, profile, this));
}

void ProfileManagerDialog::removeSelected()
{
    const auto profile = m_model->profile(selectedProfileId());
    if (!profile)
        return;
    const QString text = profile->isPersistent()
        ? tr("Remove the profile “%1” and its key secret from the keychain? The key itself stays valid in "
             "ClickHouse Cloud.")
              .arg(profile->label)
        : tr("Remove the profile “%1”?").arg(profile->label);
    if (!Prompter::instance()->confirm(this, tr("Remove Profile"), text, tr("Remove"),
                                       QStringLiteral("confirmRemoveProfile")))
        return;
    m_error->hide();
    m_model->remove(profile->id);
}

void ProfileManagerDialog::setSelectedAsDefault()
{
    m_model->setDefault(selectedProfileId());
}

void ProfileManagerDialog::signInWithSelected()
{
    const QUuid id = selectedProfileId();
    if (id.isNull())
        return;
    Q_EMIT signInRequested(id);
    accept();
}

} // namespace chcloud
