#include "sitefit/core/rule_pack_reader.hpp"

#include <toml++/toml.h>

#include <algorithm>
#include <array>
#include <cerrno>
#include <cmath>
#include <cstdint>
#include <fstream>
#include <functional>
#include <initializer_list>
#include <map>
#include <optional>
#include <sstream>
#include <string>
#include <system_error>
#include <tuple>
#include <vector>

#include "sitefit/core/error.hpp"
#include "sitefit/core/text.hpp"

namespace sitefit::core {
namespace {

// The only format version so far; a pack names it so that a later sitefit can read old packs.
constexpr std::int64_t kFormatVersion = 1;

// A key of a TOML table with what it holds. `path` is the dotted key used in messages and
// in ErrorContext::field (e.g. "weights.chain_synergy").
struct Entry {
    std::string path;
    std::string key;
    const toml::node* node = nullptr;
    toml::source_position keyPosition{};

    [[nodiscard]] toml::source_position valuePosition() const { return node->source().begin; }
};

// One string of an array, with where it stands.
struct ListedText {
    std::string text;
    toml::source_position position{};
};

// How one key of a section is read into the pack.
struct KeyRule {
    std::string_view key;
    std::function<void(const Entry&)> read;
};

std::string describeType(const toml::node& node) {
    switch (node.type()) {
        case toml::node_type::table:
            return "a table";
        case toml::node_type::array:
            return "an array";
        case toml::node_type::string:
            return "a string";
        case toml::node_type::integer:
            return "an integer";
        case toml::node_type::floating_point:
            return "a float";
        case toml::node_type::boolean:
            return "a boolean";
        case toml::node_type::date:
            return "a date";
        case toml::node_type::time:
            return "a time";
        case toml::node_type::date_time:
            return "a date-time";
        case toml::node_type::none:
            break;
    }
    return "nothing";
}

template <typename Names>
std::string joinNames(const Names& names) {
    return joined(std::vector<std::string>(std::begin(names), std::end(names)));
}

// The keys of a table in the order they appear in the file (toml::table orders them by
// name), so that the first mistake a planner made is the one reported.
std::vector<Entry> entriesInFileOrder(const toml::table& table, const std::string& prefix) {
    std::vector<Entry> entries;
    for (const auto& [key, node] : table) {
        const std::string name(key.str());
        std::string path = prefix;
        if (!path.empty()) {
            path += '.';
        }
        path += name;
        entries.push_back(Entry{std::move(path), name, &node, key.source().begin});
    }
    std::sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        return std::tie(a.keyPosition.line, a.keyPosition.column) <
               std::tie(b.keyPosition.line, b.keyPosition.column);
    });
    return entries;
}

// Reads one parsed pack into a RulePack, refusing the first mistake with file, line and key.
class PackTableReader {
public:
    explicit PackTableReader(std::string source) : m_source(std::move(source)) {}

    [[nodiscard]] RulePack read(const toml::table& root) const {
        RulePack pack;
        pack.source = m_source;
        const std::vector<Entry> sections = entriesInFileOrder(root, "");
        // [pack] first wherever it stands: an unsupported version must be reported as such,
        // not as the unknown keys a newer format would bring.
        readPackSection(sections, pack);
        for (const Entry& section : sections) {
            readSection(section, pack);
        }
        return pack;
    }

private:
    [[noreturn]] void refuse(const std::string& path, toml::source_position where,
                             const std::string& problem) const {
        throw Error(Error::Kind::Input, "line " + std::to_string(where.line) + ": " + problem,
                    ErrorContext{m_source, "", "", path});
    }

    void readPackSection(const std::vector<Entry>& sections, RulePack& pack) const {
        const auto found = std::find_if(sections.begin(), sections.end(),
                                        [](const Entry& entry) { return entry.key == "pack"; });
        if (found == sections.end()) {
            refuse("pack", toml::source_position{1, 1},
                   "missing section [pack]: a rule pack starts with [pack], name = \"...\" and "
                   "version = " +
                       std::to_string(kFormatVersion));
        }
        const toml::table& table = tableOf(*found);
        bool named = false;
        bool versioned = false;
        readKeys(*found, {
                             {"name",
                              [&](const Entry& entry) {
                                  pack.name = text(entry);
                                  named = true;
                              }},
                             {"version",
                              [&](const Entry& entry) {
                                  const std::int64_t version = integer(entry);
                                  if (version != kFormatVersion) {
                                      refuse(entry.path, entry.valuePosition(),
                                             "unsupported format version " +
                                                 std::to_string(version) +
                                                 " (this sitefit reads version " +
                                                 std::to_string(kFormatVersion) + ")");
                                  }
                                  pack.version = static_cast<int>(version);
                                  versioned = true;
                              }},
                         });
        if (!named) {
            refuse("pack.name", table.source().begin,
                   "missing: [pack] needs name = \"...\" so that results can say which rules "
                   "they were made with");
        }
        if (!versioned) {
            refuse("pack.version", table.source().begin,
                   "missing: [pack] needs version = " + std::to_string(kFormatVersion) +
                       " (the format version)");
        }
    }

