#pragma once

#include <QColor>
#include <QString>
#include <vector>

#include "sitefit/gui/map_data.hpp"
#include "sitefit/gui/map_results.hpp"
#include "sitefit/gui/map_settings.hpp"

namespace sitefit::gui {

struct LegendEntry {
    enum class Symbol { Fill, Point, Outline };
    QString label;  // translated: "Available", "0.8–1.2", "Rank 1–3", ...
    QColor fill;
    QColor stroke;
    Symbol symbol = Symbol::Fill;
};

struct LegendGroup {
    QString title;  // the layer and its theme, translated ("Parcels — status")
    std::vector<LegendEntry> entries;
};

// The legend of every visible layer, top layer first, with exactly the colours the
// renderer uses (graduated classes are computed from the data, so the legend needs it).
[[nodiscard]] std::vector<LegendGroup> legendOf(const MapData& data, const MapResults& results,
                                                const MapSettings& settings);

}  // namespace sitefit::gui
