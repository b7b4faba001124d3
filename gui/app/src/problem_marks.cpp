#include "problem_marks.hpp"

#include <utility>

#include "sitefit/gis/drawable_layer.hpp"

namespace sitefit::gui {
namespace {

template <typename Feature, typename Id>
std::unordered_map<std::string, std::size_t> indexOf(const std::vector<Feature>& features, Id id) {
    std::unordered_map<std::string, std::size_t> index;
    index.reserve(features.size());
    for (std::size_t i = 0; i < features.size(); ++i) {
        index.emplace(features[i].*id, i);
    }
    return index;
}

}  // namespace

QColor problemColour(core::Severity severity) {
    return severity == core::Severity::Error ? QColor(215, 25, 28) : QColor(245, 145, 20);
}

ProblemLocator::ProblemLocator(std::shared_ptr<const MapData> map) : m_map(std::move(map)) {
    if (!m_map) {
        return;
    }
    const core::District& district = m_map->district;
    m_zones = indexOf(district.zones, &core::Zone::zone_id);
    m_parcels = indexOf(district.parcels, &core::Parcel::parcel_id);
    m_buildings = indexOf(district.buildings, &core::Building::building_id);
    m_enterprises = indexOf(district.enterprises, &core::Enterprise::enterprise_id);
}

std::optional<QPointF> ProblemLocator::locate(const core::DataProblem& problem) const {
    if (problem.location) {
        return QPointF(problem.location->x, problem.location->y);
    }
    if (!m_map || problem.feature.empty()) {
        return std::nullopt;
    }
    const Index* index = nullptr;
    const gis::DrawableLayer* layer = nullptr;
    if (problem.layer == "zones") {
        index = &m_zones;
        layer = m_map->zones.get();
    } else if (problem.layer == "parcels") {
        index = &m_parcels;
        layer = m_map->parcels.get();
    } else if (problem.layer == "buildings") {
        index = &m_buildings;
        layer = m_map->buildings.get();
    } else if (problem.layer == "enterprises") {
        index = &m_enterprises;
        layer = m_map->enterprises.get();
    } else {
        return std::nullopt;
    }
    const auto found = index->find(problem.feature);
    if (layer == nullptr || found == index->end() || found->second >= layer->size()) {
        return std::nullopt;
    }
    const gis::Envelope box = layer->feature(found->second).envelope;
    if (box.empty()) {
        return std::nullopt;
    }
    return QPointF((box.min_x + box.max_x) / 2.0, (box.min_y + box.max_y) / 2.0);
}

std::vector<MapMark> problemMarks(const core::ProblemReport& report,
                                  const ProblemLocator& locator) {
    std::vector<MapMark> marks;
    for (const core::Severity severity : {core::Severity::Warning, core::Severity::Error}) {
        for (const core::DataProblem& problem : report.problems()) {
            if (problem.severity != severity) {
                continue;
            }
            if (const std::optional<QPointF> at = locator.locate(problem)) {
                marks.push_back({at->x(), at->y(), problemColour(severity)});
            }
        }
    }
    return marks;
}

}  // namespace sitefit::gui