    void readSection(const Entry& section, RulePack& pack) const {
        if (section.key == "pack") {
            return;  // read first, by readPackSection
        }
        const auto* found =
            std::find_if(kSectionReaders.begin(), kSectionReaders.end(),
                         [&](const SectionReader& reader) { return reader.name == section.key; });
        if (found == kSectionReaders.end()) {
            std::vector<std::string_view> allowed{"pack"};
            for (const SectionReader& reader : kSectionReaders) {
                allowed.push_back(reader.name);
            }
            refuse(section.path, section.keyPosition,
                   std::string(section.node->is_table() ? "unknown section" : "unknown key") +
                       " '" + section.key +
                       "' at the top level; every key belongs to one of the sections " +
                       joinNames(allowed));
        }
        (this->*found->read)(section, pack);
    }

    void readLand(const Entry& section, RulePack& pack) const {
        readKeys(section,
                 {
                     {"oversize_tolerance",
                      [&](const Entry& e) { pack.land_oversize_tolerance = nonNegative(e); }},
                     {"industrial_land_uses",
                      [&](const Entry& e) {
                          pack.industrial_land_uses.clear();
                          for (const ListedText& landUse : textList(e)) {
                              pack.industrial_land_uses.push_back(landUse.text);
                          }
                      }},
                     {"building_coverage_min",
                      [&](const Entry& e) { pack.building_coverage_min = fraction(e); }},
                 });
    }

    void readFar(const Entry& section, RulePack& pack) const {
        readKeys(section,
                 {
                     {"min_new_industrial",
                      [&](const Entry& e) { pack.far_min_new_industrial = nonNegative(e); }},
                     {"min_by_chain",
                      [&](const Entry& e) { pack.far_min_by_chain = nonNegativeByName(e); }},
                     {"min_by_category",
                      [&](const Entry& e) { pack.far_min_by_category = nonNegativeByName(e); }},
                 });
    }

    void readIntensity(const Entry& section, RulePack& pack) const {
        readKeys(
            section,
            {
                {"default_min",
                 [&](const Entry& e) { pack.intensity_default_min_wan_per_mu = nonNegative(e); }},
                {"min_by_zone_kind",
                 [&](const Entry& e) {
                     pack.intensity_min_by_zone_kind.clear();
                     for (const Entry& item : entriesInFileOrder(tableOf(e), e.path)) {
                         const std::optional<ZoneKind> kind = parseZoneKind(item.key);
                         if (!kind) {
                             refuse(item.path, item.keyPosition,
                                    "unknown zone kind '" + item.key +
                                        "' (allowed: " + joinNames(zoneKindNames()) + ")");
                         }
                         pack.intensity_min_by_zone_kind[*kind] = nonNegative(item);
                     }
                 }},
                {"min_by_zone",
                 [&](const Entry& e) { pack.intensity_min_by_zone = nonNegativeByName(e); }},
            });
    }

    void readPollution(const Entry& section, RulePack& pack) const {
        readKeys(
            section,
            {
                {"max_by_land_use",
                 [&](const Entry& e) {
                     pack.max_pollution_by_land_use.clear();
                     for (const Entry& item : entriesInFileOrder(tableOf(e), e.path)) {
                         pack.max_pollution_by_land_use[item.key] = pollutionClass(item, 1);
                     }
                 }},
                // 0 is allowed here: a district that admits no project outside its parks
                // (工业项目进园区) says so with outside_zones_max = 0.
                {"outside_zones_max",
                 [&](const Entry& e) { pack.max_pollution_outside_zones = pollutionClass(e, 0); }},
            });
    }

