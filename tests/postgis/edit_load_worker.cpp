// One editor of the load test (postgis_concurrency_test.cpp): for SECONDS, picks a random
// row of ROWS, reads its FIELD and version, and saves FIELD + 1 expecting that version; a
// stale save (someone else saved the row in between) is retried on the new version. Prints
// one line per row, "ack ROW N" (the saves acknowledged), and a summary line
// "saves S conflicts C seconds T p50_ms X p95_ms Y". Exit 1 on any other error.
//
// usage: sitefit_edit_load_worker WORKSPACE FIELD SECONDS SEED ROW...
#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <iostream>
#include <map>
#include <random>
#include <string>
#include <vector>

#include "sitefit/gis/workspace_edit.hpp"

namespace {

double valueOf(const sitefit::gis::EditableRow& row, const std::string& field) {
    for (const auto& [name, value] : row.fields) {
        if (name == field) {
            return value.empty() ? 0.0 : std::strtod(value.c_str(), nullptr);
        }
    }
    throw std::runtime_error("no field " + field);
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 6) {
        std::cerr << "usage: sitefit_edit_load_worker WORKSPACE FIELD SECONDS SEED ROW...\n";
        return 2;
    }
    const std::string workspace = argv[1];
    const std::string field = argv[2];
    const auto duration = std::chrono::duration<double>(std::strtod(argv[3], nullptr));
    std::mt19937 random(static_cast<unsigned>(std::strtoul(argv[4], nullptr, 10)));
    const std::vector<std::string> rows(argv + 5, argv + argc);
    std::uniform_int_distribution<std::size_t> pick(0, rows.size() - 1);

    std::map<std::string, long> acknowledged;
    long conflicts = 0;
    std::vector<double> latencies_ms;
    const auto start = std::chrono::steady_clock::now();
    try {
        while (std::chrono::steady_clock::now() - start < duration) {
            const std::string& id = rows[pick(random)];
            const auto began = std::chrono::steady_clock::now();
            while (true) {
                const sitefit::gis::EditableRow row =
                    sitefit::gis::WorkspaceEditor::fetch(workspace, "projects", id);
                char next[32];
                std::snprintf(next, sizeof next, "%.0f", valueOf(row, field) + 1.0);
                try {
                    (void)sitefit::gis::WorkspaceEditor::save(
                        workspace, {{{"projects", id, field, next, row.version, ""}}, ""});
                    break;
                } catch (const sitefit::gis::EditConflict&) {
                    ++conflicts;  // someone saved the row since: read it again
                }
            }
            ++acknowledged[id];
            latencies_ms.push_back(
                std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - began)
                    .count());
        }
    } catch (const std::exception& error) {
        std::cerr << "worker " << field << ": " << error.what() << "\n";
        return 1;
    }
    const double seconds =
        std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    long saves = 0;
    for (const auto& [id, count] : acknowledged) {
        std::cout << "ack " << id << " " << count << "\n";
        saves += count;
    }
    std::sort(latencies_ms.begin(), latencies_ms.end());
    const auto percentile = [&](double p) {
        return latencies_ms.empty()
                   ? 0.0
                   : latencies_ms[static_cast<std::size_t>(p * (latencies_ms.size() - 1))];
    };
    std::cout << "saves " << saves << " conflicts " << conflicts << " seconds " << seconds
              << " p50_ms " << percentile(0.5) << " p95_ms " << percentile(0.95) << "\n";
    return 0;
}
