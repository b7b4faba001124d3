#include "pending_edits.hpp"

#include <algorithm>

namespace sitefit::gui {

std::optional<PendingEdit> PendingEdits::find(const std::string& layer, const std::string& id,
                                              const std::string& field) const {
    const auto found = std::ranges::find_if(
        m_entries, [&](const PendingEdit& e) { return e.sameField(layer, id, field); });
    if (found == m_entries.end()) {
        return std::nullopt;
    }
    return *found;
}

std::optional<std::int64_t> PendingEdits::versionOf(const std::string& layer,
                                                    const std::string& id) const {
    for (const PendingEdit& edit : m_entries) {
        if (edit.layer == layer && edit.id == id) {
            return edit.expected_version;
        }
    }
    return std::nullopt;
}

void PendingEdits::set(const PendingEdit& edit) {
    const auto found = std::ranges::find_if(m_entries, [&](const PendingEdit& e) {
        return e.sameField(edit.layer, edit.id, edit.field);
    });
    if (found == m_entries.end()) {
        m_entries.push_back(edit);
    } else {
        *found = edit;
    }
}

void PendingEdits::remove(const std::string& layer, const std::string& id,
                          const std::string& field) {
    std::erase_if(m_entries, [&](const PendingEdit& e) { return e.sameField(layer, id, field); });
}

void PendingEdits::rebase(const std::string& layer, const std::string& id, std::int64_t version,
                          const std::vector<std::pair<std::string, std::string>>& saved_fields) {
    for (PendingEdit& edit : m_entries) {
        if (edit.layer != layer || edit.id != id) {
            continue;
        }
        edit.expected_version = version;
        for (const auto& [field, value] : saved_fields) {
            if (field == edit.field) {
                edit.saved_value = value;
            }
        }
    }
}

gis::EditRequest PendingEdits::toRequest(const std::string& editor) const {
    gis::EditRequest request;
    request.editor = editor;
    for (const PendingEdit& edit : m_entries) {
        request.changes.push_back(gis::FieldChange{
            .layer = edit.layer,
            .id = edit.id,
            .field = edit.field,
            .value = edit.value,
            .expected_version = edit.expected_version,
            .origin = {},
        });
    }
    return request;
}

}  // namespace sitefit::gui
