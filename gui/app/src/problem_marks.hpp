#pragma once

#include <QColor>
#include <QPointF>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "map_canvas.hpp"
#include "sitefit/core/data_problem.hpp"
#include "sitefit/gui/map_data.hpp"

namespace sitefit::gui {

// A problem's colour, on the map and in the Problems panel alike: red for an error, orange
// for a warning.
[[nodiscard]] QColor problemColour(core::Severity severity);

// Where a problem shows on the map (workspace CRS): its own location, else the middle of
// its feature's bounding box when that feature is on the map (a value warning, which the
// reader gives no location); none for a feature left out without a location, a project or
// a layer-wide problem.
class ProblemLocator {
public:
    // `map` may be null: then only the problems' own locations are known.
    explicit ProblemLocator(std::shared_ptr<const MapData> map);

    [[nodiscard]] std::optional<QPointF> locate(const core::DataProblem& problem) const;

private:
    using Index = std::unordered_map<std::string, std::size_t>;
    std::shared_ptr<const MapData> m_map;
    Index m_zones;
    Index m_parcels;
    Index m_buildings;
    Index m_enterprises;
};

// A mark at every problem of `report` the locator places, in its severity's colour:
// warnings first, so that an error at the same place is drawn over them.
[[nodiscard]] std::vector<MapMark> problemMarks(const core::ProblemReport& report,
                                                const ProblemLocator& locator);

}  // namespace sitefit::gui
