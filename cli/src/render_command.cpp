#include <QByteArray>
#include <QGuiApplication>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QString>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <cmath>
#include <filesystem>
#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "commands.hpp"
#include "flaw_option.hpp"
#include "session_options.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/core/text.hpp"
#include "sitefit/gis/drawable_layers_sink.hpp"
#include "sitefit/gui/map_data.hpp"
#include "sitefit/gui/map_export.hpp"
#include "sitefit/gui/map_layer.hpp"
#include "sitefit/gui/map_renderer.hpp"
#include "sitefit/gui/map_results.hpp"
#include "sitefit/gui/map_settings.hpp"
#include "sitefit/gui/map_transform.hpp"
#include "sitefit/planning/planning_session.hpp"
#include "stored_plan_links.hpp"
#include "terminal_progress.hpp"

namespace sitefit::cli {
namespace {

using core::decimal;
using core::grouped;

// Large enough for print at 300 dpi on A2, small enough that an ARGB image stays < 400 MB.
constexpr int kMaxSidePx = 10000;

struct RenderOptions {
    std::string workspace;
    std::string out;
    std::vector<std::string> layers;
    std::string extent;
    std::string size = "1920x1080";
    std::string title;
    bool plan = false;
    std::string project;
    int top = 10;
    double timeLimit = 30.0;
    bool ignoreStoredLinks = false;
    SessionOptions session;
};

[[noreturn]] void usage(const std::string& message) {
    throw Error(Error::Kind::Usage, message);
}

std::optional<double> parseNumber(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front())) != 0) {
        text.remove_prefix(1);
    }
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back())) != 0) {
        text.remove_suffix(1);
    }
    double value = 0.0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc{} || end != text.data() + text.size() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

std::vector<std::string_view> split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    std::size_t start = 0;
    while (true) {
        const std::size_t at = text.find(separator, start);
        parts.push_back(text.substr(start, at == std::string_view::npos ? text.npos : at - start));
        if (at == std::string_view::npos) {
            return parts;
        }
        start = at + 1;
    }
}

// "1920x1080" (an "X" works too).
QSize parseSize(const std::string& text) {
    const std::size_t x = text.find_first_of("xX");
    const auto width = x == std::string::npos ? std::nullopt : parseNumber(text.substr(0, x));
    const auto height = x == std::string::npos ? std::nullopt : parseNumber(text.substr(x + 1));
    const auto whole = [](const std::optional<double>& v) {
        return v && *v >= 1.0 && *v <= kMaxSidePx && std::floor(*v) == *v;
    };
    if (!whole(width) || !whole(height)) {
        usage("--size '" + text + "' is not WIDTHxHEIGHT in pixels, each 1.." +
              std::to_string(kMaxSidePx) + " (e.g. 1920x1080)");
    }
    return {static_cast<int>(*width), static_cast<int>(*height)};
}

// "minx,miny,maxx,maxy" in the workspace CRS.
gis::Envelope parseExtent(const std::string& text) {
    const std::vector<std::string_view> parts = split(text, ',');
    std::array<double, 4> values{};
    bool ok = parts.size() == values.size();
    for (std::size_t i = 0; ok && i < values.size(); ++i) {
        const auto value = parseNumber(parts[i]);
        ok = value.has_value();
        values[i] = value.value_or(0.0);
    }
    if (!ok) {
        usage("--extent '" + text +
              "' is not four numbers minx,miny,maxx,maxy in the workspace CRS (metres)");
    }
    const gis::Envelope extent{values[0], values[1], values[2], values[3]};
    if (!(extent.min_x < extent.max_x) || !(extent.min_y < extent.max_y)) {
        usage("--extent '" + text + "' is empty: minx must be below maxx and miny below maxy");
    }
    return extent;
}

std::string themeList(gui::MapLayerId layer) {
    std::string names;
    for (const gui::Theme theme : gui::themesOf(layer)) {
        names += (names.empty() ? "" : ", ") + std::string(gui::themeName(theme));
    }
    return names;
}

