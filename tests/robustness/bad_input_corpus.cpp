#include "bad_input_corpus.hpp"

#include <cpl_string.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <toml++/toml.h>
#include <algorithm>
#include <cctype>
#include <cmath>
#include <fstream>
#include <numbers>
#include <set>
#include <sstream>
#include <stdexcept>

namespace sitefit::test {
namespace {

// The workspace's layers, in the order gis::workspaceLayers() reads them.
constexpr const char* kLayers[] = {"zones",    "parcels", "buildings",  "enterprises",
                                   "projects", "chains",  "categories", "chain_links"};
// Optional layers the base has none of: in a case's workspace only when it replaces them.
constexpr const char* kOptionalLayers[] = {"plan_links"};

bool isCorpusLayer(const std::string& layer) {
    const auto named = [&](const char* known) { return layer == known; };
    return std::any_of(std::begin(kLayers), std::end(kLayers), named) ||
           std::any_of(std::begin(kOptionalLayers), std::end(kOptionalLayers), named);
}

class ManifestReader {
public:
    explicit ManifestReader(std::filesystem::path manifest) : m_manifest(std::move(manifest)) {}

    std::vector<CorpusRun> read() {
        toml::table root;
        try {
            root = toml::parse_file(m_manifest.string());
        } catch (const toml::parse_error& error) {
            throw std::runtime_error(m_manifest.string() + ": " + std::string(error.description()));
        }
        const toml::array* cases = root["case"].as_array();
        if (cases == nullptr) {
            fail("", "no [[case]] tables");
        }
        std::vector<CorpusRun> runs;
        std::set<std::string> names;
        for (const toml::node& node : *cases) {
            const toml::table* table = node.as_table();
            if (table == nullptr) {
                fail("", "every case must be a [[case]] table");
            }
            readCase(*table, runs);
            if (!names.insert(runs.back().corpus_case->name).second) {
                fail(runs.back().corpus_case->name, "two cases have this name");
            }
        }
        return runs;
    }

private:
    [[noreturn]] void fail(const std::string& caseName, const std::string& problem) const {
        throw std::runtime_error(m_manifest.string() +
                                 (caseName.empty() ? "" : ", case '" + caseName + "'") + ": " +
                                 problem);
    }

    std::string text(const toml::table& table, const char* key, const std::string& caseName,
                     bool required = true) const {
        const auto* value = table.get_as<std::string>(key);
        if (value == nullptr) {
            if (required) {
                fail(caseName, std::string("'") + key + "' must be a string");
            }
            return {};
        }
        return value->get();
    }

    std::vector<std::string> texts(const toml::table& table, const char* key,
                                   const std::string& caseName) const {
        std::vector<std::string> out;
        const toml::node* node = table.get(key);
        if (node == nullptr) {
            return out;
        }
        const toml::array* array = node->as_array();
        if (array == nullptr) {
            fail(caseName, std::string("'") + key + "' must be an array of strings");
        }
        for (const toml::node& item : *array) {
            const auto* value = item.as_string();
            if (value == nullptr) {
                fail(caseName, std::string("'") + key + "' must be an array of strings");
            }
            out.push_back(value->get());
        }
        return out;
    }

    std::map<std::string, std::string> textTable(const toml::table& table, const char* key,
                                                 const std::string& caseName) const {
        std::map<std::string, std::string> out;
        const toml::node* node = table.get(key);
        if (node == nullptr) {
            return out;
        }
        const toml::table* inner = node->as_table();
        if (inner == nullptr) {
            fail(caseName, std::string("'") + key + "' must be a table of strings");
        }
        for (const auto& [name, value] : *inner) {
            const auto* string = value.as_string();
            if (string == nullptr) {
                fail(caseName,
                     std::string("'") + key + "." + std::string(name.str()) + "' must be a string");
            }
            out[std::string(name.str())] = string->get();
        }
        return out;
    }

    int exitCode(const toml::table& table, const std::string& caseName,
                 std::optional<int> fallback) const {
        if (const auto* value = table.get_as<std::int64_t>("exit")) {
            return static_cast<int>(value->get());
        }
        if (!fallback) {
            fail(caseName, "'exit' (the expected exit code) is missing");
        }
        return *fallback;
    }

    void checkKeys(const toml::table& table, const std::set<std::string>& allowed,
                   const std::string& caseName) const {
        for (const auto& [key, value] : table) {
            if (allowed.count(std::string(key.str())) == 0) {
                fail(caseName, "unknown key '" + std::string(key.str()) + "'");
            }
        }
    }

