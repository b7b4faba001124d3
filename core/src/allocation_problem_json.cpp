#include "sitefit/core/allocation_problem_json.hpp"

#include <map>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "sitefit/core/error.hpp"
#include "sitefit/core/text.hpp"

namespace sitefit::core {
namespace {

using nlohmann::json;

class ProblemParser {
public:
    explicit ProblemParser(std::string source) : m_source(std::move(source)) {}

    AllocationProblem parse(std::string_view input) {
        json root;
        try {
            root = json::parse(input);
        } catch (const json::exception& error) {  // parse_error, or out_of_range for 1e999
            fail("", std::string("not valid JSON: ") + error.what());
        }
        expectKeys(root, "", {"projects", "sites", "pairs", "pins", "exclusions"});
        AllocationProblem problem;
        for (const auto& [i, item] : arrayAt(root, "projects", true)) {
            const std::string path = "projects[" + std::to_string(i) + "]";
            expectKeys(*item, path, {"id", "priority", "mandatory"});
            AllocationProject project;
            project.id = text(item, path, "id");
            project.priority = number(item, path, "priority", 1.0);
            project.mandatory = flag(item, path, "mandatory");
            if (!m_projects.emplace(project.id, problem.projects.size()).second) {
                fail(path + ".id", "duplicate project id '" + project.id + "'");
            }
            problem.projects.push_back(std::move(project));
        }
        for (const auto& [i, item] : arrayAt(root, "sites", true)) {
            const std::string path = "sites[" + std::to_string(i) + "]";
            expectKeys(*item, path, {"id", "capacity"});
            AllocationSite site;
            site.id = text(item, path, "id");
            site.capacity = number(item, path, "capacity", 1.0);
            if (!m_sites.emplace(site.id, problem.sites.size()).second) {
                fail(path + ".id", "duplicate site id '" + site.id + "'");
            }
            problem.sites.push_back(std::move(site));
        }
        for (const auto& [i, item] : arrayAt(root, "pairs", true)) {
            const std::string path = "pairs[" + std::to_string(i) + "]";
            expectKeys(*item, path, {"project", "site", "score", "demand"});
            AllocationPair pair;
            pair.project = project(item, path);
            pair.site = site(item, path);
            pair.score = number(item, path, "score", std::nullopt);
            pair.demand = number(item, path, "demand", 1.0);
            problem.pairs.push_back(pair);
        }
        problem.pins = projectSites(root, "pins");
        problem.exclusions = projectSites(root, "exclusions");
        try {
            problem.validate(m_source);
        } catch (const Error& error) {
            // validate names entries by index; say it as a JSON path.
            fail(error.context().feature, error.message());
        }
        return problem;
    }

private:
    [[noreturn]] void fail(const std::string& path, const std::string& message) const {
        throw Error(Error::Kind::Input, message, {m_source, "", "", path});
    }

    [[noreturn]] void failUnknownKey(const std::string& path, const std::string& key,
                                     std::initializer_list<const char*> allowed) const {
        fail(path.empty() ? key : path + "." + key,
             "unknown key '" + key + "' (allowed: " +
                 joined(std::vector<std::string>(allowed.begin(), allowed.end())) + ")");
    }

    void expectKeys(const json& object, const std::string& path,
                    std::initializer_list<const char*> allowed) const {
        if (!object.is_object()) {
            fail(path, "expected an object");
        }
        const std::set<std::string> names(allowed.begin(), allowed.end());
        for (const auto& [key, value] : object.items()) {
            if (!names.contains(key)) {
                failUnknownKey(path, key, allowed);
            }
        }
    }

    std::vector<std::pair<std::size_t, const json*>> arrayAt(const json& root, const char* key,
                                                             bool required) const {
        std::vector<std::pair<std::size_t, const json*>> items;
        const auto found = root.find(key);
        if (found == root.end()) {
            if (required) {
                fail(key, "missing: the problem needs a list of " + std::string(key));
            }
            return items;
        }
        if (!found->is_array()) {
            fail(key, "expected a list");
        }
        for (std::size_t i = 0; i < found->size(); ++i) {
            items.emplace_back(i, &(*found)[i]);
        }
        return items;
    }

