#include "CommandPaletteSetup.h"

#include "MainWindow.h"
#include "viewmodels/ApiKeysViewModel.h"
#include "viewmodels/CommandPaletteModel.h"
#include "viewmodels/ServicesViewModel.h"
#include "widgets/CommandPalette.h"

#include <QAbstractItemView>
#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace chcloud {

namespace {

/// A page table whose rows the palette offers by name.
struct TableSource
{
    const char *pageName;
    const char *viewName;
    int nameColumn;
};

const TableSource kTables[] = {
    { "services", "servicesTable", ServicesViewModel::NameColumn },
    { "keys", "keysTable", ApiKeysViewModel::NameColumn },
};

void collectActions(const QList<QAction *> &actions, const QAction *exclude,
                    QList<CommandPaletteModel::Command> *commands)
{
    for (QAction *action : actions) {
        if (action == exclude || action->isSeparator() || !action->isVisible())
            continue;
        if (QMenu *menu = action->menu()) {
            collectActions(menu->actions(), exclude, commands);
            continue;
        }
        if (!action->isEnabled())
            continue;
        CommandPaletteModel::Command command;
        command.kind = CommandPaletteModel::Kind::Action;
        command.text = action->text();
        command.detail = action->shortcut().toString(QKeySequence::NativeText);
        // The action may be deleted while the palette is open: hold it weakly.
        command.run = [weak = QPointer<QAction>(action)] {
            if (weak)
                weak->trigger();
        };
        commands->append(command);
    }
}

QString categoryOf(const QString &pageName)
{
    if (pageName == QLatin1String("services"))
        return CommandPalette::tr("Service");
    return CommandPalette::tr("API key");
}

} // namespace

QAction *installCommandPalette(MainWindow *window)
{
    auto *model = new CommandPaletteModel(window);
    auto *palette = new CommandPalette(model, window);
    palette->hide();

    auto *open = new QAction(CommandPalette::tr("Command &Palette…"), window);
    open->setObjectName(QStringLiteral("commandPaletteAction"));
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    open->setToolTip(CommandPalette::tr("Go to a page, run an action or find a service or key by name"));
    if (auto *viewMenu = window->menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"))) {
        viewMenu->addSeparator();
        viewMenu->addAction(open);
    } else {
        window->addAction(open);
    }

    QObject::connect(open, &QAction::triggered, palette, [window, model, palette, open] {
        QList<CommandPaletteModel::Command> commands;
        // Every page, without building those not shown yet.
        for (const QString &name : window->pageNames()) {
            CommandPaletteModel::Command command;
            command.kind = CommandPaletteModel::Kind::Page;
            command.text = CommandPalette::tr("Go to %1").arg(window->pageTitle(name));
            command.run = [window, name] {
                window->showPage(name);
            };
            commands.append(command);
        }
        collectActions(window->menuBar()->actions(), open, &commands);

        QList<CommandPaletteModel::ItemSource> sources;
        for (const TableSource &table : kTables) {
            const QString pageName = QString::fromLatin1(table.pageName);
            Page *page = window->builtPage(pageName); // a page never shown has no rows to offer
            auto *view = page ? page->findChild<QAbstractItemView *>(QString::fromLatin1(table.viewName)) : nullptr;
            if (!view || !view->model())
                continue;
            CommandPaletteModel::ItemSource source;
            source.model = view->model();
            source.column = table.nameColumn;
            source.category = categoryOf(pageName);
            source.select = [window, pageName, weakView = QPointer<QAbstractItemView>(view)](const QModelIndex &index) {
                window->showPage(pageName);
                if (!weakView || index.model() != weakView->model())
                    return;
                weakView->setCurrentIndex(index);
                weakView->scrollTo(index);
                weakView->setFocus(Qt::ShortcutFocusReason);
            };
            sources.append(source);
        }
        model->setCommands(commands);
        model->setItemSources(sources);
        palette->popup();
    });
    return open;
}

} // namespace chcloud
