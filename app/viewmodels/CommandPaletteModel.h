#pragma once

#include <QAbstractListModel>
#include <QList>
#include <QPersistentModelIndex>
#include <QPointer>
#include <QString>

#include <functional>

namespace chcloud {

/// What the command palette (Ctrl+K) can find: fixed commands (pages to go to,
/// the window's actions) and the rows of item models the pages already show
/// (services and API keys by name). It filters and ranks them for a typed query
/// and runs the chosen one. It owns no data of its own and sends no request:
/// item sources are read when the query changes, so they always show what the
/// pages hold at that moment.
///
/// Matching ignores case and menu mnemonics (“&”). A query matches a text when
/// it is a substring of it or when its letters, in order, are initials of the
/// text's words (“gak” finds “Go to API Keys”). Better matches come first: the
/// text starting with the query, then a word starting with it, then any
/// substring, then initials; ties keep the order in which commands and sources
/// were given.
class CommandPaletteModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum class Kind { Page, Action, Item };
    Q_ENUM(Kind)

    enum Role {
        /// Secondary text: an action's shortcut, or an item's category (“Service”).
        DetailRole = Qt::UserRole + 1,
        /// Kind, as int.
        KindRole,
        /// How well the row matched the query: 0 is best.
        ScoreRole,
    };

    /// A fixed entry: a page or an action.
    struct Command
    {
        Kind kind = Kind::Action;
        QString text; ///< shown and matched; a “&” mnemonic is dropped
        QString detail; ///< shown beside it, not matched (a shortcut)
        std::function<void()> run;
    };

    /// Rows of a model to offer by name: the text of `column` in `role` of each
    /// top-level row. Choosing one calls `select` with that row's index (kept as a
    /// persistent index, so the row may move before it is chosen).
    struct ItemSource
    {
        QPointer<QAbstractItemModel> model;
        int column = 0;
        int role = Qt::DisplayRole;
        QString category; ///< shown as the detail (“Service”, “API key”)
        std::function<void(const QModelIndex &)> select;
    };

    explicit CommandPaletteModel(QObject *parent = nullptr);
    ~CommandPaletteModel() override;

    void setCommands(const QList<Command> &commands);
    void setItemSources(const QList<ItemSource> &sources);

    QString filterText() const { return m_filterText; }
    /// Filters and ranks again (also re-reads the item sources).
    void setFilterText(const QString &text);

    /// Runs the entry in that row; false when there is none (or it vanished).
    bool activate(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// How well query matches text: -1 for no match, otherwise 0 (text starts
    /// with it), 1 (a word starts with it), 2 (substring), 3 (initials). An empty
    /// query matches everything with 0.
    static int matchScore(const QString &text, const QString &query);
    /// The text without “&” mnemonics and trailing dots or ellipsis.
    static QString plainText(const QString &text);

private:
    struct Row
    {
        Kind kind = Kind::Action;
        QString text;
        QString detail;
        int score = 0;
        int order = 0;
        int command = -1; ///< index in m_commands, or -1 for an item
        int source = -1; ///< index in m_sources for an item
        QPersistentModelIndex item;
    };

    void rebuild();

    QList<Command> m_commands;
    QList<ItemSource> m_sources;
    QString m_filterText;
    QList<Row> m_rows;
};

} // namespace chcloud
