#include "TrayIconPainter.h"

#include "TrayIconEngine.h"

#include <QFile>
#include <QFont>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
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
const QColor kInk(0x1b, 0x1f, 0x23); // dark: a rim on light panels, marks inside the disc
const QColor kPaper(0xf0, 0xf3, 0xf6); // light: a rim on dark panels
// What a StatusNotifierItem host is offered (Qt sends none above 64 px): panels of 16 to 48 px
// at 1x, and 16 to 32 px at 2x. Each is drawn only when asked for.
const QList<int> kAdvertisedSizes { 16, 22, 24, 32, 48, 64 };
// Looks kept: the states a fleet moves between in a day, in both panel tones.
const qsizetype kCachedLooks = 12;
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

PanelTone TrayIconPainter::toneOf(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128 ? PanelTone::Dark : PanelTone::Light;
}

std::optional<PanelTone> TrayIconPainter::toneChoice(const QString &setting)
{
    if (setting == QLatin1String("light"))
        return PanelTone::Light;
    if (setting == QLatin1String("dark"))
        return PanelTone::Dark;
    return std::nullopt;
}

QColor TrayIconPainter::rimColor(PanelTone tone)
{
    return tone == PanelTone::Dark ? kPaper : kInk;
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
        painter.setPen(QPen(kInk, qMax(1.0, size / 12.0)));
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
    svg.replace("{{outline}}", rimColor(m_tone).name().toLatin1());
    svg.replace("{{ink}}", kInk.name().toLatin1());
    svg.replace("{{glyph}}", lightFill ? kInk.name().toLatin1() : QByteArray("#ffffff"));
    return svg;
}

QImage TrayIconPainter::render(const TrayIconLook &look, int pixels) const
{
    QSvgRenderer svg(svgFor(look.state));
    return draw(svg, look, m_tone, pixels);
}

QImage TrayIconPainter::draw(QSvgRenderer &svg, const TrayIconLook &look, PanelTone tone,
                             int pixels)
{
    QImage image(pixels, pixels, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, pixels, pixels));
    if (look.paused)
        drawPausedMark(painter, tone, pixels);
    if (look.offlineRunners > 0)
        drawBadge(painter, tone, pixels, look.offlineRunners);
    painter.end();
    return image;
}

// The count on a disc in the lower right corner: white with a dark rim on a light panel, dark
// with a light rim on a dark one, so the badge's edge stands out from panel and fill alike.
void TrayIconPainter::drawBadge(QPainter &painter, PanelTone tone, int pixels, int count)
{
    const bool dark = tone == PanelTone::Dark;
    const qreal d = pixels * 0.56;
    const QRectF disc(pixels - d, pixels - d, d, d);
    painter.setPen(QPen(rimColor(tone), qMax(1.0, pixels / 20.0)));
    painter.setBrush(dark ? kInk : QColor(Qt::white));
    painter.drawEllipse(disc.adjusted(0.5, 0.5, -0.5, -0.5));
    QFont font;
    font.setBold(true);
    font.setPixelSize(qMax(6, int(d * (count > 9 ? 0.5 : 0.7))));
    painter.setFont(font);
    painter.setPen(dark ? QColor(Qt::white) : kInk);
    painter.drawText(disc, Qt::AlignCenter,
                     count > 9 ? QStringLiteral("9+") : QString::number(count));
}

// Two bars on a disc in the upper right corner: notifications are paused. The disc takes the
// panel's contrast colour (dark on light panels, light on dark ones), the bars the other one.
void TrayIconPainter::drawPausedMark(QPainter &painter, PanelTone tone, int pixels)
{
    const QColor disc = rimColor(tone);
    const QColor bars = tone == PanelTone::Dark ? kInk : QColor(Qt::white);
    const qreal d = pixels * 0.5;
    const QRectF area(pixels - d, 0, d, d);
    painter.setPen(QPen(bars, qMax(1.0, pixels / 32.0)));
    painter.setBrush(disc);
    painter.drawEllipse(area.adjusted(0.5, 0.5, -0.5, -0.5));
    const qreal barWidth = d * 0.16;
    const qreal barHeight = d * 0.5;
    const qreal top = area.center().y() - barHeight / 2;
    painter.setPen(Qt::NoPen);
    painter.setBrush(bars);
    painter.drawRect(QRectF(area.center().x() - barWidth * 1.5, top, barWidth, barHeight));
    painter.drawRect(QRectF(area.center().x() + barWidth * 0.5, top, barWidth, barHeight));
}

QIcon TrayIconPainter::icon(const TrayIconLook &look)
{
    const QString key = fleetStateKey(look.state) + QLatin1Char('/')
        + QString::number(look.offlineRunners) + QLatin1Char('/') + QString::number(look.paused)
        + (m_tone == PanelTone::Dark ? QLatin1String("/dark") : QLatin1String("/light"));
    const auto cached = m_cache.constFind(key);
    if (cached != m_cache.constEnd())
        return *cached;
    if (m_cache.size() >= kCachedLooks)
        m_cache.clear(); // a QIcon in use (the tray's) keeps its engine and images
    // Parsed once per look (a third of drawing one size), when the first size is asked for.
    auto svg = std::make_shared<std::optional<QSvgRenderer>>();
    const QByteArray source = svgFor(look.state);
    const PanelTone tone = m_tone;
    const QIcon icon(new TrayIconEngine(
        [svg, source, look, tone](int pixels) {
            if (!svg->has_value())
                svg->emplace(source);
            return draw(**svg, look, tone, pixels);
        },
        kAdvertisedSizes, m_drawn));
    m_cache.insert(key, icon);
    return icon;
}

} // namespace relayq
