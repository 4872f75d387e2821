#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QRadioButton;

namespace chcloud {

class ApiKeyEditor;

/// "New API Key" and "Edit API Key": a form over an ApiKeyEditor. Problems are
/// shown as the user types; the server's answer to a failed request is shown
/// in the dialog with the input kept; the submit button stays disabled while a
/// request is in flight so nothing is sent twice. In edit mode saving an empty
/// IP access list asks first (it denies all access).
class ApiKeyDialog : public QDialog
{
    Q_OBJECT

public:
    /// The editor is not owned (the caller usually parents it to the dialog).
    explicit ApiKeyDialog(ApiKeyEditor *editor, QWidget *parent = nullptr);
    ~ApiKeyDialog() override;

    ApiKeyEditor *editor() const { return m_editor; }
    /// The edited key is the one this app signs in with: disabling it warns.
    void setCurrentKey(bool current) { m_currentKey = current; }

public Q_SLOTS:
    /// Validates, asks where needed, and submits.
    void submit();

private:
    void buildUi();
    void fillFromEditor();
    void populateRoles();
    void readIntoEditor();
    void updateValidation();
    void updateBusy(bool busy);

    ApiKeyEditor *m_editor;
    bool m_currentKey = false;
    bool m_filling = false;

    QLineEdit *m_name = nullptr;
    QLabel *m_nameProblem = nullptr;
    QListWidget *m_roles = nullptr;
    QLabel *m_rolesNote = nullptr;
    QComboBox *m_expiration = nullptr;
    QDateEdit *m_customDate = nullptr;
    QRadioButton *m_ipAnywhere = nullptr;
    QRadioButton *m_ipList = nullptr;
    QPlainTextEdit *m_ipEntries = nullptr;
    QLabel *m_ipProblem = nullptr;
    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_generateLocally = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace chcloud
