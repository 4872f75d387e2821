#include "PasswordRevealDialog.h"

#include "viewmodels/ClipboardGuard.h"
#include "viewmodels/ServicePasswordVault.h"
#include "widgets/SecretLineEdit.h"
#include "widgets/StatusColors.h"
#include "widgets/ThemedIcon.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace chcloud {

PasswordRevealDialog::PasswordRevealDialog(const QString &serviceId, const QString &serviceName, Secret password,
                                           ClipboardGuard *guard, ServicePasswordVault *vault, QWidget *parent)
    : QDialog(parent)
    , m_serviceId(serviceId)
    , m_password(std::move(password))
    , m_guard(guard)
    , m_vault(vault)
    , m_field(new SecretLineEdit(this))
    , m_copy(new QPushButton(ThemedIcon::icon(u"copy"_s), tr("Copy"), this))
    , m_store(new QPushButton(tr("Store in keychain"), this))
    , m_status(new QLabel(this))
{
    setObjectName(u"servicePasswordDialog"_s);
    setWindowTitle(tr("Password for %1").arg(serviceName));

    auto *intro = new QLabel(tr("This is the password of the <b>default</b> user of <b>%1</b>. "
                                "It is shown only now: copy it or store it before closing this window.")
                                 .arg(serviceName.toHtmlEscaped()),
                             this);
    intro->setTextFormat(Qt::RichText); // the service name in it is escaped
    intro->setWordWrap(true);

    m_field->setObjectName(u"passwordField"_s);
    // The field shares the text it is given: zeroing a local copy would only zero a detached copy.
    m_field->setText(m_password.reveal());
    auto *show = new QToolButton(this);
    show->setObjectName(u"showPasswordButton"_s);
    show->setText(tr("Show"));
    show->setCheckable(true);
    connect(show, &QToolButton::toggled, this, [this, show](bool shown) {
        m_field->setRevealed(shown);
        show->setText(shown ? tr("Hide") : tr("Show"));
    });
    m_copy->setObjectName(u"copyPasswordButton"_s);
    m_copy->setToolTip(tr("Copies the password; the clipboard is cleared after 30 seconds if it still holds it."));
    m_store->setObjectName(u"storePasswordButton"_s);
    m_store->setEnabled(m_vault && m_vault->isAvailable());
    if (m_vault && m_vault->isAvailable())
        m_store->setToolTip(tr("Keeps the password in: %1").arg(m_vault->storeName()));
    else
        m_store->setToolTip(tr("No keychain is available in this session."));
    m_status->setObjectName(u"passwordStatus"_s);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    auto *fieldRow = new QHBoxLayout;
    fieldRow->addWidget(m_field, 1);
    fieldRow->addWidget(show);
    fieldRow->addWidget(m_copy);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_store, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(fieldRow);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    // Tab follows the order the buttons are shown in, not the order they were created in.
    QWidget::setTabOrder(show, m_copy);

    connect(m_copy, &QPushButton::clicked, this, &PasswordRevealDialog::copyPassword);
    connect(m_store, &QPushButton::clicked, this, &PasswordRevealDialog::storePassword);
    if (m_vault) {
        connect(m_vault, &ServicePasswordVault::stored, this, [this](bool ok, const QString &message) {
            setStatus(message, !ok);
            m_store->setEnabled(!ok);
        });
    }
    setStatus({}, false);
}

PasswordRevealDialog::~PasswordRevealDialog()
{
    m_field->wipe();
    m_password.wipe();
}

QString PasswordRevealDialog::shownPassword() const
{
    return m_field->text();
}

void PasswordRevealDialog::copyPassword()
{
    if (!m_guard)
        return;
    m_guard->copySecret(m_password.reveal());
    setStatus(tr("Copied. The clipboard is cleared in 30 seconds if it still holds the password."), false);
}

void PasswordRevealDialog::storePassword()
{
    if (!m_vault)
        return;
    m_store->setEnabled(false);
    setStatus(tr("Storing…"), false);
    m_vault->store(m_serviceId, m_password);
}

void PasswordRevealDialog::setStatus(const QString &text, bool problem)
{
    m_status->setText(text);
    m_status->setVisible(!text.isEmpty());
    StatusColors::mark(m_status, problem ? StatusColors::Status::Problem : StatusColors::Status::None);
}

} // namespace chcloud
