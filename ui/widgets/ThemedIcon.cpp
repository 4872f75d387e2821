#include "ThemedIcon.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QImage>
#include <QPainter>
#include <QPalette>
#include <QPixmap>
#include <QPixmapCache>
#include <QSvgRenderer>

using namespace Qt::StringLiterals;

namespace chcloud::ThemedIcon {

namespace {

/// The stroke and fill colour the line icons are drawn with in resources/icons.
constexpr QByteArrayView TemplateColor = "#3b4252";

class PaletteIconEngine final : public QIconEngine
{
public:
    explicit PaletteIconEngine(QString path)
        : m_path(std::move(path))
    {
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly))
            m_svg = file.readAll();
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        const qreal ratio = painter->device() ? painter->device()->devicePixelRatio() : 1.0;
        QPixmap drawn = pixmap(rect.size() * ratio, mode, state);
        drawn.setDevicePixelRatio(ratio);
        painter->drawPixmap(rect.topLeft(), drawn);
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State /*state*/) override
    {
        if (m_svg.isEmpty() || size.isEmpty())
            return {};
        const QColor color = colorFor(mode);
        const QString key = u"chcloud-icon:%1:%2x%3:%4"_s.arg(m_path)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(color.name(QColor::HexArgb));
        QPixmap cached;
        if (QPixmapCache::find(key, &cached))
            return cached;
        QByteArray svg = m_svg;
        svg.replace(TemplateColor, color.name().toLatin1());
        QSvgRenderer renderer(svg);
        QImage image(size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            // Square icons: keep the aspect ratio inside a non-square request.
            const int side = qMin(size.width(), size.height());
            const QRectF target((size.width() - side) / 2.0, (size.height() - side) / 2.0, side, side);
            renderer.render(&painter, target);
        }
        cached = QPixmap::fromImage(image);
        QPixmapCache::insert(key, cached);
        return cached;
    }

    QSize actualSize(const QSize &size, QIcon::Mode /*mode*/, QIcon::State /*state*/) override { return size; }

    QIconEngine *clone() const override { return new PaletteIconEngine(*this); }

    QString key() const override { return u"chcloud-palette-svg"_s; }

    bool isNull() override { return m_svg.isEmpty(); }

private:
    QString m_path;
    QByteArray m_svg;
};

} // namespace

QIcon icon(const QString &name)
{
    return QIcon(new PaletteIconEngine(u":/icons/"_s + name + u".svg"_s));
}

QColor colorFor(QIcon::Mode mode)
{
    const QPalette palette = QApplication::palette();
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::ButtonText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    case QIcon::Normal:
    case QIcon::Active:
        break;
    }
    return palette.color(QPalette::Active, QPalette::ButtonText);
}

} // namespace chcloud::ThemedIcon
