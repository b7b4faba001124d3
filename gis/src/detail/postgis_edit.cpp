#include "detail/postgis_edit.hpp"

#include <map>

#include "detail/pg_connection.hpp"
#include "detail/plan_link_edit.hpp"
#include "detail/postgis_schema.hpp"
#include "detail/row_revision.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/text.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis::detail {
namespace {

std::string castOf(FieldType type) {
    switch (type) {
        case FieldType::String:
            return "text";
        case FieldType::Integer:
            return "integer";
        case FieldType::Real:
            return "double precision";
        case FieldType::Date:
            return "date";
    }
    return "text";
}

std::string singular(const std::string& layer) {
    return layer.substr(0, layer.size() - 1);
}

struct StoredRow {
    std::map<std::string, std::string> texts;  // schema field → text ("" = null)
    std::int64_t version = 0;
    std::optional<double> footprint_m2;
};

// The row's schema fields, version (and a building's footprint area), locked for the rest
// of the transaction when `lock`. nullopt when there is no such row.
std::optional<StoredRow> readRow(PgConnection& connection, const LayerSpec& spec,
                                 const std::string& id, bool lock) {
    std::string sql = "SELECT ";
    for (const FieldSpec& field : spec.fields) {
        sql += connection.identifier(field.name) + "::text, ";
    }
    sql += "version";
    const bool building = spec.name == layer_names::kBuildings;
    if (building) {
        sql += ", ST_Area(geom)";
    }
    sql += " FROM " + connection.identifier(spec.name) + " WHERE " +
           connection.identifier(spec.id_field) + " = $1";
    if (lock) {
        sql += " FOR UPDATE";
    }
    const PgResult result = connection.exec(sql, {id});
    if (result.rows() == 0) {
        return std::nullopt;
    }
    StoredRow row;
    int column = 0;
    for (const FieldSpec& field : spec.fields) {
        row.texts[std::string(field.name)] = result.text(0, column++);
    }
    row.version = result.integer(0, column++);
    if (building && !result.isNull(0, column)) {
        row.footprint_m2 = result.real(0, column);
    }
    return row;
}

std::optional<LastEdit> lastEditOf(PgConnection& connection, const std::string& layer,
                                   const std::string& id) {
    try {
        const PgResult result = connection.exec(
            "SELECT editor, edited_at FROM edit_log WHERE layer = $1 AND object_id = $2 "
            "ORDER BY fid DESC LIMIT 1",
            {layer, id});
        if (result.rows() == 0) {
            return std::nullopt;
        }
        return LastEdit{result.text(0, 0), result.text(0, 1)};
    } catch (const DatabaseError&) {
        return std::nullopt;  // a user who may not read the log (an investor)
    }
}

// The database's refusal of a change, said in the terms of the workspace. Runs after the
// failed transaction has been rolled back.
[[noreturn]] void explainRefusal(PgConnection& connection, const DatabaseError& error,
                                 const RowChanges& row, const std::string& user) {
    const ErrorContext where{connection.name(), row.layer, row.id};
    if (!error.isPermissionDenied()) {
        throw Error(Error::Kind::Output,
                    "the database refused the change: " + error.serverMessage(), where);
    }
    if (error.serverMessage().find("row-level security") != std::string::npos) {
        std::string owner;
        std::vector<std::string> own;
        try {
            const PgResult carrier = connection.exec(
                "SELECT carrier FROM " + connection.identifier(row.layer) + " WHERE " +
                    connection.identifier(idFieldOf(row.layer)) + " = $1",
                {row.id});
            if (carrier.rows() > 0) {
                owner = carrier.text(0, 0);
            }
            const PgResult mine = connection.exec("SELECT sitefit_session_carriers()");
            for (int r = 0; r < mine.rows(); ++r) {
                own.push_back(mine.text(r, 0));
            }
        } catch (const DatabaseError&) {  // NOLINT(bugprone-empty-catch): the message without
        }
        throw Error(Error::Kind::Output,
                    "the database refused the change (row-level security): the " +
                        singular(row.layer) + " belongs to carrier '" + owner +
                        "', and database user '" + user + "' may change only rows of " +
                        (own.empty() ? std::string("no carrier (it is in no carrier_accounts row)")
                                     : "carrier " + core::quotedList(own)),
                    where);
    }
    std::vector<std::string> fields;
    for (const auto& [field, value] : row.values) {
        fields.push_back(field);
    }
    throw Error(Error::Kind::Output,
                "the database refused the change (" + error.serverMessage() + "): database user '" +
                    user + "' may not change field(s) " + core::quotedList(fields) + " of " +
                    row.layer +
                    " (carriers may change vacancy, rent, availability and the like of their own "
                    "buildings and parcels; investors may change nothing)",
                where);
}

// The database's refusal of a link change. Runs after the transaction has been rolled back.
[[noreturn]] void explainLinkRefusal(const DatabaseError& error, const std::string& workspace,
                                     const std::string& user) {
    const ErrorContext where{workspace, std::string(layer_names::kPlanLinks)};
    if (error.isPermissionDenied()) {
        throw Error(Error::Kind::Output,
                    "the database refused the change (" + error.serverMessage() +
                        "): database user '" + user +
                        "' may not read or change pins and exclusions; plans are confidential "
                        "to planners (sitefit_planner)",
                    where);
    }
    throw Error(Error::Kind::Output,
                "the database refused the change: " + error.serverMessage() +
                    (error.sqlstate() == "23505"
                         ? " (another planner saved a link of the project meanwhile; try again)"
                         : ""),
                where);
}

// The project's stored links, locked for the rest of the transaction.
std::vector<StoredPlanLink> storedPlanLinks(PgConnection& connection, const std::string& project) {
    const PgResult result = connection.exec(
        "SELECT site_id, kind, coalesce(note, ''), version FROM plan_links "
        "WHERE project_id = $1 ORDER BY fid FOR UPDATE",
        {project});
    std::vector<StoredPlanLink> links;
    for (int r = 0; r < result.rows(); ++r) {
        core::PlanLink link{project, result.text(r, 0),
                            core::parsePlanLinkKind(result.text(r, 1))
                                .value_or(core::PlanLinkKind::Exclude),  // CHECKed by the table
                            result.text(r, 2)};
        links.push_back({std::move(link), result.integer(r, 3), -1});
    }
    return links;
}

bool exists(PgConnection& connection, const std::string& sql, const std::string& id) {
    return connection.exec(sql, {id}).rows() > 0;
}

// The links of the request, in the open transaction. The database versions and logs them
// (trigger sitefit_record_plan_link) and lets only planners touch them.
void saveLinks(PgConnection& connection, const std::string& workspace,
               const std::vector<PlanLinkChange>& links, EditOutcome& outcome) {
    std::map<std::string, std::vector<StoredPlanLink>> stored;
    for (const PlanLinkChange& change : links) {
        if (change.action != PlanLinkChange::Action::Unlink) {
            if (!exists(connection, "SELECT 1 FROM projects WHERE project_id = $1",
                        change.project_id)) {
                refuseUnknownLinkEnd(workspace, change, "project_id");
            }
            if (!exists(connection,
                        "SELECT 1 FROM parcels WHERE parcel_id = $1 UNION ALL "
                        "SELECT 1 FROM buildings WHERE building_id = $1",
                        change.site_id)) {
                refuseUnknownLinkEnd(workspace, change, "site_id");
            }
        }
        auto project = stored.find(change.project_id);
        if (project == stored.end()) {
            project =
                stored.emplace(change.project_id, storedPlanLinks(connection, change.project_id))
                    .first;
        }
        const std::string label = change.project_id + "=" + change.site_id;
        PlanLinkStep step = planLinkStep(project->second, change, workspace, [&] {
            return lastEditOf(connection, std::string(layer_names::kPlanLinks), label);
        });
        const std::string kind(core::toString(step.link.kind));
        const PgParam note = step.link.note.empty() ? PgParam{} : PgParam{step.link.note};
        switch (step.write) {
            case PlanLinkWrite::None:
                ++outcome.unchanged_rows;
                continue;
            case PlanLinkWrite::Insert:
                step.saved.new_version =
                    connection
                        .exec(
                            "INSERT INTO plan_links (project_id, site_id, kind, note) "
                            "VALUES ($1, $2, $3, $4) RETURNING version",
                            {change.project_id, change.site_id, kind, note}, Error::Kind::Output)
                        .integer(0, 0);
                break;
            case PlanLinkWrite::Update:
                step.saved.new_version =
                    connection
                        .exec(
                            "UPDATE plan_links SET kind = $3, note = $4 "
                            "WHERE project_id = $1 AND site_id = $2 RETURNING version",
                            {change.project_id, change.site_id, kind, note}, Error::Kind::Output)
                        .integer(0, 0);
                break;
            case PlanLinkWrite::Delete:
                // The removal is logged with the version after the link's last.
                step.saved.new_version =
                    connection
                        .exec(
                            "DELETE FROM plan_links WHERE project_id = $1 AND site_id = $2 "
                            "RETURNING version",
                            {change.project_id, change.site_id}, Error::Kind::Output)
                        .integer(0, 0) +
                    1;
                break;
        }
        outcome.rows.push_back(std::move(step.saved));
    }
}

// One row's changes, inside the save's transaction: the row read and its version checked,
// the values revised, and the fields that changed updated, with the version the update
// returns.
void saveRow(PgConnection& connection, const std::string& workspace, const RowChanges& row,
             EditOutcome& outcome) {
    const LayerSpec& spec = layerSpec(row.layer);
    const std::string file = row.origin.empty() ? workspace : row.origin;
    const std::optional<StoredRow> stored = readRow(connection, spec, row.id, true);
    if (!stored) {
        throw Error(Error::Kind::Input, "no such " + singular(row.layer),
                    {file, row.layer, row.id});
    }
    if (row.expected_version && *row.expected_version != stored->version) {
        throwConflict(workspace, row.layer, row.id, *row.expected_version, stored->version,
                      lastEditOf(connection, row.layer, row.id));
    }
    const RowValues before = parseRow(workspace, spec, stored->texts);
    const RowValues after = reviseRow(workspace, spec, before, row.values, stored->footprint_m2);
    SavedRow saved{row.layer, row.id, stored->version, stored->version, {}};
    std::string sql = "UPDATE " + connection.identifier(spec.name) + " SET ";
    std::vector<PgParam> params;
    for (const FieldSpec& field : spec.fields) {
        const std::string name(field.name);
        if (row.values.count(name) == 0) {
            continue;
        }
        const std::string old = canonicalText(before.at(name));
        const std::string now = canonicalText(after.at(name));
        if (old == now) {
            continue;
        }
        saved.fields.push_back({name, old, now});
        sql += (params.empty() ? "" : ", ") + connection.identifier(name) + " = $" +
               std::to_string(params.size() + 1) + "::" + castOf(field.type);
        params.push_back(now.empty() ? PgParam{} : PgParam{now});
    }
    if (saved.fields.empty()) {
        ++outcome.unchanged_rows;
        return;
    }
    params.push_back(row.id);
    sql += " WHERE " + connection.identifier(spec.id_field) + " = $" +
           std::to_string(params.size()) + " RETURNING version";
    const PgResult updated = connection.exec(sql, params, Error::Kind::Output);
    saved.new_version = updated.rows() > 0 ? updated.integer(0, 0) : stored->version + 1;
    outcome.rows.push_back(std::move(saved));
}

}  // namespace