// "name" or "name:theme" items, possibly comma-joined. Layers are drawn in the map's own
// order (zones at the bottom, the allocation on top) whatever the order given.
std::vector<gui::LayerSettings> parseLayers(const std::vector<std::string>& items, bool plan,
                                            bool project) {
    std::vector<gui::LayerSettings> layers = gui::defaultLayerSettings();
    if (items.empty()) {
        // The default map: every layer that has something to show without being asked.
        for (gui::LayerSettings& layer : layers) {
            if (layer.layer == gui::MapLayerId::Candidates) {
                layer.visible = project;
            } else if (layer.layer == gui::MapLayerId::Allocation) {
                layer.visible = plan;
            }
        }
        return layers;
    }
    for (gui::LayerSettings& layer : layers) {
        layer.visible = false;
    }
    for (const std::string& item : items) {
        for (const std::string_view spec : split(item, ',')) {
            if (spec.empty()) {
                continue;
            }
            const std::size_t colon = spec.find(':');
            const gui::MapLayerId id = gui::layerFromName(spec.substr(0, colon));
            auto layer = std::find_if(layers.begin(), layers.end(),
                                      [id](const gui::LayerSettings& l) { return l.layer == id; });
            layer->visible = true;
            if (colon != std::string_view::npos) {
                const gui::Theme theme = gui::themeFromName(spec.substr(colon + 1));
                const auto themes = gui::themesOf(id);
                if (std::find(themes.begin(), themes.end(), theme) == themes.end()) {
                    usage("layer '" + std::string(gui::layerName(id)) + "' cannot be drawn by " +
                          std::string(gui::themeName(theme)) + "; its themes: " + themeList(id));
                }
                layer->theme = theme;
            }
        }
    }
    // Asking for the plan or a project's candidates means wanting to see them.
    for (gui::LayerSettings& layer : layers) {
        if ((layer.layer == gui::MapLayerId::Allocation && plan) ||
            (layer.layer == gui::MapLayerId::Candidates && project)) {
            layer.visible = true;
        }
    }
    if (std::none_of(layers.begin(), layers.end(),
                     [](const gui::LayerSettings& l) { return l.visible; })) {
        usage("--layers names no layer");
    }
    return layers;
}

std::string lowerExtension(const std::string& path) {
    return core::asciiLower(std::filesystem::path(path).extension().string());
}

// The allocation plan made as `sitefit allocate WORKSPACE` makes it: with the planners'
// stored pins and exclusions, merged by the same code, so the map shows the plan `allocate`
// prints.
std::vector<gui::PlacementMark> planPlacements(const planning::PlanningSession& session,
                                               const RenderOptions& options,
                                               core::ProgressSink& progress) {
    if (session.district().projects.empty()) {
        if (!options.session.quiet()) {
            std::cerr << "Plan: no projects in the workspace; the map shows the district\n";
        }
        return {};
    }
    const planning::PlanRequestLinks links =
        planning::planRequestLinks({}, session.district().plan_links, !options.ignoreStoredLinks);
    if (!options.session.quiet()) {
        printStoredLinks(links.stored, std::cerr);
    }
    planning::SolverSettings solver;
    solver.time_limit_s = options.timeLimit;
    const planning::AllocationPlan plan = withStoredLinkHint(
        links.stored, [&] { return session.plan(links, solver, progress); },
        StoredLinkHint::StoredOnly);
    if (plan.infeasible()) {
        std::cerr << "sitefit: note: no plan satisfies every mandatory project ("
                  << plan.result.infeasibility << "); the map shows what was placed\n";
    }
    std::vector<gui::PlacementMark> placements;
    for (const planning::AllocationPlan::Row& row : plan.rows()) {
        placements.push_back({row.project, row.site});
    }
    if (!options.session.quiet()) {
        std::cerr << "Plan: " << placements.size() << " of " << plan.built.problem.projects.size()
                  << " projects placed (" << plan.result.solver << ", "
                  << core::toString(plan.result.status)
                  << "); catalogue: " << session.catalogue().description() << "\n";
    }
    return placements;
}

gui::MapResults mapResults(const planning::PlanningSession& session, const RenderOptions& options,
                           core::ProgressSink& progress) {
    gui::MapResults results;
    if (options.plan) {
        results.placements = planPlacements(session, options, progress);
    }
    if (!options.project.empty()) {
        const std::size_t project = session.projectIndex(options.project);
        const core::ProjectMatch match = session.match(project);
        results.selected_project = project;
        const std::size_t shown = options.top > 0 ? std::min(match.candidates.size(),
                                                             static_cast<std::size_t>(options.top))
                                                  : match.candidates.size();
        for (std::size_t i = 0; i < shown; ++i) {
            const core::Candidate& c = match.candidates[i];
            results.candidates.push_back({c.site, c.rank, c.score});
        }
        if (!options.session.quiet()) {
            std::cerr << options.project << ": " << match.candidates.size() << " candidate sites, "
                      << shown << " drawn\n";
        }
    }
    return results;
}

// Offscreen unless the user chose a platform: `render` runs on servers without a display.
void useOffscreenUnlessChosen() {
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    }
}

// The settings exportMap draws a PDF with: its page, A4 landscape with 8 mm margins, at
// 300 dpi (gui/render/src/map_export.cpp; the renderer has no call that says so).
gui::MapSettings pdfPage(gui::MapSettings settings) {
    constexpr int kPdfDpi = 300;
    constexpr double kMarginMm = 8.0;
    const QPageLayout page(QPageSize(QPageSize::A4), QPageLayout::Landscape,
                           QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm),
                           QPageLayout::Millimeter);
    settings.size = page.paintRectPixels(kPdfDpi).size();
    settings.dpi = kPdfDpi;
    return settings;
}

