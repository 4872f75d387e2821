#include "ErrorBanner.h"

#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QIcon>
#include <QLabel>

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
    setFrameShape(QFrame::StyledPanel);
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
    applyPalette();
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

void ErrorBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
}

void ErrorBanner::applyPalette()
{
    // The surroundings' colours: this banner's own palette carries its style sheet's background.
    const QPalette surroundings = parentWidget() ? parentWidget()->palette() : QApplication::palette();
    const QColor window = surroundings.color(QPalette::Window);
    const QColor red(0xd0, 0x30, 0x20);
    const QString sheet = u"chcloud--ErrorBanner { background: %1; border: 1px solid %2; border-radius: 4px; }"_s.arg(
        blend(window, red, 0.12).name(), blend(window, red, 0.5).name());
    // Setting the same sheet again would re-polish, and with it send another PaletteChange.
    if (styleSheet() != sheet)
        setStyleSheet(sheet);
}

} // namespace chcloud