    void readSpace(const Entry& section, RulePack& pack) const {
        readKeys(section,
                 {
                     {"building_kinds",
                      [&](const Entry& e) {
                          pack.space_building_kinds.clear();
                          for (const ListedText& name : textList(e)) {
                              const std::optional<BuildingKind> kind = parseBuildingKind(name.text);
                              if (!kind) {
                                  refuse(e.path, name.position,
                                         "unknown building kind '" + name.text +
                                             "' (allowed: " + joinNames(buildingKindNames()) + ")");
                              }
                              pack.space_building_kinds.push_back(*kind);
                          }
                      }},
                 });
    }

    void readWeights(const Entry& section, RulePack& pack) const {
        for (const Entry& entry : entriesInFileOrder(tableOf(section), section.path)) {
            const std::optional<Criterion> criterion = parseCriterion(entry.key);
            if (!criterion) {
                refuse(entry.path, entry.keyPosition,
                       "unknown criterion '" + entry.key +
                           "' in [weights] (allowed: " + joinNames(criterionNames()) + ")");
            }
            pack.weights[*criterion] = nonNegative(entry);
        }
        double total = 0.0;
        for (const auto& [criterion, weight] : pack.weights) {
            total += weight;
        }
        if (total <= 0.0) {
            refuse(section.path, section.node->source().begin,
                   "all weights are zero; the score is Σ wᵢsᵢ / Σ wᵢ, so at least one "
                   "criterion must have a positive weight");
        }
    }

    void readSynergy(const Entry& section, RulePack& pack) const {
        readKeys(section,
                 {
                     {"half_distance_m",
                      [&](const Entry& e) { pack.synergy_half_distance_m = positive(e); }},
                     {"same_chain_weight",
                      [&](const Entry& e) { pack.synergy_same_chain_weight = nonNegative(e); }},
                     {"linked_weight",
                      [&](const Entry& e) { pack.synergy_linked_weight = nonNegative(e); }},
                     {"leader_weight",
                      [&](const Entry& e) { pack.synergy_leader_weight = nonNegative(e); }},
                 });
    }

    void readJobHousing(const Entry& section, RulePack& pack) const {
        readKeys(section, {
                              {"commute_radius_m",
                               [&](const Entry& e) { pack.commute_radius_m = nonNegative(e); }},
                              {"residential_m2_per_job",
                               [&](const Entry& e) { pack.residential_m2_per_job = positive(e); }},
                          });
    }

    void readReadiness(const Entry& section, RulePack& pack) const {
        readKeys(section, {
                              {"horizon_days",
                               [&](const Entry& e) { pack.readiness_horizon_days = positive(e); }},
                          });
    }

    void readDataQuality(const Entry& section, RulePack& pack) const {
        readKeys(
            section,
            {
                {"vacant_over_floor_area",
                 [&](const Entry& e) { pack.data_quality.vacant_over_floor_area = fraction(e); }},
                {"sliver_m2",
                 [&](const Entry& e) { pack.data_quality.sliver_m2 = nonNegative(e); }},
            });
    }

    void readDisclosure(const Entry& section, RulePack& pack) const {
        readKeys(section,
                 {
                     {"min_enterprises_in_total",
                      [&](const Entry& e) {
                          pack.disclosure.min_enterprises_in_total = enterpriseCount(e);
                      }},
                     {"p_percent", [&](const Entry& e) { pack.disclosure.p_percent = percent(e); }},
                 });
    }

    void readCost(const Entry& section, RulePack& pack) const {
        // The rent band is checked once both ends are known; the message points at the end
        // the file gave last (a default end has no line).
        std::optional<Entry> lastRentEnd;
        readKeys(section, {
                              {"max_land_cost_share",
                               [&](const Entry& e) {
                                   pack.max_land_cost_share = fraction(e);
                                   if (pack.max_land_cost_share == 0.0) {
                                       refuse(
                                           e.path, e.valuePosition(),
                                           "must be greater than 0 (a land cost share of 0 would "
                                           "score every priced parcel 0)");
                                   }
                               }},
                              {"rent_low_yuan_m2_month",
                               [&](const Entry& e) {
                                   pack.rent_low_yuan_m2_month = nonNegative(e);
                                   lastRentEnd = e;
                               }},
                              {"rent_high_yuan_m2_month",
                               [&](const Entry& e) {
                                   pack.rent_high_yuan_m2_month = nonNegative(e);
                                   lastRentEnd = e;
                               }},
                          });
        if (lastRentEnd && pack.rent_high_yuan_m2_month <= pack.rent_low_yuan_m2_month) {
            refuse(lastRentEnd->path, lastRentEnd->valuePosition(),
                   "rent_high_yuan_m2_month (" + writtenFigure(pack.rent_high_yuan_m2_month) +
                       ") must be greater than rent_low_yuan_m2_month (" +
                       writtenFigure(pack.rent_low_yuan_m2_month) + ")");
        }
    }

