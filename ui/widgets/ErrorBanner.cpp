#include "ErrorBanner.h"

#include "StatusColors.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>

using namespace Qt::StringLiterals;

namespace chcloud {

namespace {

/// `base` moved toward `tint` by `amount` (0…1).
QColor blend(const QColor &base, const QColor &tint, qreal amount)
{
    const auto mix = [amount](qreal from, qreal to) {
        return from + (to - from) * amount;
    };
    return QColor::fromRgbF(float(mix(base.redF(), tint.redF())), float(mix(base.greenF(), tint.greenF())),
                            float(mix(base.blueF(), tint.blueF())));
}

} // namespace

ErrorBanner::ErrorBanner(QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
{
    setFrameShape(QFrame::NoFrame);
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

void ErrorBanner::paintEvent(QPaintEvent * /*event*/)
{
    // The surroundings' window colour with a red tint, so it reads on light and dark palettes alike.
    const QPalette surroundings = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const QColor window = surroundings.color(QPalette::Window);
    const QColor red = StatusColors::text(StatusColors::Status::Problem, surroundings);
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    QPainterPath outline;
    outline.addRoundedRect(QRectF(rect()).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
    painter.fillPath(outline, blend(window, red, 0.12));
    painter.setPen(QPen(blend(window, red, 0.5), 1));
    painter.drawPath(outline);
}

} // namespace chcloud
