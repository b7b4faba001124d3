#include "detail/edit_plan.hpp"

#include <pwd.h>
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <ctime>

#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis::detail {
namespace {

using namespace layer_names;

std::string singular(std::string_view layer) {
    return std::string(layer.substr(0, layer.size() - 1));
}

std::string editableFields(const LayerSpec& spec) {
    std::string names;
    for (const FieldSpec& field : spec.fields) {
        if (field.name == spec.id_field) {
            continue;
        }
        names += names.empty() ? "" : ", ";
        names += field.name;
    }
    return names;
}

[[noreturn]] void refuse(const FieldChange& change, const std::string& message,
                         ErrorContext context) {
    if (change.origin.empty()) {
        throw Error(Error::Kind::Usage, message, std::move(context));
    }
    context.file = change.origin;
    throw Error(Error::Kind::Input, message, std::move(context));
}

}  // namespace

std::string idFieldOf(const std::string& layer) {
    return std::string(layerSpec(layer).id_field);
}

std::vector<RowChanges> planEdit(const EditRequest& request) {
    std::vector<RowChanges> rows;
    std::map<std::pair<std::string, std::string>, std::size_t> rowIndex;
    for (const FieldChange& change : request.changes) {
        std::string layer;
        try {
            layer = WorkspaceEditor::layerNamed(change.layer);
        } catch (const Error& error) {
            refuse(change, error.message(), {});
        }
        const LayerSpec& spec = layerSpec(layer);
        if (change.id.empty()) {
            refuse(change, "no id given for the " + singular(layer) + " to change", {"", layer});
        }
        const ErrorContext where{"", layer, change.id, change.field};
        const auto field = std::find_if(spec.fields.begin(), spec.fields.end(),
                                        [&](const FieldSpec& f) { return f.name == change.field; });
        if (change.field == spec.id_field) {
            refuse(change, "the id of a row cannot be edited", where);
        }
        if (field == spec.fields.end()) {
            refuse(change,
                   "'" + change.field + "' is not a field of layer '" + layer +
                       "'; the fields that can be set are: " + editableFields(spec),
                   where);
        }
        const auto key = std::make_pair(layer, change.id);
        auto [found, inserted] = rowIndex.emplace(key, rows.size());
        if (inserted) {
            rows.push_back({layer, change.id, {}, change.expected_version, change.origin});
        }
        RowChanges& row = rows[found->second];
        if (change.expected_version) {
            if (row.expected_version && *row.expected_version != *change.expected_version) {
                refuse(change,
                       "two different expected versions (" + std::to_string(*row.expected_version) +
                           " and " + std::to_string(*change.expected_version) +
                           ") for the same row",
                       {"", layer, change.id});
            }
            row.expected_version = change.expected_version;
        }
        const auto [previous, added] = row.values.emplace(change.field, change.value);
        if (!added && previous->second != change.value) {
            refuse(change,
                   "the field is set twice, to '" + previous->second + "' and to '" + change.value +
                       "'",
                   where);
        }
    }
    return rows;
}

std::string utcNow() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    ::gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
    return text;
}

std::string loginName() {
    const passwd* entry = ::getpwuid(::geteuid());
    if (entry != nullptr && entry->pw_name != nullptr && entry->pw_name[0] != '\0') {
        return entry->pw_name;
    }
    return "unknown";
}

void throwConflict(const std::string& file, const std::string& layer, const std::string& id,
                   std::int64_t expected, std::int64_t actual,
                   const std::optional<LastEdit>& last) {
    std::string message = "the row is at version " + std::to_string(actual) + ", not " +
                          std::to_string(expected) + " as expected: ";
    if (last) {
        message += "it was last saved by " + last->editor + " at " + last->edited_at;
    } else {
        message += "it has changed since (the edit log does not say by whom)";
    }
    message += ". Nothing was saved; read the row again (sitefit edit WORKSPACE --" +
               singular(layer) + " " + id + ") and make the change on its current values";
    throw EditConflict(message, {file, layer, id}, layer, id, expected, actual, last);
}

}  // namespace sitefit::gis::detail
