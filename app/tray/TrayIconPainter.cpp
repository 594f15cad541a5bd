#include "TrayIconPainter.h"

#include <QFile>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPixmap>
#include <QSvgRenderer>

// Q_INIT_RESOURCE must be called outside a namespace; calling it also makes the linker keep the
// resources of this static library.
static void initTrayResources()
{
    Q_INIT_RESOURCE(relayq_tray);
}

namespace relayq {

namespace {
const QColor kOutline(0x1b, 0x1f, 0x23); // dark enough on light panels, a rim on dark ones
const int kSizes[] = { 16, 20, 22, 24, 32, 40, 44, 48, 64, 96, 128 };
} // namespace

TrayIconLook TrayIconLook::of(const StatusSummary &summary)
{
    return { summary.state, summary.runnersOffline, summary.notificationsPaused };
}

TrayIconPainter::TrayIconPainter()
{
    initTrayResources();
    QFile file(QStringLiteral(":/relayq/icons/tray-state.svg"));
    if (file.open(QIODevice::ReadOnly))
        m_template = file.readAll();
    Q_ASSERT(!m_template.isEmpty());
}

QColor TrayIconPainter::stateColor(FleetState state)
{
    switch (state) {
    case FleetState::Disconnected: return QColor(0x8a, 0x8f, 0x98); // grey
    case FleetState::Critical: return QColor(0xd7, 0x3a, 0x49); // red
    case FleetState::Warning: return QColor(0xe3, 0xa0, 0x08); // amber
    case FleetState::Busy: return QColor(0x21, 0x88, 0xff); // blue
    case FleetState::Healthy: return QColor(0x2d, 0xa4, 0x4e); // green
    case FleetState::Unknown: break;
    }
    return QColor(0xd0, 0xd4, 0xd9); // neutral: no poll yet
}

QIcon TrayIconPainter::dot(const QColor &color)
{
    QIcon icon;
    for (int size : { 12, 16, 24, 32 }) {
        QPixmap pixmap(size, size);
        pixmap.fill(Qt::transparent);
        QPainter painter(&pixmap);
        painter.setRenderHint(QPainter::Antialiasing);
        painter.setPen(QPen(kOutline, qMax(1.0, size / 12.0)));
        painter.setBrush(color);
        const qreal inset = size * 0.15;
        painter.drawEllipse(QRectF(inset, inset, size - 2 * inset, size - 2 * inset));
        painter.end();
        icon.addPixmap(pixmap);
    }
    return icon;
}

QByteArray TrayIconPainter::svgFor(FleetState state) const
{
    // A light glyph on dark fills, a dark one on the light neutral and amber fills.
    const bool lightFill = state == FleetState::Unknown || state == FleetState::Warning;
    QByteArray svg = m_template;
    svg.replace("{{fill}}", stateColor(state).name().toLatin1());
    svg.replace("{{outline}}", kOutline.name().toLatin1());
    svg.replace("{{glyph}}", lightFill ? kOutline.name().toLatin1() : QByteArray("#ffffff"));
    return svg;
}

QImage TrayIconPainter::render(const TrayIconLook &look, int pixels) const
{
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    QSvgRenderer svg(svgFor(look.state));
    svg.render(&painter, QRectF(0, 0, pixels, pixels));
    if (look.paused)
        drawPausedMark(painter, pixels);
    if (look.offlineRunners > 0)
        drawBadge(painter, pixels, look.offlineRunners);
    painter.end();
    return image;
}

// A white disc with a dark rim and the count, in the lower right corner.
void TrayIconPainter::drawBadge(QPainter &painter, int pixels, int count)
{
    const qreal d = pixels * 0.56;
    const QRectF disc(pixels - d, pixels - d, d, d);
    painter.setPen(QPen(kOutline, qMax(1.0, pixels / 20.0)));
    painter.setBrush(Qt::white);
    painter.drawEllipse(disc.adjusted(0.5, 0.5, -0.5, -0.5));
    QFont font;
    font.setBold(true);
    font.setPixelSize(qMax(6, int(d * (count > 9 ? 0.5 : 0.7))));
    painter.setFont(font);
    painter.setPen(kOutline);
    painter.drawText(disc, Qt::AlignCenter,
                     count > 9 ? QStringLiteral("9+") : QString::number(count));
}

// Two bars on a dark disc in the upper right corner: notifications are paused.
void TrayIconPainter::drawPausedMark(QPainter &painter, int pixels)
{
    const qreal d = pixels * 0.5;
    const QRectF disc(pixels - d, 0, d, d);
    painter.setPen(QPen(Qt::white, qMax(1.0, pixels / 32.0)));
    painter.setBrush(kOutline);
    painter.drawEllipse(disc.adjusted(0.5, 0.5, -0.5, -0.5));
    const qreal barWidth = d * 0.16;
    const qreal barHeight = d * 0.5;
    const qreal top = disc.center().y() - barHeight / 2;
    painter.setPen(Qt::NoPen);
    painter.setBrush(Qt::white);
    painter.drawRect(QRectF(disc.center().x() - barWidth * 1.5, top, barWidth, barHeight));
    painter.drawRect(QRectF(disc.center().x() + barWidth * 0.5, top, barWidth, barHeight));
}

QIcon TrayIconPainter::icon(const TrayIconLook &look)
{
    const QString key = fleetStateKey(look.state) + QLatin1Char('/')
        + QString::number(look.offlineRunners) + QLatin1Char('/') + QString::number(look.paused);
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd())
        return *cached;
    QIcon icon;
    for (int size : kSizes)
        icon.addPixmap(QPixmap::fromImage(render(look, size)));
    m_cache.insert(key, icon);
    return icon;
}

} // namespace relayq