void printFigures(const std::string& out, const gui::MapSettings& settings, bool page) {
    const gui::MapTransform transform(settings.extent, settings.size);
    const gis::Envelope shown = transform.visibleExtent();
    std::cout << "Wrote " << out << "\n  size ";
    if (page) {
        constexpr double kMmPerInch = 25.4;
        std::cout << "A4 landscape, map "
                  << decimal(settings.size.width() * kMmPerInch / settings.dpi, 0) << " × "
                  << decimal(settings.size.height() * kMmPerInch / settings.dpi, 0) << " mm\n";
    } else {
        std::cout << settings.size.width() << " × " << settings.size.height() << " px\n";
    }
    std::cout << "  extent " << decimal(shown.min_x, 1) << ", " << decimal(shown.min_y, 1) << " – "
              << decimal(shown.max_x, 1) << ", " << decimal(shown.max_y, 1)
              << " (workspace CRS, m; " << grouped(shown.width()) << " × "
              << grouped(shown.height()) << " m)\n"
              << "  scale 1:" << grouped(transform.scaleDenominator(settings.dpi));
    if (page) {
        std::cout << " on paper\n";
    } else {
        std::cout << " at " << decimal(settings.dpi, 0) << " dpi\n";
    }
}

void run(const RenderOptions& options) {
    // Every usage error before the (slow) loading.
    const std::string extension = lowerExtension(options.out);
    if (extension != ".png" && extension != ".pdf") {
        usage("--out '" + options.out + "' must end in .png or .pdf");
    }
    gui::MapSettings settings;
    settings.size = parseSize(options.size);
    settings.layers = parseLayers(options.layers, options.plan, !options.project.empty());
    const std::optional<gis::Envelope> requested =
        options.extent.empty() ? std::nullopt : std::optional(parseExtent(options.extent));

    useOffscreenUnlessChosen();
    int argc = 1;
    std::array<char*, 2> argv{const_cast<char*>("sitefit"), nullptr};  // NOLINT: Qt's signature
    const QGuiApplication application(argc, argv.data());

    TerminalProgress progress(options.session.quiet());
    // The map draws it: its layers are made as it is read.
    gis::DrawableLayersSink drawable;
    const planning::PlanningSession session =
        options.session.open(options.workspace, progress, {&drawable});
    options.session.sayProblems(session, options.workspace);
    gui::MapSnapshot snapshot;
    snapshot.data = gui::makeMapData(session.data(), drawable.take());
    snapshot.results =
        std::make_shared<const gui::MapResults>(mapResults(session, options, progress));
    settings.extent = requested.value_or(snapshot.data->extent());
    if (settings.extent.empty()) {
        throw Error(Error::Kind::Input, "the workspace has no geometry to draw",
                    {options.workspace});
    }
    snapshot.settings = settings;

    gui::MapLayout layout;
    layout.title = QString::fromStdString(options.title);
    layout.footnote = QString::fromStdString(setAsideNote(session.capacity().workspace.problems));
    gui::exportMap(snapshot, layout, options.out);

    printFigures(options.out, extension == ".pdf" ? pdfPage(settings) : settings,
                 extension == ".pdf");
}

}  // namespace

void addRenderCommand(CLI::App& app) {
    auto options = std::make_shared<RenderOptions>();
    CLI::App* command = app.add_subcommand(
        "render", "Draw the district map (and the plan or a project's candidates) to PNG or PDF");
    command->add_option("workspace", options->workspace, "Workspace GeoPackage")->required();
    command->add_option("--out,-o", options->out, "map.png or map.pdf")->required();
    command
        ->add_option("--layers", options->layers,
                     "Layers to draw, NAME or NAME:THEME, comma-separated (zones, parcels, "
                     "capacity, buildings, enterprises, candidates, allocation; e.g. "
                     "zones,parcels:far)")
        ->delimiter(',');
    command->add_option("--extent", options->extent,
                        "minx,miny,maxx,maxy in the workspace CRS (default: all the data)");
    command->add_option("--size", options->size, "WIDTHxHEIGHT in pixels")
        ->default_val("1920x1080");
    command->add_option("--title", options->title, "Title drawn at the top");
    command->add_flag("--plan", options->plan,
                      "Draw the allocation plan for all open projects (as `sitefit allocate`, "
                      "with the workspace's stored pins and exclusions)");
    command->add_option("--project", options->project,
                        "Draw this project's ranked candidate sites (project_id)");
    command->add_option("--top", options->top, "Candidates drawn for --project (0: all)")
        ->default_val(10)
        ->check(CLI::NonNegativeNumber);
    command->add_option("--time-limit", options->timeLimit, "Seconds the plan's solver may take")
        ->default_val(30.0)
        ->check(CLI::PositiveNumber);
    command->add_flag("--ignore-stored-links", options->ignoreStoredLinks,
                      "--plan without the pins and exclusions stored in the workspace");
    options->session.addTo(*command);
    command->callback([options] {
        if (options->ignoreStoredLinks && !options->plan) {
            usage("--ignore-stored-links goes with --plan");
        }
        run(*options);
    });
}

}  // namespace sitefit::cli
