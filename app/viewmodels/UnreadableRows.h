#pragma once

#include "domain/JsonFields.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace chcloud {

/// How a page tells the user that some rows of a list could not be read: the
/// readable rows show, and this explains the rest (the tooltip of the warning).
class UnreadableRows
{
    Q_DECLARE_TR_FUNCTIONS(UnreadableRows)

public:
    /// One line per row: "row 3 (id …): result[3].endpoints[0].port: expected …".
    /// At most maxLines lines, then "… and N more".
    static QString details(const QList<json::UnreadableRow> &rows, int maxLines = 20);
};

} // namespace chcloud
