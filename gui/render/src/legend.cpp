#include "sitefit/gui/legend.hpp"

#include <algorithm>

#include "symbology.hpp"

namespace sitefit::gui {

std::vector<LegendGroup> legendOf(const MapData& data, const MapResults& results,
                                  const MapSettings& settings) {
    std::vector<LegendGroup> groups;
    for (auto layer = settings.layers.rbegin(); layer != settings.layers.rend(); ++layer) {
        if (!layer->visible || layer->opacity <= 0.0) {
            continue;
        }
        const detail::LayerStyle style(data, results, *layer);
        const std::size_t items = style.itemCount();
        if (items == 0) {
            continue;  // no candidates or no plan yet: nothing to explain
        }
        // The classes used by at least one feature: a categorised legend lists its fixed
        // categories anyway (a planner looks for "available" even where there is none), but
        // "no data" and "no chain" only appear when something is drawn that way.
        std::vector<bool> used(style.classes().size(), false);
        for (std::size_t item = 0; item < items; ++item) {
            used[style.classOf(item)] = true;
        }
        const bool lastIsNoData = style.graduated() || style.theme() == Theme::Chain;
        LegendGroup group;
        group.title = style.title();
        for (std::size_t i = 0; i < style.classes().size(); ++i) {
            if (lastIsNoData && i == style.noDataClass() && !used[i]) {
                continue;
            }
            const detail::SymbolClass& symbol = style.classes()[i];
            group.entries.push_back(LegendEntry{symbol.label, symbol.fill,
                                                detail::outlineColour(layer->layer, symbol),
                                                style.symbol()});
        }
        groups.push_back(std::move(group));
    }
    return groups;
}

}  // namespace sitefit::gui
