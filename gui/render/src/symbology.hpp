#pragma once

#include <QColor>
#include <QString>
#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "sitefit/gui/legend.hpp"
#include "sitefit/gui/map_data.hpp"
#include "sitefit/gui/map_results.hpp"
#include "sitefit/gui/map_settings.hpp"

namespace sitefit::gui::detail {

// One colour class of a theme: a category or a graduated interval.
struct SymbolClass {
    QString label;  // translated, as the legend shows it
    QColor fill;
    QColor stroke;
};

// How one layer is drawn: which class each of its items falls in, the classes' colours and
// the layer's title. Built per render (cheap: only the categorised themes with open code
// lists scan the data) and shared by the painter and the legend, so both use the same
// colours by construction.
//
// Items are features of the layer's source (zones for Zones and Capacity, parcels,
// buildings, enterprises) or, for Candidates and Allocation, indices into
// MapResults::candidates and MapResults::placements.
class LayerStyle {
public:
    LayerStyle(const MapData& data, const MapResults& results, const LayerSettings& settings);

    // The settings' theme, or the layer's default when the layer cannot draw that theme.
    [[nodiscard]] Theme theme() const noexcept { return m_theme; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] LegendEntry::Symbol symbol() const noexcept;

    // Every class; graduated themes end with the "no data" class.
    [[nodiscard]] const std::vector<SymbolClass>& classes() const noexcept { return m_classes; }
    [[nodiscard]] std::size_t classOf(std::size_t item) const;
    // Whether the no-data class is used by any item (the legend lists it only then).
    [[nodiscard]] bool graduated() const noexcept;
    [[nodiscard]] std::size_t noDataClass() const noexcept { return m_classes.size() - 1; }

    // The number of items the layer has.
    [[nodiscard]] std::size_t itemCount() const noexcept;

private:
    [[nodiscard]] std::optional<double> graduatedValue(std::size_t item) const;
    void buildCategories();
    void buildGraduated();

    const MapData& m_data;
    const MapResults& m_results;
    MapLayerId m_layer;
    Theme m_theme;
    std::vector<SymbolClass> m_classes;
    std::vector<double> m_breaks;  // graduated: upper bounds of all classes but the last
    // Categorised themes with open code lists (land use, chain): code → class.
    std::unordered_map<std::string, std::size_t> m_codeClass;
    // Chain theme on enterprises: category code → class.
    std::unordered_map<std::string, std::size_t> m_categoryClass;
};

// A colour for a code no palette knows: the same code always gets the same colour.
[[nodiscard]] QColor fallbackColour(const std::string& code);

// The outline drawn around a fill of this colour.
[[nodiscard]] QColor strokeFor(const QColor& fill);

// The outline of a layer's features, at 96 dpi, in device pixels.
[[nodiscard]] double outlineWidth(MapLayerId layer);
// The outline colour of a feature of `symbol`'s class.
[[nodiscard]] QColor outlineColour(MapLayerId layer, const SymbolClass& symbol);

// The zone's name as a map label: the Chinese part of a bilingual "中文 English" name.
[[nodiscard]] QString zoneLabel(const core::Zone& zone);

}  // namespace sitefit::gui::detail