    void readCase(const toml::table& table, std::vector<CorpusRun>& runs) const {
        auto corpusCase = std::make_shared<CorpusCase>();
        corpusCase->name = text(table, "name", "");
        const std::string& name = corpusCase->name;
        checkKeys(table,
                  {"name", "about", "replace", "sql", "generate", "env", "exit", "messages",
                   "commands", "run"},
                  name);
        corpusCase->about = text(table, "about", name);
        corpusCase->replace = textTable(table, "replace", name);
        for (const auto& [layer, file] : corpusCase->replace) {
            if (!isCorpusLayer(layer)) {
                fail(name, "replace." + layer + " is not a workspace layer");
            }
        }
        corpusCase->sql = texts(table, "sql", name);
        corpusCase->environment = textTable(table, "env", name);
        if (const toml::table* generate = table["generate"].as_table()) {
            GeneratedPolygon polygon;
            polygon.layer = text(*generate, "layer", name);
            polygon.where = text(*generate, "where", name);
            const auto* vertices = generate->get_as<std::int64_t>("vertices");
            if (vertices == nullptr || vertices->get() < 0 ||
                (vertices->get() > 0 && vertices->get() < 4)) {
                fail(name, "generate.vertices must be 0 (an empty polygon) or at least 4");
            }
            polygon.vertices = static_cast<std::size_t>(vertices->get());
            corpusCase->generate = polygon;
        }
        const std::optional<int> caseExit =
            table.contains("exit") ? std::optional<int>(exitCode(table, name, std::nullopt))
                                   : std::nullopt;
        const std::vector<std::string> caseMessages = texts(table, "messages", name);

        std::vector<CorpusRun> caseRuns;
        for (const std::string& command : texts(table, "commands", name)) {
            if (!caseExit) {
                fail(name, "'commands' need the case's 'exit'");
            }
            caseRuns.push_back({corpusCase, command, *caseExit, caseMessages, {}});
        }
        if (const toml::node* node = table.get("run")) {
            const toml::array* array = node->as_array();
            if (array == nullptr) {
                fail(name, "'run' must be [[case.run]] tables");
            }
            for (const toml::node& item : *array) {
                const toml::table* run = item.as_table();
                if (run == nullptr) {
                    fail(name, "'run' must be [[case.run]] tables");
                }
                checkKeys(*run, {"command", "exit", "messages"}, name);
                caseRuns.push_back(
                    {corpusCase,
                     text(*run, "command", name),
                     exitCode(*run, name, caseExit),
                     run->contains("messages") ? texts(*run, "messages", name) : caseMessages,
                     {}});
            }
        }
        if (caseRuns.empty()) {
            fail(name, "no 'commands' and no [[case.run]]: nothing checks this case");
        }
        // Test names: the case and the subcommand, made unique with a number when needed.
        std::map<std::string, int> seen;
        for (CorpusRun& run : caseRuns) {
            std::string verb = run.command.substr(0, run.command.find(' '));
            std::string base = name + "__" + verb;
            for (char& c : base) {
                if (std::isalnum(static_cast<unsigned char>(c)) == 0) {
                    c = '_';
                }
            }
            const int count = ++seen[base];
            run.test_name = count == 1 ? base : base + "_" + std::to_string(count);
            runs.push_back(std::move(run));
        }
    }