    std::string text(const json* item, const std::string& path, const char* key) const {
        const auto found = item->find(key);
        if (found == item->end() || !found->is_string()) {
            fail(path + "." + key, "expected a string");
        }
        return found->get<std::string>();
    }

    double number(const json* item, const std::string& path, const char* key,
                  std::optional<double> fallback) const {
        const auto found = item->find(key);
        if (found == item->end()) {
            if (!fallback) {
                fail(path + "." + key, "missing: a number is required");
            }
            return *fallback;
        }
        if (!found->is_number()) {
            fail(path + "." + key, "expected a number, found " + std::string(found->type_name()));
        }
        return found->get<double>();
    }

    bool flag(const json* item, const std::string& path, const char* key) const {
        const auto found = item->find(key);
        if (found == item->end()) {
            return false;
        }
        if (found->is_boolean()) {
            return found->get<bool>();
        }
        // Compared as JSON numbers: get<int>() would wrap 4294967297 round to 1.
        if (found->is_number_integer() && (*found == 0 || *found == 1)) {
            return *found == 1;
        }
        fail(path + "." + key, "expected true/false (or 0/1)");
    }

    std::size_t project(const json* item, const std::string& path) const {
        const std::string id = text(item, path, "project");
        const auto found = m_projects.find(id);
        if (found == m_projects.end()) {
            fail(path + ".project", "project '" + id + "' is not in the projects list");
        }
        return found->second;
    }

    std::size_t site(const json* item, const std::string& path) const {
        const std::string id = text(item, path, "site");
        const auto found = m_sites.find(id);
        if (found == m_sites.end()) {
            fail(path + ".site", "site '" + id + "' is not in the sites list");
        }
        return found->second;
    }

    std::vector<ProjectSite> projectSites(const json& root, const char* key) const {
        std::vector<ProjectSite> out;
        for (const auto& [i, item] : arrayAt(root, key, false)) {
            const std::string path = std::string(key) + "[" + std::to_string(i) + "]";
            expectKeys(*item, path, {"project", "site"});
            out.push_back({project(item, path), site(item, path)});
        }
        return out;
    }

    std::string m_source;
    std::map<std::string, std::size_t> m_projects;
    std::map<std::string, std::size_t> m_sites;
};

}  // namespace

AllocationProblem parseAllocationProblem(std::string_view json, const std::string& source) {
    return ProblemParser(source).parse(json);
}

std::string allocationProblemJson(const AllocationProblem& problem) {
    json out;
    out["projects"] = json::array();
    for (const AllocationProject& p : problem.projects) {
        out["projects"].push_back(
            {{"id", p.id}, {"priority", p.priority}, {"mandatory", p.mandatory}});
    }
    out["sites"] = json::array();
    for (const AllocationSite& s : problem.sites) {
        out["sites"].push_back({{"id", s.id}, {"capacity", s.capacity}});
    }
    out["pairs"] = json::array();
    for (const AllocationPair& pair : problem.pairs) {
        out["pairs"].push_back({{"project", problem.projects[pair.project].id},
                                {"site", problem.sites[pair.site].id},
                                {"score", pair.score},
                                {"demand", pair.demand}});
    }
    const auto list = [&problem](const std::vector<ProjectSite>& items) {
        json array = json::array();
        for (const ProjectSite& item : items) {
            array.push_back({{"project", problem.projects[item.project].id},
                             {"site", problem.sites[item.site].id}});
        }
        return array;
    };
    out["pins"] = list(problem.pins);
    out["exclusions"] = list(problem.exclusions);
    return out.dump(2);
}

}  // namespace sitefit::core
