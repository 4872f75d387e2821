#include "TableHeaders.h"

#include <QHeaderView>

namespace chcloud {

namespace {

void widenToTitles(QHeaderView *header)
{
    for (int section = 0; section < header->count(); ++section) {
        if (header->isSectionHidden(section) || header->sectionResizeMode(section) != QHeaderView::Interactive)
            continue;
        const int needed = header->sectionSizeHint(section);
        if (header->sectionSize(section) < needed)
            header->resizeSection(section, needed);
    }
}

} // namespace

void TableHeaders::fitTitles(QHeaderView *header)
{
    widenToTitles(header);
    QObject::connect(header, &QHeaderView::sectionCountChanged, header, [header] { widenToTitles(header); });
}

} // namespace chcloud
