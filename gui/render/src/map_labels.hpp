#pragma once

#include <QFont>
#include <QPointF>
#include <QRectF>
#include <QString>
#include <vector>

class QPainter;

namespace sitefit::gui::detail {

// The kinds of label the map draws, each with its own font and colour, in placement
// priority order: a lower kind is placed first and wins a collision.
enum class LabelKind {
    Rank,     // candidate rank numbers
    Project,  // project ids on allocated sites
    Zone,     // zone names
    Figure,   // capacity figures
    Feature,  // parcel and building ids, enterprise names
};

// A label a layer would like drawn, in device pixels.
struct LabelCandidate {
    QString text;
    QPointF anchor;  // the label's centre
    LabelKind kind = LabelKind::Feature;
    // When not empty the label is only drawn if it fits in this rectangle (the feature's
    // outline in pixels): ids appear as the map is zoomed in far enough to read them.
    QRectF fit_within;
};

// The label font: WenQuanYi Micro Hei (Chinese names must not fall back to boxes), then
// other CJK fonts, at `point_size` for a device of `dpi`.
[[nodiscard]] QFont labelFont(double point_size, double dpi, bool bold = false);
[[nodiscard]] QFont labelFont(LabelKind kind, double dpi);

// Draws the candidates with a white halo, by kind then in the order given, skipping every
// label whose rectangle meets one already drawn or leaves `bounds`.
void drawLabels(QPainter& painter, std::vector<LabelCandidate> candidates, const QRectF& bounds,
                double dpi);

// Text with a halo of `halo_px` device pixels around each glyph, for readability over any
// fill; the glyphs stay text (fonts embedded in a PDF), the halo is a path.
void drawHaloText(QPainter& painter, const QPointF& baseline_left, const QString& text,
                  const QFont& font, const QColor& colour, double halo_px);

}  // namespace sitefit::gui::detail
