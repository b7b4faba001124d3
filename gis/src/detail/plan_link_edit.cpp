#include "detail/plan_link_edit.hpp"

#include <algorithm>
#include <set>
#include <utility>

#include "sitefit/core/error.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis::detail {
namespace {

const std::string kLayer(layer_names::kPlanLinks);

std::string labelOf(const PlanLinkChange& change) {
    return change.project_id + "=" + change.site_id;
}

std::string kindName(core::PlanLinkKind kind) {
    return kind == core::PlanLinkKind::Pin ? "a pin" : "an exclusion";
}

std::string optionOf(PlanLinkChange::Action action) {
    switch (action) {
        case PlanLinkChange::Action::Pin:
            return "--pin";
        case PlanLinkChange::Action::Exclude:
            return "--exclude";
        case PlanLinkChange::Action::Unlink:
            return "--unlink";
    }
    return "";
}

}  // namespace

void checkPlanLinkChanges(const std::vector<PlanLinkChange>& links) {
    std::set<std::pair<std::string, std::string>> named;
    for (const PlanLinkChange& change : links) {
        const ErrorContext where{"", kLayer, labelOf(change)};
        if (change.project_id.empty() || change.site_id.empty()) {
            throw Error(Error::Kind::Usage,
                        optionOf(change.action) + " '" + labelOf(change) +
                            "' is not PROJECT=SITE (a project_id, and a parcel_id or "
                            "building_id)",
                        where);
        }
        if (change.action == PlanLinkChange::Action::Unlink && change.note) {
            throw Error(Error::Kind::Usage, "a note goes with a pin or an exclusion, not --unlink",
                        where);
        }
        if (!named.emplace(change.project_id, change.site_id).second) {
            throw Error(Error::Kind::Usage,
                        "the pair is named twice in one save; a pair is either a pin or an "
                        "exclusion (or removed), once",
                        where);
        }
    }
}

void refuseUnknownLinkEnd(const std::string& file, const PlanLinkChange& change,
                          const std::string& field) {
    const std::string message =
        field == "project_id"
            ? "no project '" + change.project_id + "' in the workspace"
            : "no site '" + change.site_id + "' (a parcel_id or building_id) in the workspace";
    throw Error(Error::Kind::Input, message, {file, kLayer, labelOf(change), field});
}

namespace {

using StoredLinks = std::vector<StoredPlanLink>;

[[noreturn]] void refuseChange(const std::string& file, const std::string& label,
                               const std::string& field, const std::string& message) {
    throw Error(Error::Kind::Input, message, {file, kLayer, label, field});
}

// Refuses a change made against another version of the link than the stored one.
void checkExpectedVersion(const PlanLinkChange& change, std::int64_t version,
                          const std::string& file,
                          const std::function<std::optional<LastEdit>()>& lastEdit) {
    if (!change.expected_version || *change.expected_version == version) {
        return;
    }
    const std::string label = labelOf(change);
    const std::optional<LastEdit> last = lastEdit();
    std::string message = "the link is at version " + std::to_string(version) + ", not " +
                          std::to_string(*change.expected_version) + " as expected: ";
    message +=
        last ? "it was last saved by " + last->editor + " at " + last->edited_at
             : std::string(version == 0 ? "it is not stored (any more)" : "it has changed since");
    message += ". Nothing was saved";
    throw EditConflict(message, {file, kLayer, label}, kLayer, label, *change.expected_version,
                       version, last);
}

// --unlink: the stored link deleted.
PlanLinkStep unlinkStep(StoredLinks& stored, StoredLinks::iterator found, PlanLinkStep step,
                        const std::string& file) {
    const std::string& label = step.saved.id;
    if (found == stored.end()) {
        refuseChange(file, label, "kind", "no pin or exclusion " + label + " is stored");
    }
    step.write = PlanLinkWrite::Delete;
    step.link = found->link;
    step.fid = found->fid;
    step.saved.fields.push_back({"kind", std::string(core::toString(found->link.kind)), ""});
    if (!found->link.note.empty()) {
        step.saved.fields.push_back({"note", found->link.note, ""});
    }
    stored.erase(found);
    return step;
}

// A pair is a pin or an exclusion, not both; a project is pinned to one site.
void checkKind(const StoredLinks& stored, StoredLinks::const_iterator found,
               const PlanLinkChange& change, core::PlanLinkKind kind, const std::string& file) {
    const std::string label = labelOf(change);
    if (found != stored.end() && found->link.kind != kind) {
        refuseChange(file, label, "kind",
                     label + " is stored as " + kindName(found->link.kind) +
                         "; a pair is a pin or an exclusion, not both: remove it first "
                         "(sitefit edit WORKSPACE --unlink " +
                         label + ")");
    }
    if (kind != core::PlanLinkKind::Pin) {
        return;
    }
    for (const StoredPlanLink& other : stored) {
        if (other.link.kind == core::PlanLinkKind::Pin && other.link.site_id != change.site_id) {
            refuseChange(file, label, "kind",
                         "project " + change.project_id + " is already pinned to site " +
                             other.link.site_id +
                             "; a project takes one site: remove that pin first (sitefit "
                             "edit WORKSPACE --unlink " +
                             other.link.label() + ")");
        }
    }
}

}  // namespace

PlanLinkStep planLinkStep(std::vector<StoredPlanLink>& stored, const PlanLinkChange& change,
                          const std::string& file,
                          const std::function<std::optional<LastEdit>()>& lastEdit) {
    const std::string label = labelOf(change);
    const auto found = std::find_if(stored.begin(), stored.end(), [&](const StoredPlanLink& s) {
        return s.link.site_id == change.site_id;
    });
    const std::int64_t version = found == stored.end() ? 0 : found->version;
    checkExpectedVersion(change, version, file, lastEdit);

    PlanLinkStep step;
    step.saved = SavedRow{kLayer, label, version, version + 1, {}};
    if (change.action == PlanLinkChange::Action::Unlink) {
        return unlinkStep(stored, found, std::move(step), file);
    }
    const core::PlanLinkKind kind = change.action == PlanLinkChange::Action::Pin
                                        ? core::PlanLinkKind::Pin
                                        : core::PlanLinkKind::Exclude;
    checkKind(stored, found, change, kind, file);
    if (found == stored.end()) {
        step.write = PlanLinkWrite::Insert;
        step.link = {change.project_id, change.site_id, kind, change.note.value_or("")};
        step.saved.fields.push_back({"kind", "", std::string(core::toString(kind))});
        if (!step.link.note.empty()) {
            step.saved.fields.push_back({"note", "", step.link.note});
        }
        stored.push_back({step.link, step.saved.new_version, -1});
        return step;
    }
    step.link = found->link;
    step.fid = found->fid;
    if (change.note && *change.note != found->link.note) {
        step.saved.fields.push_back({"note", found->link.note, *change.note});
        step.link.note = *change.note;
    }
    if (step.saved.fields.empty()) {
        step.write = PlanLinkWrite::None;
        step.saved.new_version = version;
        return step;
    }
    step.write = PlanLinkWrite::Update;
    found->link = step.link;
    found->version = step.saved.new_version;
    return step;
}

}  // namespace sitefit::gis::detail
