#include <algorithm>
#include <array>

#include "detail/edit_plan.hpp"
#include "detail/geopackage_edit.hpp"
#include "detail/plan_link_edit.hpp"
#include "detail/postgis_edit.hpp"
#include "sitefit/gis/workspace_edit.hpp"
#include "sitefit/gis/workspace_location.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis {
namespace {

using namespace layer_names;
constexpr std::array kEditableLayers{kBuildings, kParcels, kProjects};

}  // namespace

std::size_t EditOutcome::fieldCount() const {
    std::size_t count = 0;
    for (const SavedRow& row : rows) {
        count += row.fields.size();
    }
    return count;
}

EditConflict::EditConflict(const std::string& message, ErrorContext context, std::string layer,
                           std::string id, std::int64_t expected_version,
                           std::int64_t actual_version, std::optional<LastEdit> last_edit)
    : Error(Kind::Input, message, std::move(context)),
      m_layer(std::move(layer)),
      m_id(std::move(id)),
      m_expected(expected_version),
      m_actual(actual_version),
      m_last(std::move(last_edit)) {}

bool WorkspaceEditor::isEditableLayer(std::string_view layer) {
    return std::find(kEditableLayers.begin(), kEditableLayers.end(), layer) !=
           kEditableLayers.end();
}

std::string WorkspaceEditor::layerNamed(std::string_view name) {
    for (const std::string_view layer : kEditableLayers) {
        if (name == layer || name == layer.substr(0, layer.size() - 1)) {
            return std::string(layer);
        }
    }
    throw Error(Error::Kind::Usage, "'" + std::string(name) +
                                        "' is not a layer that can be edited (buildings, "
                                        "parcels, projects)");
}

EditOutcome WorkspaceEditor::save(const std::string& workspace, const EditRequest& request) {
    refuseInlinePassword(workspace);
    const std::vector<detail::RowChanges> rows = detail::planEdit(request);
    detail::checkPlanLinkChanges(request.links);
    if (rows.empty() && request.links.empty()) {
        throw Error(Error::Kind::Usage, "nothing to save: no change was given");
    }
    if (isPostgisWorkspace(workspace)) {
        return detail::saveInPostgis(workspace, rows, request.links, request.editor);
    }
    return detail::saveInGeoPackage(workspace, rows, request.links, request.editor);
}

EditableRow WorkspaceEditor::fetch(const std::string& workspace, std::string_view layer,
                                   const std::string& id) {
    refuseInlinePassword(workspace);
    const std::string name = layerNamed(layer);
    if (isPostgisWorkspace(workspace)) {
        return detail::fetchFromPostgis(workspace, name, id);
    }
    return detail::fetchFromGeoPackage(workspace, name, id);
}

}  // namespace sitefit::gis
