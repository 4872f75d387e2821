#include "ErrorBanner.h"

#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

using namespace Qt::StringLiterals;

namespace chcloud {

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setStyleSheet(u"chcloud--ErrorBanner { background: #fdf0ee; border: 1px solid #e3b4ad; border-radius: 4px; }"_s);
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/warning.svg"_s).pixmap(16, 16));
    m_label->setTextFormat(Qt::PlainText); // server error texts
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setObjectName(u"errorBannerText"_s);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    hide();
}

QString ErrorBanner::text() const
{
    return m_label->text();
}

void ErrorBanner::setText(const QString &text)
{
    m_label->setText(text);
    setVisible(!text.isEmpty());
}

} // namespace chcloud
