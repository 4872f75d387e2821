#pragma once

#include "Page.h"
#include "keys/KeyRevealDialog.h"

#include <QPointer>
#include <QString>

#include <array>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace chcloud {

class ApiKeyDialog;
class ErrorBanner;
class ApiKeysFilterModel;
class ApiKeysViewModel;
class ClipboardGuard;
class KeyQueryEndpointScan;
class KeyRotationDialog;
class ProfileKeyActions;
class Secret;

/// The API Keys page: the organization's keys in a sortable, filterable table
/// with the key the app signs in with marked, and the commands around them —
/// create (with the one-time reveal), edit, enable/disable, rotate, delete.
/// Every command that cannot be undone or that could cut the app off asks first
/// through the Prompter. Dialogs open window-modal (open(), not exec()), so
/// tests find them by objectName among the top-level widgets.
class KeysPage : public Page
{
    Q_OBJECT

public:
    /// model is bound to the session by the composition root; actions rotate the
    /// profile's key and reveal new keys (may be null: rotation and "save as
    /// profile" then say they are unavailable). The page takes ownership of both.
    KeysPage(ApiKeysViewModel *model, ProfileKeyActions *actions, QWidget *parent = nullptr);
    ~KeysPage() override;

    QString pageName() const override;
    QString title() const override;
    /// The title, without a page (the navigation lists pages before they are built).
    static QString pageTitle();
    bool isLoaded() const override { return m_loaded; }
    QString loadError() const override;
    QString loadWarning() const override;

    ApiKeysViewModel *viewModel() const { return m_model; }
    ApiKeysFilterModel *filterModel() const { return m_filter; }
    ClipboardGuard *clipboardGuard() const { return m_clipboard; }
    QTableView *table() const { return m_table; }

    /// ApiKey.id of the selected key, or empty.
    QString selectedKeyId() const;
    /// Selects the row of the key (clearing the filter if it hides it). False when unknown.
    bool selectKey(const QString &keyId);

public Q_SLOTS:
    void refresh() override;
    /// Opens the "New API Key" dialog; on success the one-time reveal follows.
    ApiKeyDialog *openCreateDialog();
    ApiKeyDialog *editSelectedKey();
    void toggleSelectedKey();
    void deleteSelectedKey();
    KeyRotationDialog *rotateSelectedKey();
    /// Checks which services' query endpoints let the selected key in (bounded; see
    /// KeyQueryEndpointScan) and says so in a message when the check ends.
    void checkQueryEndpointsOfSelectedKey();

protected:
    void applyContext(const PageContext &context) override;
    void applyPermissions() override { updateActions(); }
    /// The "created by" lookup runs only while the page is on screen.
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

Q_SIGNALS:
    /// The one-time reveal for a new key opened (tests wait for it).
    void revealOpened(chcloud::KeyRevealDialog *dialog);

private:
    void buildUi();
    void updateActions();
    void updateEmptyState();
    /// The health quick filters' labels with their counts.
    void updateHealthCounts();
    /// One health quick filter clicked: it filters alone, a second click shows every key.
    void healthFilterClicked(int check);
    void showBanner(const QString &text);
    void showReveal(const QString &keyName, const QString &keyId, const Secret &secret);
    QWidget *dialogParent();

    ApiKeysViewModel *m_model = nullptr;
    ApiKeysFilterModel *m_filter = nullptr;
    ClipboardGuard *m_clipboard = nullptr;
    ProfileKeyActions *m_actions = nullptr;
    bool m_loaded = false;

    QStackedWidget *m_stack = nullptr;
    ErrorBanner *m_banner = nullptr;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_stateFilter = nullptr;
    std::array<QPushButton *, 4> m_healthButtons {}; ///< by KeyHealthCheck
    QTableView *m_table = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_emptyNewButton = nullptr;
    QPushButton *m_editButton = nullptr;
    QPushButton *m_toggleButton = nullptr;
    QPushButton *m_rotateButton = nullptr;
    QPushButton *m_deleteButton = nullptr;
    QPushButton *m_queryEndpointsButton = nullptr;
    QPointer<KeyQueryEndpointScan> m_scan; ///< the query endpoint check running now
    QPushButton *m_refreshButton = nullptr;
};

} // namespace chcloud
