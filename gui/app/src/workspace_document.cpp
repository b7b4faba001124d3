#include "workspace_document.hpp"

#include <QPointer>
#include <algorithm>
#include <limits>
#include <memory>
#include <optional>
#include <utility>

#include "background_task.hpp"
#include "sitefit/core/default_rule_pack.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/gis/drawable_layers_sink.hpp"
#include "sitefit/gis/listing_sources.hpp"
#include "sitefit/planning/investor_session.hpp"
#include "workspace_name.hpp"
#include "workspace_refusal.hpp"

namespace sitefit::gui {
namespace {

constexpr std::size_t kNoSite = std::numeric_limits<std::size_t>::max();

}  // namespace

WorkspaceDocument::WorkspaceDocument(QObject* parent)
    : WorkspaceDocument(Access::Planner, parent) {}

WorkspaceDocument::WorkspaceDocument(Access access, QObject* parent)
    : QObject(parent),
      m_access(access),
      m_results(std::make_shared<const MapResults>()),
      m_sources(std::make_shared<const core::ListingSources>()) {}

WorkspaceDocument::~WorkspaceDocument() = default;

const planning::PlanningSession& WorkspaceDocument::plannerSession() const {
    return *sharedPlannerSession();
}

std::shared_ptr<const planning::PlanningSession> WorkspaceDocument::sharedPlannerSession() const {
    refuseWhenReadOnly("the workspace's projects");
    if (!m_planner) {
        throw Error(Error::Kind::Internal, "no workspace is open");
    }
    return m_planner;
}

OpenedWorkspace WorkspaceDocument::read(const QString& path, core::Date as_of,
                                        core::ProgressSink& progress, Access access,
                                        gis::FlawHandling flaws) {
    OpenedWorkspace opened;
    opened.path = path;
    opened.as_of = as_of;
    opened.flaws = flaws;
    core::RulePack rules = core::defaultRulePack();
    gis::ReadOptions options;
    // The map's layers are made as the workspace is read, not parsed again afterwards.
    gis::DrawableLayersSink drawable;
    options.sinks.push_back(&drawable);
    options.flaws = flaws;
    options.tolerances = rules.data_quality;
    if (access == Access::Investor) {
        opened.session = std::make_shared<const planning::InvestorSession>(
            path.toStdString(), std::move(rules), as_of, progress, options);
    } else {
        opened.planner = std::make_shared<const planning::PlanningSession>(
            path.toStdString(), std::move(rules), as_of, progress, options);
        opened.session = opened.planner;
    }
    progress.report("preparing the map", 0, 1);
    // An investor's session never read the projects or plan links: its map has none.
    opened.map = makeMapData(opened.session->data(), drawable.take());
    if (access == Access::Investor) {
        opened.sources = std::make_shared<const core::ListingSources>(
            gis::ListingSourceReader::read(path.toStdString()));
    }
    progress.report("preparing the map", 1, 1);
    progress.finish("preparing the map");
    return opened;
}

void WorkspaceDocument::openInBackground(BackgroundTask& task, const QString& path,
                                         core::Date as_of, gis::FlawHandling flaws) {
    const Access access = m_access;
    QPointer<WorkspaceDocument> self(this);
    task.start(tr("Opening %1").arg(workspaceDisplayName(path)),
               [path, as_of, access, flaws, self](TaskProgress& progress) {
                   std::shared_ptr<OpenedWorkspace> opened;
                   try {
                       opened = std::make_shared<OpenedWorkspace>(
                           WorkspaceDocument::read(path, as_of, progress, access, flaws));
                   } catch (const Error& error) {
                       std::optional<WorkspaceRefusal> refusal;
                       if (flaws == gis::FlawHandling::Refuse) {
                           refusal = refusalOf(path, error);
                       }
                       if (!refusal) {
                           throw;
                       }
                       throw WorkspaceRefusedError(error, std::move(*refusal));
                   }
                   return BackgroundTask::Completion([self, opened] {
                       if (self) {
                           self->adopt(std::move(*opened));
                       }
                   });
               });
}

void WorkspaceDocument::adopt(OpenedWorkspace workspace) {
    if (isOpen()) {
        close();
    }
    m_path = workspace.path;
    m_asOf = workspace.as_of;
    m_flaws = workspace.flaws;
    m_session = std::move(workspace.session);
    m_planner = std::move(workspace.planner);
    m_map = std::move(workspace.map);
    if (workspace.sources) {
        m_sources = std::move(workspace.sources);
    }
    if (isReadOnly()) {
        auto district = std::make_shared<core::District>(m_session->district());
        district->projects.clear();
        district->plan_links.clear();
        m_district = std::move(district);
    } else {
        m_district = std::make_shared<const core::District>(m_session->district());
        m_links = m_district->plan_links;
    }
    rebuildPlanRequest();
    m_parcelSite.assign(m_district->parcels.size(), kNoSite);
    m_buildingSite.assign(m_district->buildings.size(), kNoSite);
    const std::vector<core::SiteFacts>& all = m_session->sites();
    for (std::size_t s = 0; s < all.size(); ++s) {
        auto& lookup = all[s].type == core::SiteType::Parcel ? m_parcelSite : m_buildingSite;
        if (all[s].index < lookup.size()) {
            lookup[all[s].index] = s;
        }
    }
    publishResults();
    emit opened();
}

void WorkspaceDocument::close() {
    if (!isOpen()) {
        return;
    }
    m_path.clear();
    m_flaws = gis::FlawHandling::Refuse;
    m_session.reset();
    m_planner.reset();
    m_map.reset();
    m_district.reset();
    m_selectedProject.reset();
    m_match.reset();
    m_matchError.clear();
    m_plan.reset();
    m_planOutdated = false;
    m_edited.clear();
    m_links.clear();
    m_closedSites.clear();
    m_request = {};
    m_preview.reset();
    m_sources = std::make_shared<const core::ListingSources>();
    m_parcelSite.clear();
    m_buildingSite.clear();
    m_results = std::make_shared<const MapResults>();
    emit closed();
    emit resultsChanged();
}

const core::ProblemReport& WorkspaceDocument::problems() const {
    static const core::ProblemReport kNone;
    return m_session ? m_session->capacity().workspace.problems : kNone;
}

const std::vector<core::SiteFacts>& WorkspaceDocument::sites() const {
    return m_session->sites();
}

void WorkspaceDocument::selectProject(std::optional<std::size_t> project) {
    if (!isOpen() || project == m_selectedProject) {
        return;
    }
    if (project && *project >= m_district->projects.size()) {
        project.reset();
    }
    m_selectedProject = project;
    m_preview.reset();
    try {
        rematch();
    } catch (const std::exception& error) {
        // A project the matcher refuses (a category missing from the catalogue): no
        // candidates, and the panels say why.
        m_match.reset();
        m_matchError = QString::fromUtf8(error.what());
    }
    emit projectSelected(project);
    emit matchChanged();
    publishResults();
}

void WorkspaceDocument::refuseWhenReadOnly(const char* what) const {
    if (isReadOnly()) {
        throw Error(Error::Kind::Usage,
                    std::string("the investor preview is read-only: ") + what + " is not allowed");
    }
}

const core::ListingSources& WorkspaceDocument::listingSources() const {
    return *m_sources;
}

void WorkspaceDocument::previewRequirement(const core::Project& requirement) {
    if (!isOpen()) {
        return;
    }
    // The requirement is the only project the matcher sees: the workspace's projects play
    // no part in a preview (and an investor's document holds none).
    core::District district = *m_district;
    district.projects = {requirement};
    auto match = std::make_unique<core::ProjectMatch>(m_session->matchEdited(district, 0));
    m_selectedProject.reset();
    m_preview = requirement;
    m_match = std::move(match);
    m_matchError.clear();
    emit matchChanged();
    publishResults();
}

void WorkspaceDocument::editProject(std::size_t project, const core::Project& edited) {
    refuseWhenReadOnly("changing a project's requirements");
    if (!isOpen() || project >= m_district->projects.size()) {
        return;
    }
    auto district = std::make_shared<core::District>(*m_district);
    district->projects[project] = edited;
    const std::shared_ptr<const core::District> previous = m_district;
    m_district = std::move(district);
    if (m_selectedProject == project) {
        try {
            rematch();
        } catch (...) {
            m_district = previous;
            rematch();
            throw;
        }
    }
    m_edited.insert(project);
    if (m_plan) {
        m_planOutdated = true;
    }
    emit projectEdited(project);
    if (m_selectedProject == project) {
        emit matchChanged();
        publishResults();
    }
    if (m_plan) {
        emit planChanged();
    }
}

void WorkspaceDocument::resetProject(std::size_t project) {
    refuseWhenReadOnly("resetting a project's requirements");
    if (!isOpen() || project >= m_district->projects.size()) {
        return;
    }
    editProject(project, m_session->district().projects[project]);
    m_edited.erase(project);
    emit projectEdited(project);
}

bool WorkspaceDocument::isEdited(std::size_t project) const {
    return m_edited.contains(project);
}

void WorkspaceDocument::setPlan(std::shared_ptr<const AllocationPlan> plan) {
    refuseWhenReadOnly("an allocation plan");
    m_plan = std::move(plan);
    m_planOutdated = false;
    emit planChanged();
    publishResults();
}

void WorkspaceDocument::setPlanLinks(std::vector<core::PlanLink> links) {
    refuseWhenReadOnly("pinning or excluding sites");
    const auto same = [](const core::PlanLink& a, const core::PlanLink& b) {
        return a.project_id == b.project_id && a.site_id == b.site_id && a.kind == b.kind;
    };
    // Every pending edit passes through here: only a change of the links reruns a plan.
    if (std::ranges::equal(links, m_links, same)) {
        return;
    }
    m_links = std::move(links);
    rebuildPlanRequest();
    emit planRequestChanged();
}

void WorkspaceDocument::setClosedSites(std::vector<std::string> sites) {
    refuseWhenReadOnly("closing sites");
    m_closedSites = std::move(sites);
    rebuildPlanRequest();
    emit planRequestChanged();
}

void WorkspaceDocument::rebuildPlanRequest() {
    // The closed sites are the ad-hoc part of the request; the links (stored, with the
    // pending edits) merge in as the command line's stored links do.
    core::PlanRequest closed;
    for (const std::string& site : m_closedSites) {
        closed.exclusions.push_back({"*", site});
    }
    m_request = planning::planRequestLinks(std::move(closed), m_links);
}

void WorkspaceDocument::setSelection(std::vector<FeatureRef> selection) {
    if (selection == m_results->selection) {
        return;
    }
    auto results = std::make_shared<MapResults>(*m_results);
    results->selection = std::move(selection);
    m_results = std::move(results);
    emit selectionChanged();
    emit resultsChanged();
}

FeatureRef WorkspaceDocument::featureOfSite(std::size_t site) const {
    const core::SiteFacts& facts = sites().at(site);
    return FeatureRef{
        facts.type == core::SiteType::Parcel ? MapLayerId::Parcels : MapLayerId::Buildings,
        facts.index};
}

std::optional<std::size_t> WorkspaceDocument::selectedSite() const {
    const std::vector<FeatureRef>& chosen = selection();
    return chosen.size() == 1 ? siteOfFeature(chosen.front()) : std::nullopt;
}

std::optional<std::size_t> WorkspaceDocument::siteOfFeature(const FeatureRef& feature) const {
    const std::vector<std::size_t>* lookup = nullptr;
    if (feature.layer == MapLayerId::Parcels) {
        lookup = &m_parcelSite;
    } else if (feature.layer == MapLayerId::Buildings) {
        lookup = &m_buildingSite;
    }
    if (lookup == nullptr || feature.feature >= lookup->size() ||
        (*lookup)[feature.feature] == kNoSite) {
        return std::nullopt;
    }
    return (*lookup)[feature.feature];
}

void WorkspaceDocument::rematch() {
    m_match.reset();
    m_matchError.clear();
    if (!m_selectedProject) {
        return;
    }
    m_match = std::make_unique<core::ProjectMatch>(
        m_session->matchEdited(*m_district, *m_selectedProject));
}

void WorkspaceDocument::publishResults() {
    auto results = std::make_shared<MapResults>();
    results->selection = m_results->selection;
    results->selected_project = m_selectedProject;
    if (m_match) {
        for (const core::Candidate& candidate : m_match->candidates) {
            results->candidates.push_back({candidate.site, candidate.rank, candidate.score});
        }
    }
    if (m_plan) {
        for (const AllocationPlan::Row& row : m_plan->rows()) {
            results->placements.push_back({row.project, row.site});
        }
    }
    m_results = std::move(results);
    emit resultsChanged();
}

}  // namespace sitefit::gui
