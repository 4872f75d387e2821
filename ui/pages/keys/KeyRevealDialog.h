#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QToolButton;

namespace chcloud {

class KeyReveal;
class SecretLineEdit;

/// Shows a new key's ID and secret once, the secret masked until "Show". Each has
/// a copy button, the only way out of the dialog: the fields cannot be selected
/// or copied from (so nothing reaches the primary selection), and the secret is
/// cleared from the clipboard after a while by the ClipboardGuard. The key
/// can be saved as a keychain profile. Closing before the secret was copied or
/// saved asks first (through the Prompter). When the dialog closes the secret
/// is wiped: the field is cleared and the KeyReveal overwrites its copy.
class KeyRevealDialog : public QDialog
{
    Q_OBJECT

public:
    /// The reveal is not owned (the caller usually parents it to the dialog).
    explicit KeyRevealDialog(KeyReveal *reveal, QWidget *parent = nullptr);
    ~KeyRevealDialog() override;

    KeyReveal *reveal() const { return m_reveal; }

    void done(int result) override;

private:
    void buildUi();
    void wipe();

    KeyReveal *m_reveal;
    SecretLineEdit *m_keyId = nullptr;
    SecretLineEdit *m_secret = nullptr;
    QToolButton *m_showSecret = nullptr;
    QPushButton *m_copyKeyId = nullptr;
    QPushButton *m_copySecret = nullptr;
    QLineEdit *m_profileLabel = nullptr;
    QPushButton *m_saveProfile = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace chcloud
