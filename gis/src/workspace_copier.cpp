#include <filesystem>
#include <set>

#include "detail/gdal_dataset.hpp"
#include "detail/gdal_error_capture.hpp"
#include "detail/geopackage_value_triggers.hpp"
#include "detail/layer_table.hpp"
#include "detail/pg_connection.hpp"
#include "detail/postgis_reading.hpp"
#include "detail/postgis_results.hpp"
#include "detail/postgis_table.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/atomic_file.hpp"
#include "sitefit/gis/workspace_copy.hpp"
#include "sitefit/gis/workspace_location.hpp"
#include "sitefit/gis/workspace_lock.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis {
namespace {

constexpr const char* kEditLog = "edit_log";

// Schema layers first (in the schema's order), then the edit log, then result layers.
std::vector<detail::LayerTable> readSource(const std::string& source, core::ProgressSink& progress,
                                           std::vector<std::string>& withheld) {
    std::vector<std::string> names;
    GDALDatasetUniquePtr dataset = detail::openVectorDataset(source);
    for (const LayerSpec& spec : workspaceLayers()) {
        if (detail::workspaceLayer(*dataset, spec.name) != nullptr) {
            names.emplace_back(spec.name);
        }
    }
    if (dataset->GetLayerByName(kEditLog) != nullptr) {
        names.emplace_back(kEditLog);
    }
    if (isPostgisWorkspace(source)) {
        detail::PgConnection connection(source);
        for (const std::string& name : detail::resultTableNames(connection)) {
            names.push_back(name);
        }
        std::vector<std::string> readable;
        for (const std::string& name : names) {
            if (detail::hasPublicView(name) ||
                connection
                        .exec("SELECT has_table_privilege($1, 'SELECT')",
                              {connection.identifier(name)})
                        .text(0, 0) == "t") {
                readable.push_back(name);
            } else {
                withheld.push_back(name);
            }
        }
        names = readable;
    } else {
        const std::set<std::string> taken(names.begin(), names.end());
        for (OGRLayer* layer : dataset->GetLayers()) {
            if (taken.count(layer->GetName()) == 0) {
                names.emplace_back(layer->GetName());
            }
        }
    }
    std::vector<detail::LayerTable> tables;
    for (std::size_t i = 0; i < names.size(); ++i) {
        progress.report("reading " + source, i, names.size());
        OGRLayer* layer = detail::workspaceLayer(*dataset, names[i]);
        if (layer == nullptr) {
            throw Error(Error::Kind::Input, "the registered result layer is missing",
                        {source, names[i]});
        }
        tables.push_back(detail::readLayerTable(*layer, source));
        tables.back().name = names[i];  // also when read from the public view
        // Optional and empty (every PostGIS workspace has the table): a workspace without
        // links reads the same, and copies stay as their source was.
        if (names[i] == layer_names::kPlanLinks && tables.back().rows.empty()) {
            tables.pop_back();
        }
    }
    progress.finish("reading " + source);
    return tables;
}

void writeGeoPackage(const std::string& target, const std::string& crs_wkt,
                     const std::vector<detail::LayerTable>& tables, CopyReport& report) {
    const std::filesystem::path path(target);
    const detail::GdalErrorCapture quiet;
    const OGRSpatialReference crs = detail::spatialReferenceFrom(crs_wkt, target);
    const WorkspaceLock lock(path);
    AtomicFileReplacement replacement(path, AtomicFileReplacement::Start::Empty);
    {
        GDALDatasetUniquePtr dataset = detail::createGeoPackage(replacement.temporaryPath());
        for (const detail::LayerTable& table : tables) {
            detail::writeLayerTable(*dataset, target, table, &crs);
            report.layers.push_back({table.name, table.rows.size()});
        }
        detail::addValueTriggers(*dataset, target, core::DataTolerances{});
        detail::closeWrittenDataset(dataset, target);
    }
    replacement.commit();
}

void writePostgis(const std::string& target, int srid,
                  const std::vector<detail::LayerTable>& tables, bool replace, CopyReport& report) {
    report.migration = PostgisMigrator::migrate(target);
    detail::PgConnection connection(target);
    detail::PgTransaction transaction(connection);
    // Nobody else fills or edits the workspace while it is being replaced.
    connection.exec(
        "LOCK TABLE zones, parcels, buildings, enterprises, projects, chains, categories, "
        "chain_links, plan_links, edit_log, result_layers IN ACCESS EXCLUSIVE MODE",
        Error::Kind::Output);
    const long long held =
        connection
            .exec(
                "SELECT (SELECT count(*) FROM zones) + (SELECT count(*) FROM parcels) + "
                "(SELECT count(*) FROM buildings) + (SELECT count(*) FROM projects)")
            .integer(0, 0);
    if (held > 0 && !replace) {
        throw Error(Error::Kind::Usage,
                    "the database already holds a workspace (" + std::to_string(held) +
                        " zones, parcels, buildings and projects); add --replace to replace it",
                    {target});
    }
    report.replaced = held > 0;
    connection.exec(
        "TRUNCATE zones, parcels, buildings, enterprises, projects, chains, categories, "
        "chain_links, plan_links, edit_log RESTART IDENTITY",
        Error::Kind::Output);
    detail::dropResultTables(connection);
    for (const detail::LayerTable& table : tables) {
        const bool own = table.name == kEditLog || detail::isWorkspaceTable(table.name);
        if (own) {
            detail::addMissingColumns(connection, table,
                                      detail::tableColumns(connection, table.name));
            detail::insertRows(connection, table, srid);
        } else {
            detail::replaceResultTable(connection, table, srid);
        }
        report.layers.push_back({table.name, table.rows.size()});
    }
    transaction.commit();
}

}  // namespace

CopyReport WorkspaceCopier::copy(const std::string& source, const std::string& target, bool replace,
                                 core::ProgressSink& progress) {
    refuseInlinePassword(source);
    refuseInlinePassword(target);
    if (source == target) {
        throw Error(Error::Kind::Usage, "the source and the target are the same workspace",
                    {target});
    }
    const bool toPostgis = isPostgisWorkspace(target);
    if (!toPostgis) {
        if (std::filesystem::path(target).extension() != ".gpkg") {
            throw Error(Error::Kind::Usage,
                        "the target is a GeoPackage (.gpkg) or a PostgreSQL connection (PG:...)",
                        {target});
        }
        if (std::filesystem::exists(target) && !replace) {
            throw Error(Error::Kind::Usage, "the file exists; add --replace to replace it",
                        {target});
        }
    }
    // A broken workspace is refused as every command refuses it, before anything is written.
    progress.report("checking " + source, 0, 1);
    const Workspace checked = WorkspaceReader::read(source);
    progress.finish("checking " + source);
    CopyReport report;
    const std::vector<detail::LayerTable> tables = readSource(source, progress, report.withheld);

    report.source = source;
    report.target = target;
    if (toPostgis) {
        report.epsg = detail::sridOf(checked.crs_wkt, source);
        writePostgis(target, report.epsg, tables, replace, report);
    } else {
        try {
            report.epsg = detail::sridOf(checked.crs_wkt, source);
        } catch (const Error&) {
            report.epsg = 0;  // a GeoPackage keeps any CRS
        }
        report.replaced = std::filesystem::exists(target);
        writeGeoPackage(target, checked.crs_wkt, tables, report);
    }
    return report;
}

}  // namespace sitefit::gis
