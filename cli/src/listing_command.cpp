#include <QByteArray>
#include <QGuiApplication>
#include <QTranslator>

#include <algorithm>
#include <array>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <utility>

#include "commands.hpp"
#include "flaw_option.hpp"
#include "sitefit/core/default_rule_pack.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/core/rule_pack_reader.hpp"
#include "sitefit/core/text.hpp"
#include "sitefit/core/units.hpp"
#include "sitefit/gis/drawable_layers_sink.hpp"
#include "sitefit/gis/vector_file_writer.hpp"
#include "sitefit/gui/listing_brochure.hpp"
#include "sitefit/gui/map_data.hpp"
#include "sitefit/gui/translation_catalogue.hpp"
#include "sitefit/planning/as_of_date.hpp"
#include "sitefit/planning/planning_session.hpp"
#include "terminal_progress.hpp"
#include "where_option.hpp"

namespace sitefit::cli {
namespace {

struct ListingOptions {
    std::string workspace;
    std::string carrier;
    std::string zone;
    std::string out;
    std::string feed;
    std::string lang = "zh";
    std::string asOf;
    std::string rules;
    bool quiet = false;
    FlawOption flaws;
    WhereOption where;
};

[[noreturn]] void usage(const std::string& message) {
    throw Error(Error::Kind::Usage, message);
}

std::string lowerExtension(const std::string& path) {
    return core::asciiLower(std::filesystem::path(path).extension().string());
}

void useOffscreenUnlessChosen() {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    }
}

void printSummary(const core::Listing& listing, const core::District& district,
                  const std::optional<core::SiteFilter>& filter) {
    const core::ListingScope& scope = listing.scope;
    std::string what = "the whole district";
    if (!scope.carrier.empty() && !scope.zone_id.empty()) {
        what = scope.carrier + " in " + scope.zone_id;
    } else if (!scope.carrier.empty()) {
        what = scope.carrier;
    } else if (!scope.zone_id.empty()) {
        what = scope.zone_id;
    }
    if (filter) {
        what += " where " + filter->text();
    }
    const auto zones = std::count_if(listing.zones.begin(), listing.zones.end(),
                                     [](const core::ListedZone& z) { return z.zone.has_value(); });
    const bool outside = static_cast<std::size_t>(zones) < listing.zones.size();
    std::cout << "Listing of " << what << ": " << zones << " zone" << (zones == 1 ? "" : "s")
              << (outside ? " and sites outside every zone" : "") << ", " << listing.listedParcels()
              << " parcels (" << core::area(listing.listedLandM2()) << "), "
              << listing.listedBuildings() << " buildings ("
              << core::grouped(listing.listedFloorM2()) << " m² vacant)\n";
    for (const core::ListedZone& zone : listing.zones) {
        const std::string id = zone.zone ? district.zones.at(*zone.zone).zone_id : "(outside)";
        std::cout << "  " << id << ": " << zone.listed_parcels << " parcels, "
                  << core::decimal(core::muFromSquareMetres(zone.listed_land_m2), 1) << " 亩; "
                  << zone.listed_buildings << " buildings, " << core::grouped(zone.listed_floor_m2)
                  << " m²";
        if (zone.zone) {
            std::cout << " (zone: " << core::decimal(zone.capacity.available_land_mu, 1)
                      << " 亩 available land, " << core::grouped(zone.capacity.vacant_m2)
                      << " m² vacant)";
        }
        std::cout << "\n";
    }
}

// Every usage error, before the (slow) loading.
void checkOptions(const ListingOptions& options) {
    if (options.out.empty() && options.feed.empty()) {
        usage("nothing to write: give --out BROCHURE.pdf|.html and/or --feed FEED.geojson|.csv");
    }
    const std::string extension = lowerExtension(options.out);
    if (!options.out.empty() && extension != ".pdf" && extension != ".html" &&
        extension != ".htm") {
        usage("--out '" + options.out + "' must end in .pdf or .html");
    }
    if (!options.feed.empty()) {
        const gis::VectorFormat format = gis::VectorFileWriter::formatOf(options.feed);
        if (format == gis::VectorFormat::GeoPackage && lowerExtension(options.feed) != ".gpkg") {
            usage("--feed '" + options.feed + "' must end in .geojson, .csv or .gpkg");
        }
    }
    if (options.lang != "zh" && options.lang != "en") {
        usage("--lang '" + options.lang + "' must be zh or en");
    }
}

// What the listing will lack, on stderr.
void printNotes(const core::Listing& listing, const std::string& problem) {
    if (!problem.empty()) {
        std::cerr << "sitefit: note: " << problem << "\n";
    }
    if (!listing.edit_log_present) {
        std::cerr << "sitefit: note: the workspace has no edit_log table; the listing says "
                     "\"no edit record\" for every site\n";
    }
    if (listing.contacts.empty()) {
        std::cerr << "sitefit: note: no contact details for the listing's carriers (add a "
                     "`carriers` table, docs/listings.md)\n";
    }
}

void writeFeed(const std::string& feed, const planning::PlanningSession& session,
               const core::Listing& listing) {
    const gis::ResultLayer layer = session.listingLayer(listing, "vacancy_feed");
    gis::VectorFileWriter::write(feed, session.capacity().workspace.crs_wkt, layer);
    std::cout << "Wrote " << feed << " (" << layer.table.rows.size() << " sites"
              << (gis::VectorFileWriter::formatOf(feed) == gis::VectorFormat::GeoPackage
                      ? ", workspace CRS"
                      : ", longitude/latitude WGS 84")
              << ")\n";
}

void writeBrochure(const std::string& out, const planning::PlanningSession& session,
                   gis::DrawableLayers drawable, core::Listing listing, bool chinese) {
    const gui::ListingBrochure brochure(
        std::move(listing), gui::makeMapData(session.data(), std::move(drawable)),
        chinese ? gui::ListingLanguage::Chinese : gui::ListingLanguage::English);
    if (lowerExtension(out) == ".pdf") {
        brochure.writePdf(out);
        std::cout << "Wrote " << out << " (" << brochure.pageCount() << " pages, A4)\n";
    } else {
        brochure.writeHtml(out);
        std::cout << "Wrote " << out << " (self-contained HTML)\n";
    }
}

void run(const ListingOptions& options) {
    checkOptions(options);
    const core::Date asOf = planning::asOfDate(options.asOf);
    const std::optional<core::SiteFilter> filter = options.where.filter();

    useOffscreenUnlessChosen();
    int argc = 1;
    std::array<char*, 2> argv{const_cast<char*>("sitefit"), nullptr};  // NOLINT: Qt's signature
    const QGuiApplication application(argc, argv.data());
    QTranslator translator;
    const bool chinese = options.lang == "zh";
    // English needs its catalogue too: it holds the plural forms ("1 parcel", "3 parcels").
    if (translator.load(
            gui::translationCatalogue(chinese ? QStringLiteral("zh_CN") : QStringLiteral("en")))) {
        QCoreApplication::installTranslator(&translator);
    }

    TerminalProgress progress(options.quiet);
    // The map draws it: its layers are made as it is read.
    // The rule pack's [disclosure] says which enterprise totals a brochure may show.
    core::RulePack rules =
        options.rules.empty() ? core::defaultRulePack() : core::RulePackReader::read(options.rules);
    gis::ReadOptions read = options.flaws.readOptions(rules);
    gis::DrawableLayersSink drawable;
    read.sinks.push_back(&drawable);
    const planning::PlanningSession session(options.workspace, std::move(rules), asOf, progress,
                                            read);
    if (!options.quiet) {
        std::cerr << problemsFooter(session.capacity().workspace.problems, options.workspace);
    }
    core::ListingScope scope{options.carrier, options.zone};
    if (filter) {
        scope.admits = filter->predicate(session.district());
    }
    std::string problem;
    core::Listing listing = session.listing(scope, &problem);
    if (!options.quiet) {
        printNotes(listing, problem);
    }
    printSummary(listing, session.district(), filter);
    // The chain partners and leading chains a listing names are the catalogue's.
    std::cout << "catalogue: " << session.catalogue().description() << "\n";
    if (!options.feed.empty()) {
        writeFeed(options.feed, session, listing);
    }
    if (!options.out.empty()) {
        writeBrochure(options.out, session, drawable.take(), std::move(listing), chinese);
    }
}

}  // namespace

