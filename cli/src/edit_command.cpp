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
    bool quiet = false;
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
            << singular(row.layer) << " " << row.id << " (version " << row.old_version << " → "
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
            table.addRow({singular(row.layer) + " " + row.id, edit.field, shown(edit.old_value),
                          shown(edit.new_value), std::to_string(row.new_version)});
        }
    }
    table.print(out);
    if (outcome.rows.size() > kRowsListed) {
        out << "  … and " << outcome.rows.size() - kRowsListed
            << " more rows (all in the edit_log table)\n";
    }
}

void run(const EditOptions& options) {
    const auto row = namedRow(options);
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
                    "name the row to edit with --building ID, --parcel ID or --project ID, or "
                    "give a --batch file");
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
        "Change buildings, parcels or projects in place, in one transaction, with an edit log "
        "and optimistic locking; without --set, show the row");
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
    command->add_flag("--quiet,-q", options->quiet, "Print nothing on success");
    command->callback([options] { run(*options); });
}

}  // namespace sitefit::cli
