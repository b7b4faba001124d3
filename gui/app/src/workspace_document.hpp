#pragma once

#include <QObject>
#include <QString>
#include <cstddef>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "sitefit/core/date.hpp"
#include "sitefit/core/district.hpp"
#include "sitefit/core/listing.hpp"
#include "sitefit/core/match_result.hpp"
#include "sitefit/core/progress.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "sitefit/gui/map_data.hpp"
#include "sitefit/gui/map_results.hpp"
#include "sitefit/planning/allocation_plan.hpp"
#include "sitefit/planning/planning_session.hpp"
#include "sitefit/planning/workspace_session.hpp"

namespace sitefit::gui {

class BackgroundTask;

// The plan the allocation panel shows: the planning layer's, unchanged.
using AllocationPlan = planning::AllocationPlan;

// A workspace read and measured, ready to be adopted by a WorkspaceDocument. Made on a
// worker thread by WorkspaceDocument::read().
struct OpenedWorkspace {
    QString path;
    core::Date as_of;
    // Refuse: it had no error. SetAside: its features with errors were left out.
    gis::FlawHandling flaws = gis::FlawHandling::Refuse;
    std::shared_ptr<const planning::WorkspaceSession> session;
    // The same session when a planner opened it; null for an investor, whose session never
    // reads the projects or the plan links.
    std::shared_ptr<const planning::PlanningSession> planner;
    std::shared_ptr<const MapData> map;
    // Carriers' contacts and the edit log (investor preview; empty for planners).
    std::shared_ptr<const core::ListingSources> sources;
};

// The open workspace and what the planner has done with it: the district with edited
// project requirements, the selected project and its match, the allocation plan, the
// selected features. Panels read it and ask it to change; it announces every change.
// Domain work is delegated to the planning layer (planning::PlanningSession, or an
// investor's planning::InvestorSession).
// Thread rules: a GUI-thread object; the session and map data it shares with worker
// threads are immutable.
class WorkspaceDocument : public QObject {
    Q_OBJECT
public:
    // Who looks at the workspace. An investor previews it read-only: the document holds no
    // project of the workspace (they are the planners' and confidential: investors,
    // investment), refuses every change, and matches only the investor's own requirement.
    // (session() still holds the workspace as read, for the catalogue and the geometry;
    // what an investor's widgets show comes from district() and mapData() only.)
    enum class Access { Planner, Investor };

    explicit WorkspaceDocument(QObject* parent = nullptr);
    WorkspaceDocument(Access access, QObject* parent);
    ~WorkspaceDocument() override;

    // Reads, measures and prepares a workspace for drawing. Any thread; reports to
    // `progress`. For an investor the map data carries no project and the listing sources
    // (contacts, edit log) are read too. `flaws`: whether a workspace with errors is refused
    // or opened without the flawed features. Throws sitefit::Error, or whatever `progress`
    // throws to cancel.
    [[nodiscard]] static OpenedWorkspace read(const QString& path, core::Date as_of,
                                              core::ProgressSink& progress,
                                              Access access = Access::Planner,
                                              gis::FlawHandling flaws = gis::FlawHandling::Refuse);

    [[nodiscard]] Access access() const noexcept { return m_access; }
    [[nodiscard]] bool isReadOnly() const noexcept { return m_access == Access::Investor; }

    void adopt(OpenedWorkspace workspace);
    // Reads `path` (a GeoPackage or a PG: connection) with this document's access on the
    // task's worker thread and adopts it on the GUI thread, unless the document is gone by
    // then. The task's title names the workspace; a failure is the task's. Refused for its
    // flawed features (with FlawHandling::Refuse), the task fails with a
    // WorkspaceRefusedError (workspace_refusal.hpp), so the window can offer to open the
    // workspace without them.
    void openInBackground(BackgroundTask& task, const QString& path, core::Date as_of,
                          gis::FlawHandling flaws = gis::FlawHandling::Refuse);
    void close();

    [[nodiscard]] bool isOpen() const noexcept { return m_session != nullptr; }
    [[nodiscard]] QString path() const { return m_path; }
    [[nodiscard]] core::Date asOf() const noexcept { return m_asOf; }
    // How the open workspace was read: SetAside when it was opened without its flawed
    // features (reopening it after a save keeps that).
    [[nodiscard]] gis::FlawHandling flawHandling() const noexcept { return m_flaws; }
    // What was found wrong in the open workspace: warnings, and the errors of the features
    // left out when it was opened with FlawHandling::SetAside. Empty when none is open.
    [[nodiscard]] const core::ProblemReport& problems() const;
    [[nodiscard]] const planning::WorkspaceSession& session() const { return *m_session; }
    // The planner's session; throws sitefit::Error (Usage) in an investor's document.
    [[nodiscard]] const planning::PlanningSession& plannerSession() const;
    [[nodiscard]] std::shared_ptr<const planning::PlanningSession> sharedPlannerSession() const;
    [[nodiscard]] std::shared_ptr<const planning::WorkspaceSession> sharedSession() const {
        return m_session;
    }
    [[nodiscard]] std::shared_ptr<const MapData> mapData() const { return m_map; }
    // The district with the planner's edits to project requirements.
    [[nodiscard]] const core::District& district() const { return *m_district; }
    [[nodiscard]] std::shared_ptr<const core::District> sharedDistrict() const {
        return m_district;
    }
    [[nodiscard]] const std::vector<core::SiteFacts>& sites() const;
    [[nodiscard]] std::shared_ptr<const MapResults> results() const { return m_results; }

