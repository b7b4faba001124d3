#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <sstream>

#include <nlohmann/json.hpp>

#include "commands.hpp"
#include "flaw_option.hpp"
#include "sitefit/core/capacity_tables.hpp"
#include "sitefit/core/default_rule_pack.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/core/rule_pack_reader.hpp"
#include "sitefit/core/units.hpp"
#include "sitefit/gis/atomic_file.hpp"
#include "sitefit/gis/capacity_analysis.hpp"
#include "stored_results.hpp"
#include "terminal_progress.hpp"
#include "text_table.hpp"

namespace sitefit::cli {
namespace {

using core::grouped;

std::string fixed(double value, int decimals) {
    return core::decimal(value, decimals);
}

struct CapacityOptions {
    std::string workspace;
    bool json = false;
    std::string csvDirectory;
    bool write = false;
    bool quiet = false;
    bool inDatabase = false;
    std::string rules;
    FlawOption flaws;
};

void addZoneRow(TextTable& table, const std::string& id, const std::string& name,
                const core::ZoneCapacity& z) {
    table.addRow({
        id,
        std::to_string(z.parcel_count),
        std::to_string(z.tally(core::ParcelStatus::Available).count),
        fixed(z.available_land_mu, 1),
        grouped(z.available_land_m2),
        grouped(z.floor_area_m2),
        grouped(z.vacant_m2),
        fixed(z.occupancy * 100.0, 1) + "%",
        std::to_string(z.enterprises),
        z.places_left ? std::to_string(*z.places_left) : "-",
        name,
    });
}

void printTable(const gis::CapacityAnalysis& analysis, bool inDatabase, std::ostream& out) {
    const core::District& district = analysis.workspace.district;
    const core::CapacityReport& report = analysis.report;
    out << "Carrier capacity of " << analysis.workspace.source << "\n"
        << district.zones.size() << " zones, " << district.parcels.size() << " parcels, "
        << district.buildings.size() << " buildings, " << district.enterprises.size()
        << " enterprises\n\n";
    TextTable table;
    using Align = TextTable::Align;
    table.addColumn("zone", Align::Left);
    table.addColumn("parcels", Align::Right);
    table.addColumn("avail", Align::Right);
    table.addColumn("avail 亩", Align::Right);
    table.addColumn("avail m²", Align::Right);
    table.addColumn("floor m²", Align::Right);
    table.addColumn("vacant m²", Align::Right);
    table.addColumn("occupied", Align::Right);
    table.addColumn("firms", Align::Right);
    table.addColumn("places", Align::Right);
    table.addColumn("name", Align::Left);
    for (const core::ZoneCapacity& z : report.zones) {
        const core::Zone& zone = district.zones.at(z.zone.value());
        addZoneRow(table, zone.zone_id, zone.name, z);
    }
    table.addRule();
    addZoneRow(table, "district", "whole district (incl. outside zones)", report.district);
    table.print(out);
    out << "\n";
    if (report.parcels_outside_zones > 0 || report.buildings_outside_zones > 0) {
        out << "Outside every zone: " << report.parcels_outside_zones << " parcels, "
            << report.buildings_outside_zones << " buildings (counted in the district row only).\n";
    }
    const gis::JoinStatistics& s = analysis.statistics;
    const double share = s.candidate_pairs > 0
                             ? 100.0 * static_cast<double>(s.decided_without_overlay) /
                                   static_cast<double>(s.candidate_pairs)
                             : 100.0;
    out << "avail = parcels with status 'available'; 1 亩 = 666.67 m²; occupied = 1 − vacant/floor "
           "area; places = enterprise places left.\n"
        << (inDatabase ? "Spatial join in the database (PostGIS, GiST indexes): "
                       : "Spatial join: ")
        << s.candidate_pairs << " candidate pairs from the index, " << fixed(share, 1)
        << "% decided without an overlay (" << s.overlays << " intersections computed).\n";
    if (report.district.shared_land_m2 > 0.0) {
        out << "Overlapping parcels share " << grouped(report.district.shared_land_m2)
            << " m², counted once (in the first parcel's figures).\n";
    }
    out << problemsFooter(analysis.workspace.problems, analysis.workspace.source);
}

// The figures, with what they leave out when anything was set aside or tolerated.
std::string capacityJsonWithProblems(const gis::CapacityAnalysis& analysis) {
    std::string figures = core::capacityJson(analysis.report, analysis.workspace.district);
    if (analysis.workspace.problems.empty()) {
        return figures;
    }
    nlohmann::ordered_json out = nlohmann::ordered_json::parse(figures);
    out["data_quality"] = nlohmann::ordered_json::parse(analysis.workspace.problems.json());
    out["data_quality"]["shared_land_m2"] = analysis.report.district.shared_land_m2;
    return out.dump(2);
}

void writeCsvFiles(const gis::CapacityAnalysis& analysis, const std::filesystem::path& directory) {
    std::error_code error;
    std::filesystem::create_directories(directory, error);
    if (error) {
        throw Error(Error::Kind::Output, "cannot create directory: " + error.message(),
                    {directory.string()});
    }
    const core::District& district = analysis.workspace.district;
    const std::pair<std::string, core::Table> tables[] = {
        {"parcel_capacity.csv", core::parcelCapacityTable(analysis.report, district)},
        {"zone_capacity.csv", core::zoneCapacityTable(analysis.report, district)},
    };
    for (const auto& [name, table] : tables) {
        gis::writeFileAtomically(
            directory / name, [&table = table](std::ostream& out) { core::writeCsv(table, out); },
            "cannot write CSV");
    }
}

void run(const CapacityOptions& options) {
    const core::RulePack rules =
        options.rules.empty() ? core::defaultRulePack() : core::RulePackReader::read(options.rules);
    TerminalProgress progress(options.quiet);
    const gis::CapacityAnalysis analysis = gis::analyseCapacity(
        options.workspace, progress, options.inDatabase, options.flaws.readOptions(rules));
    if (options.json) {
        std::cout << capacityJsonWithProblems(analysis) << "\n";
    } else {
        printTable(analysis, options.inDatabase, std::cout);
    }
    if (!options.csvDirectory.empty()) {
        writeCsvFiles(analysis, options.csvDirectory);
        if (!options.quiet) {
            std::cerr << "Wrote parcel_capacity.csv and zone_capacity.csv to "
                      << options.csvDirectory << "\n";
        }
    }
    if (options.write) {
        storeResults(options.workspace, analysis.workspace.crs_wkt,
                     gis::capacityResultLayers(analysis), options.quiet);
    }
}

}  // namespace

void addCapacityCommand(CLI::App& app) {
    auto options = std::make_shared<CapacityOptions>();
    CLI::App* command =
        app.add_subcommand("capacity", "Land and floor space left per parcel and zone (承接能力)");
    command->add_option("workspace", options->workspace, "Workspace GeoPackage or PG:connection")
        ->required();
    command->add_flag("--json", options->json, "Print {\"parcels\": [...], \"zones\": [...]}");
    command->add_option("--csv", options->csvDirectory,
                        "Also write parcel_capacity.csv and zone_capacity.csv into this directory");
    command->add_flag("--write", options->write,
                      "Store parcel_capacity and zone_capacity layers in the workspace");
    command->add_flag("--quiet,-q", options->quiet, "No progress or notes on stderr");
    command->add_option("--rules", options->rules,
                        "Rule pack (TOML) whose [data_quality] tolerances apply; default: the "
                        "built-in rules/jiangsu-north.toml");
    options->flaws.addTo(*command);
    command->add_flag("--in-database", options->inDatabase,
                      "With a PostGIS workspace (PG:...): do the spatial joins inside the "
                      "database (PostGIS, GiST indexes); same figures");
    command->callback([options] { run(*options); });
}

}  // namespace sitefit::cli
