#include "fault_support.hpp"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <charconv>
#include <cstdlib>
#include <fstream>
#include <mutex>
#include <random>
#include <sstream>
#include <stdexcept>
#include <thread>
#include <vector>

namespace fs = std::filesystem;

namespace sitefit::test {
namespace {

// FNV-1a, 64 bits: a checksum, not a defence against forgery.
class Checksum {
public:
    void add(const void* data, std::size_t size) {
        const auto* bytes = static_cast<const unsigned char*>(data);
        for (std::size_t i = 0; i < size; ++i) {
            m_value = (m_value ^ bytes[i]) * 0x100000001b3ULL;
        }
    }
    void add(const std::string& text) {
        add(text.data(), text.size());
        add("\x1f", 1);  // so that "ab","c" and "a","bc" differ
    }
    [[nodiscard]] std::uint64_t value() const noexcept { return m_value; }

private:
    std::uint64_t m_value = 0xcbf29ce484222325ULL;
};

void registerGdal() {
    static std::once_flag once;
    std::call_once(once, [] { GDALAllRegister(); });
}

// GDAL's messages go to the test's checks, not its output.
class QuietGdal {
public:
    QuietGdal() {
        CPLPushErrorHandler(CPLQuietErrorHandler);
        CPLErrorReset();
    }
    QuietGdal(const QuietGdal&) = delete;
    QuietGdal& operator=(const QuietGdal&) = delete;
    QuietGdal(QuietGdal&&) = delete;
    QuietGdal& operator=(QuietGdal&&) = delete;
    ~QuietGdal() { CPLPopErrorHandler(); }
};

}  // namespace

std::string sitefitBinary() {
    const char* other = std::getenv("SITEFIT_FAULT_BINARY");  // NOLINT(concurrency-mt-unsafe)
    return other != nullptr && *other != '\0' ? std::string(other) : std::string(SITEFIT_BINARY);
}

fs::path sampleWorkspace() {
    return SITEFIT_SAMPLE_WORKSPACE;
}

std::map<std::string, std::string> reproducibleEnvironment() {
    return {{"OGR_CURRENT_DATE", "2025-06-01T00:00:00.000Z"}};
}

ScratchDirectory::ScratchDirectory(const std::string& stem) {
    std::random_device device;
    m_path = fs::temp_directory_path() /
             ("sitefit-" + stem + "-" + std::to_string(device()) + std::to_string(device()));
    fs::create_directories(m_path);
}

ScratchDirectory::~ScratchDirectory() {
    std::error_code ignored;
    fs::remove_all(m_path, ignored);
}

std::optional<std::string> fileBytes(const fs::path& file) {
    std::ifstream in(file, std::ios::binary);
    if (!in.is_open()) {
        return std::nullopt;
    }
    std::ostringstream bytes;
    bytes << in.rdbuf();
    return bytes.str();
}

void copyFileOver(const fs::path& from, const fs::path& to) {
    fs::copy_file(from, to, fs::copy_options::overwrite_existing);
}

WorkspaceContent readContent(const fs::path& file) {
    registerGdal();
    const QuietGdal quiet;
    const GDALDatasetUniquePtr dataset(GDALDataset::FromHandle(
        GDALOpenEx(file.c_str(), GDAL_OF_VECTOR | GDAL_OF_READONLY, nullptr, nullptr, nullptr)));
    if (!dataset) {
        throw std::runtime_error("GDAL cannot open " + file.string() + ": " + CPLGetLastErrorMsg());
    }
    WorkspaceContent content;
    for (OGRLayer* layer : dataset->GetLayers()) {
        LayerContent layerContent;
        Checksum checksum;
        OGRFeatureDefn* definition = layer->GetLayerDefn();
        checksum.add(OGRGeometryTypeToName(layer->GetGeomType()));
        for (int i = 0; i < definition->GetFieldCount(); ++i) {
            const OGRFieldDefn* field = definition->GetFieldDefn(i);
            checksum.add(field->GetNameRef());
            checksum.add(OGRFieldDefn::GetFieldTypeName(field->GetType()));
        }
        layer->ResetReading();
        for (const auto& feature : *layer) {
            ++layerContent.features;
            checksum.add(std::to_string(feature->GetFID()));
            for (int i = 0; i < feature->GetFieldCount(); ++i) {
                checksum.add(feature->IsFieldSetAndNotNull(i)
                                 ? std::string("=") + feature->GetFieldAsString(i)
                                 : std::string("null"));
            }
            if (const OGRGeometry* geometry = feature->GetGeometryRef()) {
                std::vector<unsigned char> wkb(geometry->WkbSize());
                geometry->exportToWkb(wkbNDR, wkb.data(), wkbVariantIso);
                checksum.add(wkb.data(), wkb.size());
            }
            checksum.add("|", 1);
        }
        if (CPLGetLastErrorType() == CE_Failure) {
            throw std::runtime_error("GDAL failed reading " + file.string() + ", layer " +
                                     layer->GetName() + ": " + CPLGetLastErrorMsg());
        }
        layerContent.checksum = checksum.value();
        content[layer->GetName()] = layerContent;
    }
    return content;
}

std::string describe(const WorkspaceContent& content) {
    std::ostringstream out;
    for (const auto& [name, layer] : content) {
        out << name << ": " << layer.features << " features, checksum " << std::hex
            << layer.checksum << std::dec << "\n";
    }
    return out.str();
}

std::string integrityCheck(const fs::path& file) {
    const ProcessResult result =
        runProcess("sqlite3", {"-readonly", file.string(), "PRAGMA integrity_check;"},
                   file.parent_path().empty() ? fs::path(".") : file.parent_path(), {}, 60);
    std::string verdict = result.out + result.err;
    while (!verdict.empty() && (verdict.back() == '\n' || verdict.back() == '\r')) {
        verdict.pop_back();
    }
    if (result.exit_code != 0) {
        verdict += " (sqlite3 exit code " + std::to_string(result.exit_code) + ")";
    }
    return verdict;
}

std::string validateGeoPackage(const fs::path& file) {
    const ProcessResult result = runProcess(
        "/usr/bin/python3",
        {"/usr/lib/python3/dist-packages/osgeo_utils/samples/validate_gpkg.py", file.string()},
        file.parent_path().empty() ? fs::path(".") : file.parent_path(), {}, 120);
    if (result.exit_code == 0 && result.out.empty() && result.err.empty()) {
        return {};
    }
    return "exit code " + std::to_string(result.exit_code) + ": " + result.out + result.err;
}

std::set<std::string> directoryListing(const fs::path& directory) {
    std::set<std::string> names;
    for (const auto& entry : fs::directory_iterator(directory)) {
        names.insert(entry.path().filename().string());
    }
    return names;
}

std::set<pid_t> temporaryFileWriters(const fs::path& workspace) {
    const std::string prefix = "." + workspace.stem().string() + ".tmp-";
    const fs::path directory =
        workspace.parent_path().empty() ? fs::path(".") : workspace.parent_path();
    std::set<pid_t> writers;
    for (const std::string& name : directoryListing(directory)) {
        if (name.rfind(prefix, 0) != 0) {
            continue;
        }
        pid_t pid = 0;
        const char* first = name.data() + prefix.size();
        const auto [end, error] = std::from_chars(first, name.data() + name.size(), pid);
        writers.insert(error == std::errc{} && end != first ? pid : -1);
    }
    return writers;
}

double secondsSince(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

TimedRun runTimed(const std::vector<std::string>& arguments, const fs::path& directory,
                  const SpawnOptions& options, const fs::path& workspace) {
    TimedRun run;
    const auto start = std::chrono::steady_clock::now();
    ChildProcess child(sitefitBinary(), arguments, directory, options);
    while (!child.finished()) {
        if (run.write_start < 0 && !temporaryFileWriters(workspace).empty()) {
            run.write_start = secondsSince(start);
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    run.duration = secondsSince(start);
    run.result = child.wait();
    return run;
}

}  // namespace sitefit::test
