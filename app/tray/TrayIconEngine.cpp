#include "TrayIconEngine.h"

#include <QPainter>
#include <QPixmap>

namespace relayq {

TrayIconEngine::TrayIconEngine(Draw draw, QList<int> sizes, std::shared_ptr<int> drawn)
    : m_draw(std::move(draw))
    , m_sizes(std::move(sizes))
    , m_drawn(std::move(drawn))
    , m_pixmaps(std::make_shared<QHash<int, QPixmap>>())
{ }

QPixmap TrayIconEngine::pixmap(const QSize &size, QIcon::Mode, QIcon::State)
{
    // Square, the smaller side: a panel slot of 24 × 30 gets a crisp 24 px icon.
    const int pixels = qMin(size.width(), size.height());
    if (pixels <= 0)
        return QPixmap();
    const auto found = m_pixmaps->constFind(pixels);
    if (found != m_pixmaps->constEnd())
        return *found;
    const QPixmap drawn = QPixmap::fromImage(m_draw(pixels));
    if (m_drawn)
        ++*m_drawn;
    m_pixmaps->insert(pixels, drawn);
    return drawn;
}

void TrayIconEngine::paint(QPainter *painter, const QRect &rect, QIcon::Mode mode,
                           QIcon::State state)
{
    const qreal ratio = painter->device() ? painter->device()->devicePixelRatioF() : 1.0;
    const int side = qMin(rect.width(), rect.height());
    QPixmap image = pixmap(QSize(side, side) * ratio, mode, state);
    image.setDevicePixelRatio(ratio);
    const QRect target(rect.x() + (rect.width() - side) / 2, rect.y() + (rect.height() - side) / 2,
                       side, side);
    painter->drawPixmap(target, image);
}

QSize TrayIconEngine::actualSize(const QSize &size, QIcon::Mode, QIcon::State)
{
    const int side = qMin(size.width(), size.height());
    return QSize(side, side);
}

QList<QSize> TrayIconEngine::availableSizes(QIcon::Mode, QIcon::State)
{
    QList<QSize> sizes;
    for (int pixels : std::as_const(m_sizes))
        sizes.append(QSize(pixels, pixels));
    return sizes;
}

QString TrayIconEngine::key() const
{
    return QStringLiteral("relayq-tray-state");
}

QIconEngine *TrayIconEngine::clone() const
{
    return new TrayIconEngine(*this);
}

} // namespace relayq