    // Visits the keys of a section in file order; a key without a rule is refused with the
    // list of keys the section knows.
    void readKeys(const Entry& section, std::initializer_list<KeyRule> rules) const {
        for (const Entry& entry : entriesInFileOrder(tableOf(section), section.path)) {
            const auto* rule = std::find_if(rules.begin(), rules.end(),
                                            [&](const KeyRule& r) { return r.key == entry.key; });
            if (rule == rules.end()) {
                std::vector<std::string_view> allowed;
                for (const KeyRule& r : rules) {
                    allowed.push_back(r.key);
                }
                refuse(entry.path, entry.keyPosition,
                       "unknown key '" + entry.key + "' in [" + section.path +
                           "] (allowed: " + joinNames(allowed) + ")");
            }
            rule->read(entry);
        }
    }

    const toml::table& tableOf(const Entry& entry) const {
        const toml::table* table = entry.node->as_table();
        if (table == nullptr) {
            refuse(entry.path, entry.valuePosition(),
                   "expected a table, found " + describeType(*entry.node));
        }
        return *table;
    }

    // Integers are accepted where a float is expected: planners write `weight = 25`.
    double number(const Entry& entry) const {
        double value = 0.0;
        if (const auto* integerValue = entry.node->as_integer()) {
            value = static_cast<double>(integerValue->get());
        } else if (const auto* floatValue = entry.node->as_floating_point()) {
            value = floatValue->get();
        } else {
            refuse(entry.path, entry.valuePosition(),
                   "expected a number, found " + describeType(*entry.node));
        }
        if (!std::isfinite(value)) {
            refuse(entry.path, entry.valuePosition(),
                   "must be a finite number (found " + writtenFigure(value) + ")");
        }
        return value;
    }

    double nonNegative(const Entry& entry) const {
        const double value = number(entry);
        if (value < 0.0) {
            refuse(entry.path, entry.valuePosition(),
                   "must not be negative (found " + writtenFigure(value) + ")");
        }
        return value;
    }

    // For values the matcher divides by.
    double positive(const Entry& entry) const {
        const double value = number(entry);
        if (value <= 0.0) {
            refuse(entry.path, entry.valuePosition(),
                   "must be greater than 0 (found " + writtenFigure(value) + ")");
        }
        return value;
    }

    // Shares are written as fractions; 30 for 30 % is the likely mistake, so say so.
    double fraction(const Entry& entry) const {
        const double value = number(entry);
        if (value < 0.0 || value > 1.0) {
            refuse(entry.path, entry.valuePosition(),
                   "must be a fraction from 0 to 1 (found " + writtenFigure(value) +
                       "; write 0.3 for 30 %)");
        }
        return value;
    }

    // A share written in per cent, as statisticians write the p % rule: 10 for 10 %.
    double percent(const Entry& entry) const {
        const double value = number(entry);
        if (value < 0.0 || value > 100.0) {
            refuse(entry.path, entry.valuePosition(),
                   "must be a percentage from 0 to 100 (found " + writtenFigure(value) + ")");
        }
        return value;
    }

    std::int64_t integer(const Entry& entry) const {
        const auto* value = entry.node->as_integer();
        if (value == nullptr) {
            refuse(entry.path, entry.valuePosition(),
                   "expected an integer, found " + describeType(*entry.node));
        }
        return value->get();
    }

    // A count of enterprises: 1 shows every total; 0 would be read as "no minimum", which
    // the planner more likely meant as 1.
    int enterpriseCount(const Entry& entry) const {
        const std::int64_t value = integer(entry);
        if (value < 1 || value > 1000) {
            refuse(entry.path, entry.valuePosition(),
                   "must be a whole number of enterprises from 1 to 1000 (found " +
                       std::to_string(value) + ")");
        }
        return static_cast<int>(value);
    }

    int pollutionClass(const Entry& entry, std::int64_t lowest) const {
        const std::int64_t value = integer(entry);
        if (value < lowest || value > 3) {
            refuse(entry.path, entry.valuePosition(),
                   "pollution class must be " + std::to_string(lowest) +
                       " to 3 (1 little, 2 some, 3 heavy pollution; found " +
                       std::to_string(value) + ")");
        }
        return static_cast<int>(value);
    }

