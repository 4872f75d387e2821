#pragma once

class QHeaderView;

namespace chcloud {

/// Column titles that fit their column in every language.
class TableHeaders
{
public:
    /// Widens each interactive section of `header` that is narrower than its
    /// title needs (a German or Japanese title is often wider than the default
    /// width or the width a page chose for the English one), now and whenever
    /// the number of sections changes. The user can still resize a column.
    static void fitTitles(QHeaderView *header);
};

} // namespace chcloud