void addListingCommand(CLI::App& app) {
    auto options = std::make_shared<ListingOptions>();
    CLI::App* command = app.add_subcommand(
        "listing",
        "A carrier's listing brochure (PDF or HTML) and a vacancy feed (GeoJSON or CSV)");
    command->add_option("workspace", options->workspace, "Workspace GeoPackage")->required();
    command->add_option("--carrier", options->carrier,
                        "List the sites of this carrier (as in the `carrier` fields)");
    command->add_option("--zone", options->zone, "List the sites of this zone (zone_id)");
    command->add_option("--out,-o", options->out, "Brochure: brochure.pdf or brochure.html");
    command->add_option("--feed", options->feed,
                        "Vacancy feed for portals: feed.geojson (RFC 7946) or feed.csv");
    command->add_option("--lang", options->lang, "Brochure language: zh or en")->default_val("zh");
    command->add_option("--as-of", options->asOf,
                        "Date the brochure is issued and ages are counted from (YYYY-MM-DD; "
                        "default today)");
    command->add_option("--rules", options->rules,
                        "Rule pack (TOML): its [disclosure] minimum for enterprise totals; "
                        "default: the built-in rules/jiangsu-north.toml");
    command->add_flag("--quiet,-q", options->quiet, "No progress or notes on stderr");
    options->flaws.addTo(*command);
    options->where.addTo(*command);
    command->callback([options] { run(*options); });
}

}  // namespace sitefit::cli
