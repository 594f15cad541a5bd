#pragma once
// One look of the tray icon as a QIcon that draws a size only when someone asks for it and keeps
// what it drew. A tray host asks for one size (XEmbed: its slot) or a few (StatusNotifierItem:
// Qt sends every advertised size up to 64 px, plus 16 and 22); drawing all sizes up front on
// every change of look was most of the tray's idle CPU time.

#include <QHash>
#include <QIconEngine>
#include <QImage>
#include <QList>

#include <functional>
#include <memory>

namespace relayq {

class TrayIconEngine : public QIconEngine
{
public:
    // Draws the icon at `pixels` × `pixels` device pixels.
    using Draw = std::function<QImage(int pixels)>;

    // `sizes`: what availableSizes() advertises (square, in pixels); any other size is drawn
    // too when asked for. `drawn` (may be null) counts every image drawn, for tests.
    TrayIconEngine(Draw draw, QList<int> sizes, std::shared_ptr<int> drawn);

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override;
    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QSize actualSize(const QSize &size, QIcon::Mode mode, QIcon::State state) override;
    QList<QSize> availableSizes(QIcon::Mode mode, QIcon::State state) override;
    QString key() const override;
    QIconEngine *clone() const override;

private:
    Draw m_draw;
    QList<int> m_sizes;
    std::shared_ptr<int> m_drawn;
    // Shared with clones: a QIcon detaches (clones its engine) on harmless calls.
    std::shared_ptr<QHash<int, QPixmap>> m_pixmaps;
};

} // namespace relayq
