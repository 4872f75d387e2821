#include "UnreadableRows.h"

namespace chcloud {

QString UnreadableRows::details(const QList<json::UnreadableRow> &rows, int maxLines)
{
    QStringList lines;
    for (const json::UnreadableRow &row : rows) {
        if (lines.size() == maxLines) {
            lines << tr("… and %n more", nullptr, int(rows.size()) - maxLines);
            break;
        }
        const QString where
            = row.id.isEmpty() ? tr("Row %1").arg(row.index + 1) : tr("Row %1 (id %2)").arg(row.index + 1).arg(row.id);
        lines << tr("%1: %2").arg(where, row.error.toString());
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace chcloud
