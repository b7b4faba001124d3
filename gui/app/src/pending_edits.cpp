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

std::optional<PendingLinkEdit> PendingEdits::findLink(const std::string& project,
                                                      const std::string& site) const {
    const auto found = std::ranges::find_if(
        m_links, [&](const PendingLinkEdit& e) { return e.samePair(project, site); });
    if (found == m_links.end()) {
        return std::nullopt;
    }
    return *found;
}

void PendingEdits::setLink(const PendingLinkEdit& edit) {
    const auto found = std::ranges::find_if(m_links, [&](const PendingLinkEdit& e) {
        return e.samePair(edit.project_id, edit.site_id);
    });
    if (found == m_links.end()) {
        m_links.push_back(edit);
    } else {
        *found = edit;
    }
}

void PendingEdits::removeLink(const std::string& project, const std::string& site) {
    std::erase_if(m_links, [&](const PendingLinkEdit& e) { return e.samePair(project, site); });
}

std::vector<core::PlanLink> PendingEdits::linksAfter(
    const std::vector<core::PlanLink>& stored) const {
    std::vector<core::PlanLink> out;
    for (const core::PlanLink& link : stored) {
        const std::optional<PendingLinkEdit> edit = findLink(link.project_id, link.site_id);
        if (!edit) {
            out.push_back(link);
        } else if (edit->kind) {
            core::PlanLink changed = link;
            changed.kind = *edit->kind;
            out.push_back(std::move(changed));
        }
    }
    for (const PendingLinkEdit& edit : m_links) {
        const bool isStored = std::ranges::any_of(stored, [&](const core::PlanLink& link) {
            return edit.samePair(link.project_id, link.site_id);
        });
        if (!isStored && edit.kind) {
            out.push_back({edit.project_id, edit.site_id, *edit.kind, {}});
        }
    }
    return out;
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
    using Action = gis::PlanLinkChange::Action;
    for (const bool removals : {true, false}) {
        for (const PendingLinkEdit& edit : m_links) {
            if (removals != !edit.kind.has_value()) {
                continue;
            }
            gis::PlanLinkChange change;
            change.project_id = edit.project_id;
            change.site_id = edit.site_id;
            change.action = !edit.kind                              ? Action::Unlink
                            : *edit.kind == core::PlanLinkKind::Pin ? Action::Pin
                                                                    : Action::Exclude;
            // A new link expects the pair to hold none (version 0): a planner who stored one
            // for it meanwhile makes the save stale rather than silently overwritten.
            if (!edit.saved_kind) {
                change.expected_version = 0;
            }
            request.links.push_back(std::move(change));
        }
    }
    return request;
}

}  // namespace sitefit::gui
