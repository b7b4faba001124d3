#include "sitefit/gis/geopackage_rules.hpp"

#include "detail/capped_list.hpp"
#include "detail/gdal_dataset.hpp"
#include "detail/geopackage_value_triggers.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_check.hpp"
#include "sitefit/gis/workspace_lock.hpp"

namespace sitefit::gis {
namespace {

// The value rules' problems, as "layer feature field: message".
std::vector<std::string> brokenRules(const core::ProblemReport& problems) {
    std::vector<std::string> broken;
    for (const core::DataProblem& problem : problems.problems()) {
        const bool valueRule = problem.rule == core::rules::kValue ||
                               problem.rule == core::rules::kVacantOverFloorArea;
        if (valueRule && problem.severity == core::Severity::Error) {
            broken.push_back(problem.layer + " " + problem.feature + " " + problem.field + ": " +
                             problem.message);
        }
    }
    return broken;
}

}  // namespace

std::size_t addValueRulesToGeoPackage(const std::string& path,
                                      const core::DataTolerances& tolerances,
                                      core::ProgressSink& progress) {
    const CapacityAnalysis checked = checkWorkspace(path, tolerances, progress);
    const std::vector<std::string> broken = brokenRules(checked.workspace.problems);
    if (!broken.empty()) {
        throw Error(Error::Kind::Input,
                    std::to_string(broken.size()) +
                        " rows break the value rules; nothing was changed. Fix them (`sitefit "
                        "check` lists every problem) and run `sitefit migrate` again:" +
                        detail::cappedList(broken),
                    {path});
    }
    const WorkspaceLock lock(path);
    GDALDatasetUniquePtr dataset = detail::openVectorDataset(path, true);
    if (std::string(dataset->GetDriver()->GetDescription()) != "GPKG") {
        throw Error(Error::Kind::Usage,
                    "`sitefit migrate` takes a GeoPackage workspace or a PostgreSQL "
                    "connection (PG:...)",
                    {path});
    }
    const std::size_t tables = detail::addValueTriggers(*dataset, path, tolerances);
    detail::closeWrittenDataset(dataset, path);
    return tables;
}

}  // namespace sitefit::gis
