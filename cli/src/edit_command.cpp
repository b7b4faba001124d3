#include <iostream>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "commands.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_edit.hpp"
#include "text_table.hpp"

namespace sitefit::cli {
namespace {

struct EditOptions {
    std::string workspace;
    std::string building;
    std::string parcel;
    std::string project;
    std::vector<std::string> sets;
    std::optional<std::int64_t> expectVersion;
    std::string editor;
    std::string batch;
    std::vector<std::string> pins;
    std::vector<std::string> exclusions;
    std::vector<std::string> unlinks;
    std::optional<std::string> note;
    bool quiet = false;

    [[nodiscard]] bool hasLinks() const {
        return !pins.empty() || !exclusions.empty() || !unlinks.empty();
    }
};

// How many rows a batch save lists before it only counts them.
constexpr std::size_t kRowsListed = 20;

std::string shown(const std::string& value) {
    return value.empty() ? "(empty)" : value;
}

std::string singular(const std::string& layer) {
    return layer.substr(0, layer.size() - 1);
}

// The one row named by --building/--parcel/--project: layer and id.
std::optional<std::pair<std::string, std::string>> namedRow(const EditOptions& options) {
    std::vector<std::pair<std::string, std::string>> named;
    if (!options.building.empty()) {
        named.emplace_back("buildings", options.building);
    }
    if (!options.parcel.empty()) {
        named.emplace_back("parcels", options.parcel);
    }
    if (!options.project.empty()) {
        named.emplace_back("projects", options.project);
    }
    if (named.size() > 1) {
        throw Error(Error::Kind::Usage,
                    "name one row: --building, --parcel or --project, not several");
    }
    if (named.empty()) {
        return std::nullopt;
    }
    return named.front();
}

std::vector<gis::FieldChange> changesFromSets(const EditOptions& options,
                                              const std::pair<std::string, std::string>& row) {
    std::vector<gis::FieldChange> changes;
    for (const std::string& set : options.sets) {
        const auto equals = set.find('=');
        if (equals == std::string::npos || equals == 0) {
            throw Error(Error::Kind::Usage,
                        "--set takes FIELD=VALUE (e.g. --set vacant_m2=3200; --set rent= "
                        "clears the field), not '" +
                            set + "'");
        }
        changes.push_back({row.first, row.second, set.substr(0, equals), set.substr(equals + 1),
                           options.expectVersion, ""});
    }
    return changes;
}

// The --unlink, --pin and --exclude options as link changes, in that order; --note goes with
// every pin and exclusion.
std::vector<gis::PlanLinkChange> linkChanges(const EditOptions& options) {
    using Action = gis::PlanLinkChange::Action;
    std::vector<gis::PlanLinkChange> changes;
    const auto add = [&](const std::vector<std::string>& items, Action action, const char* option) {
        for (const std::string& item : items) {
            const auto equals = item.find('=');
            if (equals == std::string::npos || equals == 0 || equals + 1 == item.size()) {
                throw Error(Error::Kind::Usage, std::string(option) +
                                                    " takes PROJECT=SITE (a project_id and a "
                                                    "parcel_id or building_id), not '" +
                                                    item + "'");
            }
            changes.push_back({item.substr(0, equals), item.substr(equals + 1), action,
                               action == Action::Unlink ? std::nullopt : options.note,
                               std::nullopt});
        }
    };
    // Removals first, so that one command can move a pin (--unlink P=S1 --pin P=S2).
    add(options.unlinks, Action::Unlink, "--unlink");
    add(options.pins, Action::Pin, "--pin");
    add(options.exclusions, Action::Exclude, "--exclude");
    return changes;
}

// "building B1", "link J1=P3".
std::string rowName(const std::string& layer, const std::string& id) {
    return (layer == "plan_links" ? std::string("link") : singular(layer)) + " " + id;
}

void printRow(const gis::EditableRow& row, const std::string& workspace, std::ostream& out) {
    out << singular(row.layer) << " " << row.id << " in " << workspace << ", version "
        << row.version;
    if (row.last_edit) {
        out << ", last saved by " << row.last_edit->editor << " at " << row.last_edit->edited_at;
    }
    out << "\n";
    TextTable table;
    table.addColumn("field", TextTable::Align::Left);
    table.addColumn("value", TextTable::Align::Left);
    for (const auto& [field, value] : row.fields) {
        table.addRow({field, value});
    }
    table.print(out);
}

void printOutcome(const gis::EditOutcome& outcome, const std::string& workspace,
                  std::ostream& out) {
    const std::size_t fields = outcome.fieldCount();
    if (outcome.rows.empty()) {
        out << "Nothing changed: every value was already as given (" << outcome.unchanged_rows
            << (outcome.unchanged_rows == 1 ? " row" : " rows") << ").\n";
        return;
    }
    if (outcome.rows.size() == 1) {
        const gis::SavedRow& row = outcome.rows.front();
        out << "Saved " << fields << (fields == 1 ? " change" : " changes") << " to "
            << rowName(row.layer, row.id) << " (version " << row.old_version << " → "
            << row.new_version << ") in " << workspace << ", as " << outcome.editor << " at "
            << outcome.edited_at << "\n";
    } else {
        out << "Saved " << fields << " changes to " << outcome.rows.size()
            << " rows in one transaction in " << workspace << ", as " << outcome.editor << " at "
            << outcome.edited_at << "\n";
    }
    if (outcome.unchanged_rows > 0) {
        out << "  (" << outcome.unchanged_rows
            << (outcome.unchanged_rows == 1 ? " row was" : " rows were")
            << " already as given and kept their version)\n";
    }
    TextTable table;
    table.addColumn("row", TextTable::Align::Left);
    table.addColumn("field", TextTable::Align::Left);
    table.addColumn("old", TextTable::Align::Right);
    table.addColumn("new", TextTable::Align::Right);
    table.addColumn("version", TextTable::Align::Right);
    std::size_t listed = 0;
    for (const gis::SavedRow& row : outcome.rows) {
        if (listed++ == kRowsListed) {
            break;
        }
        for (const gis::FieldEdit& edit : row.fields) {
            table.addRow({rowName(row.layer, row.id), edit.field, shown(edit.old_value),
                          shown(edit.new_value), std::to_string(row.new_version)});
        }
    }
    table.print(out);
    if (outcome.rows.size() > kRowsListed) {
        out << "  … and " << outcome.rows.size() - kRowsListed
            << " more rows (all in the edit_log table)\n";
    }
}

// Pins, exclusions and their removal, with the --set of a named row if any: one save.
void runLinks(const EditOptions& options,
              const std::optional<std::pair<std::string, std::string>>& row) {
    if (!options.batch.empty()) {
        throw Error(Error::Kind::Usage,
                    "--pin, --exclude and --unlink do not go with --batch: save them apart");
    }
    if (row && options.sets.empty()) {
        throw Error(Error::Kind::Usage,
                    "--building/--parcel/--project without --set only shows a row: leave it out "
                    "when saving links, or give the --set to save with them");
    }
    gis::EditRequest request{row ? changesFromSets(options, *row) : std::vector<gis::FieldChange>{},
                             options.editor, linkChanges(options)};
    if (options.expectVersion && !row) {
        if (request.links.size() != 1) {
            throw Error(Error::Kind::Usage,
                        "--expect-version names the version of one row: give one link with it");
        }
        request.links.front().expected_version = options.expectVersion;
    }
    const gis::EditOutcome outcome = gis::WorkspaceEditor::save(options.workspace, request);
    if (!options.quiet) {
        printOutcome(outcome, options.workspace, std::cout);
    }
}

void run(const EditOptions& options) {
    const auto row = namedRow(options);
    if (options.note && options.pins.empty() && options.exclusions.empty()) {
        throw Error(Error::Kind::Usage, "--note goes with --pin or --exclude");
    }
    if (options.hasLinks()) {
        runLinks(options, row);
        return;
    }
    if (!options.batch.empty()) {
        if (row || !options.sets.empty() || options.expectVersion) {
            throw Error(Error::Kind::Usage,
                        "--batch takes its rows, fields and versions from the file: give no "
                        "--building/--parcel/--project, --set or --expect-version with it");
        }
        gis::EditRequest request{gis::WorkspaceEditor::readBatch(options.batch), options.editor};
        if (request.changes.empty()) {
            throw Error(Error::Kind::Input, "the batch holds no changes", {options.batch});
        }
        const gis::EditOutcome outcome = gis::WorkspaceEditor::save(options.workspace, request);
        if (!options.quiet) {
            printOutcome(outcome, options.workspace, std::cout);
        }
        return;
    }
    if (!row) {
        throw Error(Error::Kind::Usage,
                    "name the row to edit with --building ID, --parcel ID or --project ID, give "
                    "a --batch file, or --pin/--exclude/--unlink PROJECT=SITE");
    }
    if (options.sets.empty()) {
        if (options.expectVersion || !options.editor.empty()) {
            throw Error(Error::Kind::Usage,
                        "--expect-version and --as go with --set: without --set the row is only "
                        "shown");
        }
        printRow(gis::WorkspaceEditor::fetch(options.workspace, row->first, row->second),
                 options.workspace, std::cout);
        return;
    }
    const gis::EditRequest request{changesFromSets(options, *row), options.editor};
    const gis::EditOutcome outcome = gis::WorkspaceEditor::save(options.workspace, request);
    if (!options.quiet) {
        printOutcome(outcome, options.workspace, std::cout);
    }
}

}  // namespace

void addEditCommand(CLI::App& app) {
    auto options = std::make_shared<EditOptions>();
    CLI::App* command = app.add_subcommand(
        "edit",
        "Change buildings, parcels or projects, or store pins and exclusions, in place, in one "
        "transaction, with an edit log and optimistic locking; without --set, show the row");
    command->add_option("workspace", options->workspace, "Workspace GeoPackage or PG:connection")
        ->required();
    command->add_option("--building", options->building, "The building to change (building_id)")
        ->type_name("ID");
    command->add_option("--parcel", options->parcel, "The parcel to change (parcel_id)")
        ->type_name("ID");
    command->add_option("--project", options->project, "The project to change (project_id)")
        ->type_name("ID");
    command
        ->add_option("--set", options->sets,
                     "FIELD=VALUE, repeatable; the value as the workspace holds it (3200, "
                     "2025-03-01, available); FIELD= clears it")
        ->type_name("FIELD=VALUE")
        ->allow_extra_args(false);
    command
        ->add_option("--expect-version", options->expectVersion,
                     "Refuse the save unless the row is still at this version (as shown "
                     "without --set)")
        ->type_name("N")
        ->check(CLI::NonNegativeNumber);
    command
        ->add_option("--as", options->editor,
                     "Your name for the edit log (GeoPackage; default: your login name). "
                     "PostGIS logs the database user")
        ->type_name("NAME");
    command
        ->add_option("--batch", options->batch,
                     "CSV file with the columns layer,id,field,value[,version]: all its changes "
                     "in one transaction")
        ->type_name("FILE.csv");
    command
        ->add_option("--pin", options->pins,
                     "PROJECT=SITE, repeatable: store that the project must take the site "
                     "(`sitefit allocate` applies it; a project takes one site)")
        ->type_name("PROJECT=SITE");
    command
        ->add_option("--exclude", options->exclusions,
                     "PROJECT=SITE, repeatable: store that the project must not take the site")
        ->type_name("PROJECT=SITE");
    command
        ->add_option("--unlink", options->unlinks,
                     "PROJECT=SITE, repeatable: remove the stored pin or exclusion of the pair")
        ->type_name("PROJECT=SITE");
    command
        ->add_option("--note", options->note,
                     "Why, stored with each --pin and --exclude of the command (\"\" clears it)")
        ->type_name("TEXT");
    command->add_flag("--quiet,-q", options->quiet, "Print nothing on success");
    command->callback([options] { run(*options); });
}

}  // namespace sitefit::cli