    std::filesystem::path m_manifest;
};

[[noreturn]] void gdalFailure(const std::string& what) {
    throw std::runtime_error(what + ": " + CPLGetLastErrorMsg());
}

std::filesystem::path sourceOf(const std::string& layer, const CorpusCase& corpusCase,
                               const std::filesystem::path& baseDir,
                               const std::filesystem::path& caseDir) {
    const auto replaced = corpusCase.replace.find(layer);
    if (replaced != corpusCase.replace.end()) {
        return caseDir / replaced->second;
    }
    const std::filesystem::path geojson = baseDir / (layer + ".geojson");
    return std::filesystem::exists(geojson) ? geojson : baseDir / (layer + ".csv");
}

// A regular polygon of `vertices` points (closing point included) inside the envelope.
std::unique_ptr<OGRPolygon> manyVertexPolygon(const OGREnvelope& envelope, std::size_t vertices) {
    const double cx = (envelope.MinX + envelope.MaxX) / 2.0;
    const double cy = (envelope.MinY + envelope.MaxY) / 2.0;
    const double radius =
        std::min(envelope.MaxX - envelope.MinX, envelope.MaxY - envelope.MinY) / 2.0 * 0.9;
    auto ring = std::make_unique<OGRLinearRing>();
    const int points = static_cast<int>(vertices);
    ring->setNumPoints(points, FALSE);
    for (int i = 0; i + 1 < points; ++i) {
        const double angle = 2.0 * std::numbers::pi * i / (points - 1);
        ring->setPoint(i, cx + radius * std::cos(angle), cy + radius * std::sin(angle));
    }
    ring->setPoint(points - 1, cx + radius, cy);
    auto polygon = std::make_unique<OGRPolygon>();
    polygon->addRingDirectly(ring.release());
    return polygon;
}

void generatePolygon(GDALDataset& dataset, const GeneratedPolygon& generate) {
    OGRLayer* layer = dataset.GetLayerByName(generate.layer.c_str());
    if (layer == nullptr || layer->SetAttributeFilter(generate.where.c_str()) != OGRERR_NONE) {
        gdalFailure("generate: no layer " + generate.layer + " or a bad filter");
    }
    std::unique_ptr<OGRFeature> feature(layer->GetNextFeature());
    if (!feature || feature->GetGeometryRef() == nullptr) {
        throw std::runtime_error("generate: no feature with geometry where " + generate.where);
    }
    OGREnvelope envelope;
    feature->GetGeometryRef()->getEnvelope(&envelope);
    feature->SetGeometryDirectly(generate.vertices == 0
                                     ? new OGRPolygon()  // NOLINT(cppcoreguidelines-owning-memory)
                                     : manyVertexPolygon(envelope, generate.vertices).release());
    if (layer->SetFeature(feature.get()) != OGRERR_NONE) {
        gdalFailure("generate: cannot store the polygon");
    }
}

}  // namespace

void PrintTo(const CorpusRun& run, std::ostream* out) {
    *out << run.corpus_case->name << ": " << run.command;
}

std::vector<CorpusRun> loadCorpus(const std::filesystem::path& manifest) {
    return ManifestReader(manifest).read();
}

void buildWorkspace(const CorpusCase& corpusCase, const std::filesystem::path& baseDir,
                    const std::filesystem::path& caseDir, const std::filesystem::path& path) {
    GDALAllRegister();
    GDALDriver* driver = GetGDALDriverManager()->GetDriverByName("GPKG");
    GDALDatasetUniquePtr output(driver->Create(path.c_str(), 0, 0, 0, GDT_Unknown, nullptr));
    if (!output) {
        gdalFailure("cannot create " + path.string());
    }
    std::vector<std::string> layers(std::begin(kLayers), std::end(kLayers));
    for (const char* optional : kOptionalLayers) {
        if (corpusCase.replace.count(optional) != 0) {
            layers.emplace_back(optional);
        }
    }
    for (const std::string& layer : layers) {
        const std::filesystem::path source = sourceOf(layer, corpusCase, baseDir, caseDir);
        CPLStringList openOptions;
        if (source.extension() == ".csv") {
            openOptions.SetNameValue("AUTODETECT_TYPE", "YES");
        }
        GDALDatasetUniquePtr input(GDALDataset::Open(source.c_str(),
                                                     GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr,
                                                     openOptions.List(), nullptr));
        if (!input || input->GetLayerCount() != 1) {
            gdalFailure("cannot read " + source.string() + " as one layer");
        }
        if (output->CopyLayer(input->GetLayer(0), layer.c_str(), nullptr) == nullptr) {
            gdalFailure("cannot copy " + source.string());
        }
    }
    for (const std::string& statement : corpusCase.sql) {
        CPLErrorReset();
        OGRLayer* result = output->ExecuteSQL(statement.c_str(), nullptr, nullptr);
        if (result != nullptr) {
            output->ReleaseResultSet(result);
        }
        if (CPLGetLastErrorType() == CE_Failure) {
            gdalFailure("SQL failed: " + statement);
        }
    }
    if (corpusCase.generate) {
        generatePolygon(*output, *corpusCase.generate);
    }
    // Closing may fail to store a layer's extent when a case has an infinite coordinate;
    // the features are written by then, and that is what the case is about.
    output.reset();
}

DirectorySnapshot snapshot(const std::filesystem::path& root) {
    DirectorySnapshot files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(root)) {
        const std::string name = std::filesystem::relative(entry.path(), root).string();
        if (entry.is_directory()) {
            files[name + "/"] = "";
            continue;
        }
        std::ifstream file(entry.path(), std::ios::binary);
        std::ostringstream bytes;
        bytes << file.rdbuf();
        files[name] = bytes.str();
    }
    return files;
}

std::string describeDifferences(const DirectorySnapshot& before, const DirectorySnapshot& after) {
    std::string out;
    for (const auto& [name, bytes] : before) {
        const auto found = after.find(name);
        if (found == after.end()) {
            out += "  removed: " + name + "\n";
        } else if (found->second != bytes) {
            out += "  changed: " + name + " (" + std::to_string(bytes.size()) + " → " +
                   std::to_string(found->second.size()) + " bytes)\n";
        }
    }
    for (const auto& [name, bytes] : after) {
        if (before.count(name) == 0) {
            out += "  new: " + name + "\n";
        }
    }
    return out;
}

}  // namespace sitefit::test
