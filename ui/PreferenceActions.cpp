#include "PreferenceActions.h"

#include "dialogs/ClickhousectlImportDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "session/ProfilesViewModel.h"

#include <QAction>
#include <QCoreApplication>
#include <QMenu>
#include <QMenuBar>

using namespace Qt::StringLiterals;

namespace chcloud::PreferenceActions {

QAction *addImportAction(QMenu *fileMenu, QWidget *window, ProfileStore *profiles)
{
    auto *action = fileMenu->addAction(QCoreApplication::translate("PreferenceActions", "&Import from clickhousectl…"));
    action->setObjectName(u"importClickhousectlAction"_s);
    QObject::connect(action, &QAction::triggered, window, [window, profiles] {
        auto *model = new ProfilesViewModel(profiles);
        auto *dialog = new ClickhousectlImportDialog(model, window);
        model->setParent(dialog);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    return action;
}

QMenu *addEditMenu(QMenuBar *menuBar, QWidget *window, std::function<void(const Preferences &)> changed)
{
    auto *menu = menuBar->addMenu(QCoreApplication::translate("PreferenceActions", "&Edit"));
    menu->setObjectName(u"editMenu"_s);
    auto *action = menu->addAction(QCoreApplication::translate("PreferenceActions", "&Preferences…"));
    action->setObjectName(u"preferencesAction"_s);
    action->setShortcut(QKeySequence::Preferences);
    QObject::connect(action, &QAction::triggered, window, [window, changed] {
        auto *dialog = new PreferencesDialog(nullptr, window);
        if (changed)
            QObject::connect(dialog, &PreferencesDialog::preferencesChanged, window, changed);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    return menu;
}

} // namespace chcloud::PreferenceActions
