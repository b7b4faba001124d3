#include "stored_plan_links.hpp"

#include <ostream>

namespace sitefit::cli {

std::string overridingOption(const planning::LinkOverride& item) {
    return std::string(item.by_kind == core::PlanLinkKind::Pin ? "--pin" : "--exclude") + " " +
           item.by.project_id + "=" + item.by.site_id;
}

void printStoredLinks(const planning::StoredLinks& links, std::ostream& out) {
    if (links.applied.empty() && links.overridden.empty()) {
        return;
    }
    out << "Stored links applied (" << links.applied.size() << "):";
    for (const core::PlanLink& link : links.applied) {
        out << "\n  " << core::toString(link.kind) << " " << link.label();
        if (!link.note.empty()) {
            out << " (" << link.note << ")";
        }
    }
    out << "\n";
    for (const planning::LinkOverride& item : links.overridden) {
        out << "Stored " << core::toString(item.stored.kind) << " " << item.stored.label()
            << " overridden by " << overridingOption(item) << " on the command line\n";
    }
    out << "\n";
}

Error errorWithStoredLinkHint(const Error& error, std::size_t applied, StoredLinkHint hint) {
    const std::string how =
        "--ignore-stored-links leaves them out, `sitefit edit WORKSPACE --unlink "
        "PROJECT=SITE` removes one)";
    const std::string what = hint == StoredLinkHint::Mixed
                                 ? " (the request holds " + std::to_string(applied) +
                                       " stored link(s) of the workspace: "
                                 : std::string(" (a stored link of the workspace: ");
    return Error(error.kind(), error.message() + what + how, error.context());
}

}  // namespace sitefit::cli
