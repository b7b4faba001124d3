#include "detail/geopackage_value_triggers.hpp"

#include <ogrsf_frmts.h>

#include <set>

#include "detail/gdal_error_capture.hpp"
#include "detail/schema_layer.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/value_rule_sql.hpp"

namespace sitefit::gis::detail {

std::size_t addValueTriggers(GDALDataset& dataset, const std::string& file,
                             const core::DataTolerances& tolerances) {
    std::set<std::string, std::less<>> tables;
    const auto hasColumn = [&](std::string_view table, std::string_view field) {
        OGRLayer* layer = dataset.GetLayerByName(std::string(table).c_str());
        if (layer == nullptr) {
            return false;
        }
        tables.emplace(table);
        return layer->GetLayerDefn()->GetFieldIndex(std::string(field).c_str()) >= 0;
    };
    const std::vector<std::string> statements = geopackageValueTriggers(tolerances, hasColumn);
    GdalErrorCapture errors;
    DatasetTransaction transaction(dataset, file);
    for (const std::string& statement : statements) {
        errors.clear();
        dataset.ExecuteSQL(statement.c_str(), nullptr, nullptr);
        if (errors.hasFailure()) {
            throw Error(Error::Kind::Output,
                        "could not add the value rules' triggers: " + errors.lastMessage(), {file});
        }
    }
    transaction.commit();
    return tables.size();
}

}  // namespace sitefit::gis::detail