    // --- projects ---
    [[nodiscard]] std::optional<std::size_t> selectedProject() const noexcept {
        return m_selectedProject;
    }
    void selectProject(std::optional<std::size_t> project);
    // The selected project's match with every rejection, or nullptr.
    [[nodiscard]] const core::ProjectMatch* currentMatch() const { return m_match.get(); }
    // Why the selected project could not be matched ("" when it was).
    [[nodiscard]] QString matchError() const { return m_matchError; }
    // Replaces a project's requirements and, when it is the selected one, rematches it at
    // once. Throws sitefit::Error when the matcher refuses the project, and (Usage) in the
    // investor preview, which changes nothing.
    void editProject(std::size_t project, const core::Project& edited);
    // Back to the requirements read from the workspace. Refused like editProject.
    void resetProject(std::size_t project);
    [[nodiscard]] bool isEdited(std::size_t project) const;

    // --- allocation ---
    [[nodiscard]] const AllocationPlan* plan() const { return m_plan.get(); }
    // Refused (sitefit::Error, Usage) in the investor preview, like every change below.
    void setPlan(std::shared_ptr<const AllocationPlan> plan);
    // True once a requirement was edited after the plan was made.
    [[nodiscard]] bool isPlanOutdated() const noexcept { return m_planOutdated; }
    // The planners' pins and exclusions: the workspace's plan_links with the pending link
    // edits (MainWindow keeps them in step with the EditSession). Empty in the investor
    // preview: links are confidential to planners.
    [[nodiscard]] const std::vector<core::PlanLink>& planLinks() const noexcept { return m_links; }
    void setPlanLinks(std::vector<core::PlanLink> links);
    // Sites closed to every project for this session only (plan_links holds a project's
    // links, not a site's closure).
    [[nodiscard]] const std::vector<std::string>& closedSites() const noexcept {
        return m_closedSites;
    }
    void setClosedSites(std::vector<std::string> sites);
    // The request the next allocation run uses: the links' pins and exclusions, as `sitefit
    // allocate WORKSPACE` makes them from the stored links, and the closed sites ("*").
    [[nodiscard]] const planning::PlanRequestLinks& planRequest() const noexcept {
        return m_request;
    }

    // --- an investor's own requirement (nothing of the workspace changes) ---
    // Matches `requirement` (a project made from the investor's form, not stored anywhere)
    // against every site with the same matcher as the workspace's projects: the candidates
    // show on the map and currentMatch() holds them, its `project` being 0. Throws
    // sitefit::Error when the matcher refuses it (a category missing from the catalogue).
    void previewRequirement(const core::Project& requirement);
    [[nodiscard]] const std::optional<core::Project>& previewedRequirement() const noexcept {
        return m_preview;
    }
    // Contacts and edit log, read for the investor preview (empty for planners).
    [[nodiscard]] const core::ListingSources& listingSources() const;

    // --- selection (features highlighted on the map) ---
    [[nodiscard]] const std::vector<FeatureRef>& selection() const { return m_results->selection; }
    void setSelection(std::vector<FeatureRef> selection);

    // The map feature of a site (parcel or building) and the site of a feature, if any.
    [[nodiscard]] FeatureRef featureOfSite(std::size_t site) const;
    [[nodiscard]] std::optional<std::size_t> siteOfFeature(const FeatureRef& feature) const;
    // The site of the one selected feature; none when the selection is not one site.
    [[nodiscard]] std::optional<std::size_t> selectedSite() const;

signals:
    void opened();
    void closed();
    // A project's requirements changed (edited or reset).
    void projectEdited(std::size_t project);
    void projectSelected(std::optional<std::size_t> project);
    // The selected project's match (after selection or an edit).
    void matchChanged();
    void planChanged();
    void planRequestChanged();
    void selectionChanged();
    // MapResults changed: the map redraws.
    void resultsChanged();

private:
    void rematch();
    void publishResults();
    // Throws sitefit::Error (Usage) in the investor preview, naming what was refused.
    void refuseWhenReadOnly(const char* what) const;
    void rebuildPlanRequest();

    Access m_access = Access::Planner;
    QString m_path;
    core::Date m_asOf{};
    gis::FlawHandling m_flaws = gis::FlawHandling::Refuse;
    std::shared_ptr<const planning::WorkspaceSession> m_session;
    std::shared_ptr<const planning::PlanningSession> m_planner;
    std::shared_ptr<const MapData> m_map;
    std::shared_ptr<const core::District> m_district;
    std::optional<std::size_t> m_selectedProject;
    std::unique_ptr<core::ProjectMatch> m_match;
    QString m_matchError;
    std::shared_ptr<const AllocationPlan> m_plan;
    bool m_planOutdated = false;
    std::set<std::size_t> m_edited;
    std::vector<core::PlanLink> m_links;
    std::vector<std::string> m_closedSites;
    planning::PlanRequestLinks m_request;
    std::shared_ptr<const MapResults> m_results;
    std::optional<core::Project> m_preview;
    std::shared_ptr<const core::ListingSources> m_sources;
    std::vector<std::size_t> m_parcelSite;    // parcel index → site index (or npos)
    std::vector<std::size_t> m_buildingSite;  // building index → site index (or npos)
};

}  // namespace sitefit::gui
