#include "CommandPaletteModel.h"

#include <algorithm>

namespace chcloud {

namespace {

bool isWordStart(const QString &text, qsizetype i)
{
    if (!text.at(i).isLetterOrNumber())
        return false;
    return i == 0 || !text.at(i - 1).isLetterOrNumber();
}

/// The query's letters and digits, in order, are first letters of the text's words.
bool matchesInitials(const QString &text, const QString &query)
{
    qsizetype q = 0;
    for (qsizetype i = 0; i < text.size() && q < query.size(); ++i) {
        while (q < query.size() && !query.at(q).isLetterOrNumber())
            ++q;
        if (q < query.size() && isWordStart(text, i) && text.at(i) == query.at(q))
            ++q;
    }
    while (q < query.size() && !query.at(q).isLetterOrNumber())
        ++q;
    return q == query.size();
}

} // namespace

CommandPaletteModel::CommandPaletteModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

CommandPaletteModel::~CommandPaletteModel() = default;

void CommandPaletteModel::setCommands(const QList<Command> &commands)
{
    m_commands = commands;
    rebuild();
}

void CommandPaletteModel::setItemSources(const QList<ItemSource> &sources)
{
    m_sources = sources;
    rebuild();
}

void CommandPaletteModel::setFilterText(const QString &text)
{
    m_filterText = text;
    rebuild();
}

QString CommandPaletteModel::plainText(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            // “&&” is a literal ampersand; a single one marks the mnemonic.
            if (i + 1 < text.size() && text.at(i + 1) == u'&') {
                result.append(u'&');
                ++i;
            }
            continue;
        }
        result.append(text.at(i));
    }
    while (result.endsWith(u'…') || result.endsWith(u'.'))
        result.chop(1);
    return result.trimmed();
}

int CommandPaletteModel::matchScore(const QString &text, const QString &query)
{
    const QString needle = query.trimmed().toCaseFolded();
    if (needle.isEmpty())
        return 0;
    const QString haystack = text.toCaseFolded();
    if (haystack.startsWith(needle))
        return 0;
    qsizetype from = 0;
    bool found = false;
    while ((from = haystack.indexOf(needle, from)) >= 0) {
        found = true;
        if (isWordStart(haystack, from))
            return 1;
        ++from;
    }
    if (found)
        return 2;
    if (matchesInitials(haystack, needle))
        return 3;
    return -1;
}

void CommandPaletteModel::rebuild()
{
    beginResetModel();
    m_rows.clear();
    int order = 0;
    for (int i = 0; i < m_commands.size(); ++i) {
        const Command &command = m_commands.at(i);
        const QString text = plainText(command.text);
        const int score = matchScore(text, m_filterText);
        if (score < 0 || text.isEmpty())
            continue;
        Row row;
        row.kind = command.kind;
        row.text = text;
        row.detail = command.detail;
        row.score = score;
        row.order = order++;
        row.command = i;
        m_rows.append(row);
    }
    for (int s = 0; s < m_sources.size(); ++s) {
        const ItemSource &source = m_sources.at(s);
        QAbstractItemModel *model = source.model;
        if (!model)
            continue;
        const int count = model->rowCount();
        for (int r = 0; r < count; ++r) {
            const QModelIndex index = model->index(r, source.column);
            const QString text = index.data(source.role).toString().trimmed();
            if (text.isEmpty())
                continue;
            const int score = matchScore(text, m_filterText);
            if (score < 0)
                continue;
            Row row;
            row.kind = Kind::Item;
            row.text = text;
            row.detail = source.category;
            row.score = score;
            row.order = order++;
            row.source = s;
            row.item = index;
            m_rows.append(row);
        }
    }
    std::stable_sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) {
        return a.score != b.score ? a.score < b.score : a.order < b.order;
    });
    endResetModel();
}

bool CommandPaletteModel::activate(int row)
{
    if (row < 0 || row >= m_rows.size())
        return false;
    const Row chosen = m_rows.at(row);
    if (chosen.command >= 0) {
        const Command command = m_commands.at(chosen.command);
        if (!command.run)
            return false;
        command.run();
        return true;
    }
    if (chosen.source < 0 || chosen.source >= m_sources.size() || !chosen.item.isValid())
        return false;
    const ItemSource source = m_sources.at(chosen.source);
    if (!source.select || source.model != chosen.item.model())
        return false;
    source.select(chosen.item);
    return true;
}

int CommandPaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant CommandPaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return row.text;
    case Qt::ToolTipRole:
        return row.detail.isEmpty() ? row.text : QString(row.text + QStringLiteral(" — ") + row.detail);
    case DetailRole:
        return row.detail;
    case KindRole:
        return int(row.kind);
    case ScoreRole:
        return row.score;
    default:
        return {};
    }
}

QHash<int, QByteArray> CommandPaletteModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(DetailRole, "detail");
    names.insert(KindRole, "kind");
    names.insert(ScoreRole, "score");
    return names;
}

} // namespace chcloud
