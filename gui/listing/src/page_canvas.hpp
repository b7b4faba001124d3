#pragma once

#include <QColor>
#include <QFont>
#include <QRectF>
#include <QString>
#include <functional>
#include <vector>

#include "sitefit/gui/legend.hpp"
#include "sitefit/gui/map_renderer.hpp"

class QPainter;

namespace sitefit::gui::detail {

// The brochure's look: one place for its colours, so PDF and HTML agree.
namespace brochure_colours {
inline const QColor kPrimary(0x0e, 0x4d, 0x64);       // deep teal: bands, headings
inline const QColor kPrimaryLight(0xe3, 0xee, 0xf2);  // table headers, panels
inline const QColor kAccent(0xe8, 0x77, 0x22);        // listed sites, key figures
inline const QColor kInk(0x26, 0x26, 0x26);
inline const QColor kMuted(0x6b, 0x72, 0x80);
inline const QColor kRule(0xd4, 0xd9, 0xde);
inline const QColor kZebra(0xf6, 0xf8, 0xf9);
inline const QColor kBandText(0xd6, 0xec, 0xf2);  // text on a kPrimary band
}  // namespace brochure_colours

// A key figure shown large: "1,234" "亩" "Available land".
struct FigureTile {
    QString value;
    QString unit;
    QString label;
};

struct TableColumn {
    QString title;  // may hold "\n" for a unit line
    double share = 1.0;
    bool numeric = false;  // right-aligned
};

// Draws an A4 page in device pixels with positions and sizes given in millimetres.
class PageCanvas {
public:
    static constexpr double kPageWidthMm = 210.0;
    static constexpr double kPageHeightMm = 297.0;
    static constexpr double kMarginMm = 14.0;
    // Where the text column starts and how wide it is.
    static constexpr double kLeftMm = kMarginMm;
    static constexpr double kTextWidthMm = kPageWidthMm - 2 * kMarginMm;

    PageCanvas(QPainter& painter, double dpi);

    [[nodiscard]] double px(double mm) const { return mm * m_dpi / 25.4; }
    [[nodiscard]] QRectF rect(double x_mm, double y_mm, double w_mm, double h_mm) const;
    [[nodiscard]] QFont font(double point_size, bool bold = false) const;
    [[nodiscard]] double dpi() const { return m_dpi; }
    [[nodiscard]] QPainter& painter() { return m_painter; }

    void fill(const QRectF& rect_mm, const QColor& colour);
    // Text in a box (mm), elided to one line unless `wrap`; returns the height used (mm).
    double text(const QRectF& rect_mm, const QString& text, const QFont& font, const QColor& colour,
                int flags = 0, bool wrap = false);
    void tiles(const QRectF& area_mm, const std::vector<FigureTile>& tiles);
    // Header row then rows; returns the height used (mm).
    double table(double x_mm, double y_mm, double width_mm, const std::vector<TableColumn>& columns,
                 const std::vector<std::vector<QString>>& rows, double header_mm, double row_mm);
    // The map of `snapshot` in `rect_mm`, with scale bar and north arrow, and a thin frame;
    // `overlay` paints over it in the map's pixels (its snapshot sized to the frame).
    using MapOverlay = std::function<void(QPainter&, const MapSnapshot&)>;
    void map(const QRectF& rect_mm, MapSnapshot snapshot, const MapOverlay& overlay = {});
    // Legend groups in one or two lines under a map; returns the height used (mm).
    double legendStrip(const QRectF& rect_mm, const std::vector<LegendGroup>& groups);
    void footer(const QString& left, int page, int pages);

private:
    QPainter& m_painter;
    double m_dpi;
};

}  // namespace sitefit::gui::detail
