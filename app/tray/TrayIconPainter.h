#pragma once
// Draws the tray icon: one SVG template (resources/icons/tray-state.svg) coloured per fleet
// state, with a count badge for offline runners and a "paused" mark, rendered for every size a
// panel may ask for (16 … 64 px at 1x and 2x) so it stays crisp at any device pixel ratio.

#include "StatusSummary.h"

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QImage>

namespace relayq {

struct TrayIconLook
{
    FleetState state = FleetState::Unknown;
    int offlineRunners = 0; // badge; none when 0
    bool paused = false; // notifications paused

    static TrayIconLook of(const StatusSummary &summary);
    friend bool operator==(const TrayIconLook &, const TrayIconLook &) = default;
};

class TrayIconPainter
{
public:
    TrayIconPainter();

    static QColor stateColor(FleetState state);
    // A small filled circle with a dark rim: the status dots of the window's lists.
    static QIcon dot(const QColor &color);
    // One image of `pixels` × `pixels` device pixels.
    QImage render(const TrayIconLook &look, int pixels) const;
    // Every size, cached per look: the tray refreshes often, the look rarely changes.
    QIcon icon(const TrayIconLook &look);

private:
    QByteArray svgFor(FleetState state) const;
    static void drawBadge(QPainter &painter, int pixels, int count);
    static void drawPausedMark(QPainter &painter, int pixels);

    QByteArray m_template;
    QHash<QString, QIcon> m_cache;
};

} // namespace relayq
