#include "StatusColors.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <algorithm>
#include <array>
#include <cmath>

namespace chcloud::StatusColors {

namespace {

constexpr const char *StatusProperty = "chcloudStatus";
constexpr const char *PanelProperty = "chcloudStatusPanel";

struct TonePair
{
    QRgb light; ///< on a light palette
    QRgb dark; ///< on a dark palette
};

QColor pick(const TonePair &pair, const QPalette &palette)
{
    return QColor::fromRgb(isDark(palette) ? pair.dark : pair.light);
}

/// Status text colours: on light windows the tones the app always used, on dark
/// windows their light counterparts.
TonePair textTone(Status status)
{
    switch (status) {
    case Status::Problem:
        return { 0xffb00020, 0xffff8a80 };
    case Status::Warning:
        return { 0xff8a4500, 0xffffb74d };
    case Status::Success:
        return { 0xff1b5e20, 0xff81c784 };
    case Status::None:
        break;
    }
    return { 0xff1a1a1a, 0xffe8e8e8 };
}

struct BadgeTones
{
    TonePair background;
    TonePair foreground;
};

BadgeTones badgeTones(Tone tone)
{
    switch (tone) {
    case Tone::Success:
        return { { 0xffd9f2dd, 0xff1f3d24 }, { 0xff1b5e20, 0xffa5d6a7 } };
    case Tone::PartlySuccess:
        return { { 0xffe8f3c9, 0xff33401a }, { 0xff4a5d0f, 0xffd4e89a } };
    case Tone::Neutral:
        return { { 0xffe4e6ea, 0xff3a3f45 }, { 0xff37474f, 0xffd5dde1 } };
    case Tone::Info:
        return { { 0xffdcebf7, 0xff1e3448 }, { 0xff1f4e79, 0xffa6cdef } };
    case Tone::Transition:
        return { { 0xffdbe4ff, 0xff223058 }, { 0xff1a3a8f, 0xffb4c6ff } };
    case Tone::Removing:
        return { { 0xffefe0f5, 0xff3d2647 }, { 0xff5b2a6e, 0xffdfbfec } };
    case Tone::Removed:
        return { { 0xffd5d5d5, 0xff3a3a3a }, { 0xff424242, 0xffd0d0d0 } };
    case Tone::Warning:
        return { { 0xffffe7c2, 0xff4a3412 }, { 0xff7a4300, 0xffffcc80 } };
    case Tone::Problem:
        return { { 0xffffd6d6, 0xff4d1c1c }, { 0xff8e1111, 0xffffb4ab } };
    case Tone::Unknown:
        break;
    }
    return { { 0xfff2eadf, 0xff3d352b }, { 0xff5d4b36, 0xffe3d6c3 } };
}

Tone panelTone(Status status)
{
    switch (status) {
    case Status::Problem:
        return Tone::Problem;
    case Status::Warning:
        return Tone::Warning;
    case Status::Success:
        return Tone::Success;
    case Status::None:
        break;
    }
    return Tone::Neutral;
}

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &color)
{
    return 0.2126 * channel(color.redF()) + 0.7152 * channel(color.greenF()) + 0.0722 * channel(color.blueF());
}

void apply(QWidget *widget);

/// Re-applies a marked widget's colours whenever its palette changes (the
/// application's appearance switched); a no-op once they are right, so the
/// palette change its own setPalette() causes ends there.
class Follower final : public QObject
{
public:
    using QObject::QObject;

    static Follower *instance()
    {
        static Follower *follower = nullptr;
        if (!follower)
            follower = new Follower(qApp);
        return follower;
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange) {
            if (auto *widget = qobject_cast<QWidget *>(watched))
                apply(widget);
        }
        return false;
    }
};

void apply(QWidget *widget)
{
    const auto status = Status(widget->property(StatusProperty).toInt());
    const bool asPanel = widget->property(PanelProperty).toBool();
    const QPalette application = QApplication::palette();
    if (status == Status::None && !asPanel) {
        if (widget->palette().resolveMask() != 0)
            widget->setPalette(QPalette());
        return;
    }
    QColor foreground = text(status, application);
    QColor background;
    if (asPanel) {
        const Badge look = panel(status, application);
        foreground = look.foreground;
        background = look.background;
    }
    const QPalette current = widget->palette();
    if (current.color(QPalette::WindowText) == foreground && current.color(QPalette::Text) == foreground
        && (!asPanel || current.color(QPalette::Window) == background) && current.resolveMask() != 0)
        return;
    QPalette palette;
    palette.setColor(QPalette::WindowText, foreground);
    palette.setColor(QPalette::Text, foreground);
    if (asPanel)
        palette.setColor(QPalette::Window, background);
    widget->setPalette(palette);
}

void follow(QWidget *widget)
{
    widget->installEventFilter(Follower::instance());
}

} // namespace

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < palette.color(QPalette::WindowText).lightness();
}

QColor text(Status status, const QPalette &palette)
{
    if (status == Status::None)
        return palette.color(QPalette::WindowText);
    return pick(textTone(status), palette);
}

QColor text(Status status)
{
    return text(status, QApplication::palette());
}

Badge badge(Tone tone, const QPalette &palette)
{
    const BadgeTones tones = badgeTones(tone);
    return { pick(tones.background, palette), pick(tones.foreground, palette) };
}

Badge badge(Tone tone)
{
    return badge(tone, QApplication::palette());
}

Badge panel(Status status, const QPalette &palette)
{
    return badge(panelTone(status), palette);
}

QColor series(int index, const QPalette &palette)
{
    // Ten hues that stay apart for the usual colour-vision deficiencies; lighter on dark backgrounds.
    static constexpr std::array<TonePair, 10> tones { {
        { 0xff3b6fb6, 0xff6f9de0 },
        { 0xffc27c1a, 0xffe8a33d },
        { 0xff3d8c65, 0xff5fc08f },
        { 0xffc4524b, 0xffe57f78 },
        { 0xff8a63b8, 0xffb08fdc },
        { 0xff2f8a96, 0xff4fc0ce },
        { 0xffc25a8a, 0xffe48bb4 },
        { 0xff8c7a4f, 0xffbfa875 },
        { 0xff5a7a1e, 0xff94bd45 },
        { 0xff5a6acf, 0xff8c98ee },
    } };
    const auto slot = std::size_t(index < 0 ? 0 : index) % tones.size();
    return pick(tones.at(slot), palette);
}

QColor seriesRest(const QPalette &palette)
{
    return pick({ 0xff8a8e94, 0xffa0a4aa }, palette);
}

void mark(QWidget *widget, Status status)
{
    if (!widget)
        return;
    widget->setProperty(StatusProperty, int(status));
    widget->setProperty(PanelProperty, false);
    follow(widget);
    apply(widget);
}

void markPanel(QWidget *widget, Status status)
{
    if (!widget)
        return;
    widget->setProperty(StatusProperty, int(status));
    widget->setProperty(PanelProperty, true);
    widget->setAutoFillBackground(true);
    follow(widget);
    apply(widget);
}

double contrastRatio(const QColor &first, const QColor &second)
{
    const double a = luminance(first);
    const double b = luminance(second);
    return (std::max(a, b) + 0.05) / (std::min(a, b) + 0.05);
}

} // namespace chcloud::StatusColors
