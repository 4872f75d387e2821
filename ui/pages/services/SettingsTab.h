#pragma once

#include "ServiceDetailsTab.h"

class QCheckBox;
class QComboBox;
class QLineEdit;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace chcloud {

class ServiceSettingsViewModel;

/// The service's ClickHouse settings: a table of every configurable setting with
/// its value and default, and an editor for the selected one typed by the schema
/// (on/off, a number, a choice of values, text). The value is checked before it
/// is sent; Save sends it, "Reset to default" removes the change. The warnings the
/// server returns show under the editor and in the setting's tooltip.
class SettingsTab : public ServiceDetailsTab
{
    Q_OBJECT

public:
    SettingsTab(ServicesViewModel *services, ServiceDetailsViewModel *details, QWidget *parent = nullptr);

    void clearErrors() override;
    void activate() override;
    bool isLoaded() const override;

    /// Selects the named setting's row (false when not listed).
    bool selectSetting(const QString &name);

private:
    enum class EditorKind { Text, Boolean, Choice };

    void showState();
    void showSelected();
    void fillEditor();
    QString editorText() const;
    void checkEditor();
    void save();
    void resetToDefault();
    int selectedRow() const;

    ServiceSettingsViewModel *m_settings;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QLabel *m_status;
    QTableView *m_table;
    QWidget *m_editorBox;
    QLabel *m_name;
    QLabel *m_description;
    QStackedWidget *m_editors;
    QLineEdit *m_text;
    QCheckBox *m_boolean;
    QComboBox *m_choice;
    QLabel *m_problem;
    QLabel *m_warning;
    QLabel *m_error;
    QPushButton *m_save;
    QPushButton *m_reset;
    EditorKind m_kind = EditorKind::Text;
    QString m_editing; ///< the setting the editor holds
    bool m_edited = false; ///< the user changed the editor since it was filled
};

} // namespace chcloud
