#pragma once
// Draws the tray icon: one SVG template (resources/icons/tray-state.svg) coloured per fleet
// state, with a count badge for offline runners and a "paused" mark, drawn at whatever size the
// panel asks for (TrayIconEngine: only the sizes asked for, each once per look) so it stays
// crisp at any device pixel ratio. The rim and the marks follow the panel: dark on a light
// panel, light on a dark one.

#include "StatusSummary.h"

#include <QColor>
#include <QHash>
#include <QIcon>
#include <QImage>

#include <memory>
#include <optional>

class QPalette;
class QSvgRenderer;

namespace relayq {

struct TrayIconLook
{
    FleetState state = FleetState::Unknown;
    int offlineRunners = 0; // badge; none when 0
    bool paused = false; // notifications paused

    static TrayIconLook of(const StatusSummary &summary);
    friend bool operator==(const TrayIconLook &, const TrayIconLook &) = default;
};

// The panel the icon sits on. Panels rarely say; the application palette is the best guess.
enum class PanelTone { Light, Dark };

class TrayIconPainter
{
public:
    TrayIconPainter();

    // Dark window colour in the palette: a dark desktop, so most likely a dark panel.
    static PanelTone toneOf(const QPalette &palette);
    // The setting "app/tray_icon_tone": "light", "dark"; nothing for "auto" (follow the palette).
    static std::optional<PanelTone> toneChoice(const QString &setting);
    // Rim, badge and mark colours from now on; the default is Light.
    void setPanelTone(PanelTone tone) { m_tone = tone; }
    PanelTone panelTone() const { return m_tone; }
    // The rim around the icon and the badge on this panel.
    static QColor rimColor(PanelTone tone);

    static QColor stateColor(FleetState state);
    // A small filled circle with a dark rim: the status dots of the window's lists.
    static QIcon dot(const QColor &color);
    // One image of `pixels` × `pixels` device pixels.
    QImage render(const TrayIconLook &look, int pixels) const;
    // The icon of a look in the current panel tone, cached (the last few looks): each size is
    // drawn when first asked for. Advertises 16 … 64 px (what a StatusNotifierItem host gets).
    QIcon icon(const TrayIconLook &look);
    // Images drawn so far by this painter's icons (not by render()), for tests and benchmarks.
    int drawnImages() const { return *m_drawn; }

private:
    static QImage draw(QSvgRenderer &svg, const TrayIconLook &look, PanelTone tone, int pixels);
    static void drawBadge(QPainter &painter, PanelTone tone, int pixels, int count);
    static void drawPausedMark(QPainter &painter, PanelTone tone, int pixels);
    QByteArray svgFor(FleetState state) const;

    QByteArray m_template;
    PanelTone m_tone = PanelTone::Light;
    QHash<QString, QIcon> m_cache;
    std::shared_ptr<int> m_drawn = std::make_shared<int>(0);
};

} // namespace relayq
