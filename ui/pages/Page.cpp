#include "Page.h"

namespace chcloud {

Page::Page(QWidget *parent)
    : QWidget(parent)
{
}

} // namespace chcloud
