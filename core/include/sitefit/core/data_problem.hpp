#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace sitefit::core {

// How much a flaw matters. An error makes a figure wrong: the feature is refused, or set
// aside when the user asks for that (--skip-invalid). A warning leaves every figure right
// (the value was clamped within a tolerance, or the overlap is counted once) and is only
// reported.
enum class Severity { Error, Warning };

[[nodiscard]] std::string_view toString(Severity severity) noexcept;

// The rules a workspace is checked against; each problem names one. Stable words: they are
// the `rule` column of `sitefit check --out` and the JSON's keys.
namespace rules {
inline constexpr std::string_view kValue = "value";        // schema and value rules
inline constexpr std::string_view kGeometry = "geometry";  // missing, empty, wrong type
inline constexpr std::string_view kInvalidGeometry = "invalid_geometry";  // GEOS validity
inline constexpr std::string_view kDuplicateId = "duplicate_id";
inline constexpr std::string_view kVacantOverFloorArea = "vacant_over_floor_area";
inline constexpr std::string_view kParcelOverlap = "parcel_overlap";
inline constexpr std::string_view kZoneOverlap = "zone_overlap";
inline constexpr std::string_view kBuildingAcrossParcels = "building_across_parcels";
inline constexpr std::string_view kBuildingOutsideParcels = "building_outside_parcels";
}  // namespace rules

// A point in the workspace's CRS where a problem is: GEOS's point for an invalid polygon,
// a point inside an overlap, else a point on the feature.
struct ProblemLocation {
    double x = 0.0;
    double y = 0.0;
};

// One flaw of one feature (or of a pair, for overlaps), with everything needed to find and
// fix it.
struct DataProblem {
    std::string rule;  // one of rules::k*
    Severity severity = Severity::Error;
    std::string layer;
    std::string feature;  // the feature's id, else "#<fid>"
    std::string field;    // "geometry" for geometry rules; empty for a pair
    std::string found;    // the value as read, where there is one
    std::string expected;
    std::string message;        // a complete sentence without the context
    std::string other_feature;  // the second feature of a pair (same layer), else empty
    std::optional<ProblemLocation> location;
    // Within one layer, the index of the feature in the layer's reading order (the District's
    // vector before anything was set aside); none for a pair or a layer-wide problem.
    std::optional<std::size_t> position;
};

// The tolerances for rounded and surveyed data, from the rule pack's [data_quality]
// (docs/rules.md gives each one's reason).
struct DataTolerances {
    // A vacant figure above the floor area by at most this fraction of it is clamped to the
    // floor area with a warning (registers round one figure and draw the other).
    double vacant_over_floor_area = 0.01;
    // Parcels (or zones) overlapping by at most this many m² are not reported (digitising slivers);
    // above it, the overlap is reported and counted once.
    double sliver_m2 = 1.0;
};

// Every problem found in a workspace, in the order found.
class ProblemReport {
public:
    void add(DataProblem problem);
    void append(const ProblemReport& other);

    [[nodiscard]] const std::vector<DataProblem>& problems() const noexcept { return m_problems; }
    [[nodiscard]] std::size_t errorCount() const noexcept;
    [[nodiscard]] std::size_t warningCount() const noexcept;
    [[nodiscard]] bool hasErrors() const noexcept { return errorCount() > 0; }
    [[nodiscard]] bool empty() const noexcept { return m_problems.empty(); }

    // Rules in the order first met, each with its count (errors and warnings together).
    struct RuleCount {
        std::string rule;
        Severity severity = Severity::Error;  // the worst of the rule's problems
        std::size_t count = 0;
        std::size_t errors = 0;
        std::size_t warnings = 0;
    };
    [[nodiscard]] std::vector<RuleCount> countsByRule() const;

    // One line a problem, "  error: parcels P7 far_min: <message>", grouped by rule with a
    // heading and its count (every rule, always); at most `limit` problem lines in all (0:
    // no limit), each rule ending with how many of its own were left out.
    [[nodiscard]] std::string text(std::size_t limit = 0) const;
    // {"errors": n, "warnings": n, "rules": [{"rule", "severity", "count"}],
    //  "problems": [{"rule", "severity", "layer", "feature", "field", "found", "expected",
    //  "message", "other_feature", "x", "y"}]}
    [[nodiscard]] std::string json() const;

private:
    std::vector<DataProblem> m_problems;
};

// "parcels P7 far_min: <message>": the one-line form of a problem used in every listing.
[[nodiscard]] std::string describe(const DataProblem& problem);

}  // namespace sitefit::core