EditOutcome saveInPostgis(const std::string& workspace, const std::vector<RowChanges>& rows,
                          const std::vector<PlanLinkChange>& links, const std::string& editor) {
    PgConnection connection(workspace);
    requireCurrentSchema(connection);
    const std::string user = connection.sessionUser();
    if (!editor.empty() && editor != user) {
        throw Error(Error::Kind::Usage,
                    "on a PostGIS workspace the edit log records the database user ('" + user +
                        "'), not a name given with --as; connect as '" + editor +
                        "' instead (user= in the connection or the service file)",
                    {workspace});
    }
    EditOutcome outcome;
    outcome.editor = user;
    const RowChanges* current = nullptr;
    bool savingLinks = false;
    try {
        PgTransaction transaction(connection);
        outcome.edited_at =
            connection
                .exec("SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')")
                .text(0, 0);
        for (const RowChanges& row : rows) {
            current = &row;
            saveRow(connection, workspace, row, outcome);
        }
        current = nullptr;
        savingLinks = true;
        saveLinks(connection, workspace, links, outcome);
        savingLinks = false;
        transaction.commit();
    } catch (const DatabaseError& error) {
        if (current != nullptr) {
            explainRefusal(connection, error, *current, user);
        }
        if (savingLinks) {
            explainLinkRefusal(error, workspace, user);
        }
        throw;
    }
    return outcome;
}

EditableRow fetchFromPostgis(const std::string& workspace, std::string_view layerName,
                             const std::string& id) {
    PgConnection connection(workspace);
    requireCurrentSchema(connection);
    const std::string name(layerName);
    const LayerSpec& spec = layerSpec(name);
    std::optional<StoredRow> stored;
    try {
        stored = readRow(connection, spec, id, false);
    } catch (const DatabaseError& error) {
        throw Error(Error::Kind::Input,
                    "the database refused to show the row: " + error.serverMessage(),
                    {workspace, name, id});
    }
    if (!stored) {
        throw Error(Error::Kind::Input, "no such " + singular(name), {workspace, name, id});
    }
    const RowValues values = parseRow(workspace, spec, stored->texts);
    EditableRow row{name, id, stored->version, {}, lastEditOf(connection, name, id)};
    for (const FieldSpec& field : spec.fields) {
        row.fields.emplace_back(std::string(field.name),
                                canonicalText(values.at(std::string(field.name))));
    }
    return row;
}

}  // namespace sitefit::gis::detail