    std::string text(const Entry& entry) const {
        const auto* value = entry.node->as_string();
        if (value == nullptr) {
            refuse(entry.path, entry.valuePosition(),
                   "expected a string, found " + describeType(*entry.node));
        }
        if (value->get().empty()) {
            refuse(entry.path, entry.valuePosition(), "must not be empty");
        }
        return value->get();
    }

    // An array of distinct, non-empty strings; each keeps its position so that a message
    // about one item of a list spread over several lines points at that item.
    std::vector<ListedText> textList(const Entry& entry) const {
        const toml::array* array = entry.node->as_array();
        if (array == nullptr) {
            refuse(entry.path, entry.valuePosition(),
                   "expected an array of strings, found " + describeType(*entry.node));
        }
        std::vector<ListedText> out;
        for (const toml::node& item : *array) {
            const Entry itemEntry{entry.path, entry.key, &item, item.source().begin};
            std::string value = text(itemEntry);
            if (std::any_of(out.begin(), out.end(),
                            [&](const ListedText& listed) { return listed.text == value; })) {
                refuse(entry.path, itemEntry.valuePosition(), "'" + value + "' is listed twice");
            }
            out.push_back({std::move(value), itemEntry.valuePosition()});
        }
        return out;
    }

    // A table of non-negative numbers keyed by free names (chain, category or zone codes,
    // which the pack cannot check against a catalogue it does not see).
    std::map<std::string, double> nonNegativeByName(const Entry& entry) const {
        std::map<std::string, double> out;
        for (const Entry& item : entriesInFileOrder(tableOf(entry), entry.path)) {
            out[item.key] = nonNegative(item);
        }
        return out;
    }

    static std::vector<std::string_view> zoneKindNames() {
        return {toString(ZoneKind::HighTechZone), toString(ZoneKind::IndustrialPark),
                toString(ZoneKind::TownshipCluster), toString(ZoneKind::SpecialtyPark)};
    }

    static std::vector<std::string_view> buildingKindNames() {
        std::vector<std::string_view> names;
        for (const BuildingKind kind :
             {BuildingKind::StandardFactory, BuildingKind::RndOffice, BuildingKind::Warehouse,
              BuildingKind::Incubator, BuildingKind::Residential, BuildingKind::PublicService,
              BuildingKind::Other}) {
            names.push_back(toString(kind));
        }
        return names;
    }

    static std::vector<std::string_view> criterionNames() {
        std::vector<std::string_view> names;
        names.reserve(kAllCriteria.size());
        for (const Criterion criterion : kAllCriteria) {
            names.push_back(toString(criterion));
        }
        return names;
    }

    struct SectionReader {
        std::string_view name;
        void (PackTableReader::*read)(const Entry&, RulePack&) const;
    };

    // The sections after [pack], in the order docs/rules.md documents them.
    static constexpr std::array<SectionReader, 12> kSectionReaders{{
        {"land", &PackTableReader::readLand},
        {"far", &PackTableReader::readFar},
        {"intensity", &PackTableReader::readIntensity},
        {"pollution", &PackTableReader::readPollution},
        {"space", &PackTableReader::readSpace},
        {"weights", &PackTableReader::readWeights},
        {"synergy", &PackTableReader::readSynergy},
        {"job_housing", &PackTableReader::readJobHousing},
        {"readiness", &PackTableReader::readReadiness},
        {"cost", &PackTableReader::readCost},
        {"data_quality", &PackTableReader::readDataQuality},
        {"disclosure", &PackTableReader::readDisclosure},
    }};

    std::string m_source;
};

}  // namespace

RulePack RulePackReader::read(const std::filesystem::path& path) {
    const std::string source = path.string();
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        throw Error(Error::Kind::Input,
                    "cannot open the rule pack: " + std::generic_category().message(errno),
                    ErrorContext{source, "", "", ""});
    }
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) {
        throw Error(Error::Kind::Input, "cannot read the rule pack",
                    ErrorContext{source, "", "", ""});
    }
    return parse(text.str(), source);
}

RulePack RulePackReader::parse(std::string_view toml, const std::string& source) {
    toml::table root;
    try {
        root = toml::parse(toml, std::string_view{source});
    } catch (const toml::parse_error& error) {
        const toml::source_position where = error.source().begin;
        throw Error(Error::Kind::Input,
                    "line " + std::to_string(where.line) + ", column " +
                        std::to_string(where.column) +
                        ": not valid TOML: " + std::string(error.description()),
                    ErrorContext{source, "", "", ""});
    }
    return PackTableReader(source).read(root);
}

}  // namespace sitefit::core
