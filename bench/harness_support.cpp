#include "harness_support.hpp"

#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <fstream>
#include <iostream>
#include <sstream>
#include <thread>

#include "sitefit/core/error.hpp"

namespace sitefit::bench {

double secondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double processCpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto toSeconds = [](const timeval& t) {
        return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) * 1e-6;
    };
    return toSeconds(usage.ru_utime) + toSeconds(usage.ru_stime);
}

double median(std::vector<double> values) {
    if (values.empty()) {
        return 0.0;
    }
    std::sort(values.begin(), values.end());
    const std::size_t n = values.size();
    return n % 2 == 1 ? values[n / 2] : 0.5 * (values[n / 2 - 1] + values[n / 2]);
}

std::string loadAverage() {
    std::ifstream file("/proc/loadavg");
    std::string one;
    std::string five;
    std::string fifteen;
    file >> one >> five >> fifteen;
    return file ? one + " " + five + " " + fifteen : std::string("unknown");
}

std::string machineSummary() {
    std::string model = "unknown CPU";
    std::ifstream cpuinfo("/proc/cpuinfo");
    for (std::string line; std::getline(cpuinfo, line);) {
        if (line.rfind("model name", 0) == 0) {
            model = line.substr(line.find(':') + 2);
            break;
        }
    }
    std::uint64_t memoryKiB = 0;
    std::ifstream meminfo("/proc/meminfo");
    for (std::string line; std::getline(meminfo, line);) {
        if (line.rfind("MemTotal:", 0) == 0) {
            memoryKiB = std::strtoull(line.c_str() + 9, nullptr, 10);
            break;
        }
    }
    return std::to_string(std::thread::hardware_concurrency()) + " hardware threads, " + model +
           ", " + fixed(static_cast<double>(memoryKiB) / (1024.0 * 1024.0), 1) + " GiB";
}

std::uint64_t statusKiB(const std::string& field) {
    std::ifstream status("/proc/self/status");
    const std::string key = field + ":";
    for (std::string line; std::getline(status, line);) {
        if (line.rfind(key, 0) == 0) {
            return std::strtoull(line.c_str() + key.size(), nullptr, 10);
        }
    }
    return 0;
}

std::string shellQuoted(const std::string& text) {
    std::string quoted = "'";
    for (const char c : text) {
        quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return quoted + "'";
}

void runCommand(const std::string& command) {
    if (std::system(command.c_str()) != 0) {
        throw Error(Error::Kind::Internal, "a command failed: " + command);
    }
}

namespace {

bool writeAll(int fd, const void* data, std::size_t size) {
    const auto* bytes = static_cast<const char*>(data);
    while (size > 0) {
        const ssize_t written = ::write(fd, bytes, size);
        if (written <= 0) {
            return false;
        }
        bytes += written;
        size -= static_cast<std::size_t>(written);
    }
    return true;
}

std::string readAll(int fd) {
    std::string out;
    std::array<char, 4096> buffer{};
    for (ssize_t got = 0; (got = ::read(fd, buffer.data(), buffer.size())) > 0;) {
        out.append(buffer.data(), static_cast<std::size_t>(got));
    }
    return out;
}

}  // namespace

std::vector<double> inChild(const std::function<std::vector<double>()>& work) {
    std::array<int, 2> pipeEnds{};
    if (::pipe(pipeEnds.data()) != 0) {
        throw Error(Error::Kind::Internal, "pipe() failed");
    }
    std::cout.flush();
    std::cerr.flush();
    const pid_t child = ::fork();
    if (child < 0) {
        throw Error(Error::Kind::Internal, "fork() failed");
    }
    if (child == 0) {
        ::close(pipeEnds[0]);
        // 'V' then the numbers, or 'E' then a message.
        int code = 0;
        try {
            const std::vector<double> values = work();
            const char tag = 'V';
            const bool ok = writeAll(pipeEnds[1], &tag, 1) &&
                            writeAll(pipeEnds[1], values.data(), values.size() * sizeof(double));
            code = ok ? 0 : 3;
        } catch (const std::exception& error) {
            const std::string message = std::string("E") + error.what();
            writeAll(pipeEnds[1], message.data(), message.size());
            code = 2;
        }
        ::close(pipeEnds[1]);
        std::cout.flush();
        std::cerr.flush();
        ::_exit(code);
    }
    ::close(pipeEnds[1]);
    const std::string received = readAll(pipeEnds[0]);
    ::close(pipeEnds[0]);
    int status = 0;
    ::waitpid(child, &status, 0);
    if (!received.empty() && received.front() == 'E') {
        throw Error(Error::Kind::Internal, "a measurement failed: " + received.substr(1));
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0 || received.empty() ||
        (received.size() - 1) % sizeof(double) != 0) {
        throw Error(Error::Kind::Internal,
                    "a measurement's process died (status " + std::to_string(status) + ")");
    }
    std::vector<double> values((received.size() - 1) / sizeof(double));
    std::copy_n(received.data() + 1, values.size() * sizeof(double),
                reinterpret_cast<char*>(values.data()));
    return values;
}

void warmPageCache(const std::filesystem::path& path) {
    const auto readFile = [](const std::filesystem::path& file) {
        std::ifstream in(file, std::ios::binary);
        std::array<char, 1 << 16> buffer{};
        while (in.read(buffer.data(), buffer.size()) || in.gcount() > 0) {
        }
    };
    if (std::filesystem::is_directory(path)) {
        for (const auto& entry : std::filesystem::directory_iterator(path)) {
            if (entry.is_regular_file()) {
                readFile(entry.path());
            }
        }
    } else {
        readFile(path);
    }
}

std::uintmax_t sizeOnDisk(const std::filesystem::path& path) {
    if (!std::filesystem::is_directory(path)) {
        return std::filesystem::file_size(path);
    }
    std::uintmax_t total = 0;
    for (const auto& entry : std::filesystem::directory_iterator(path)) {
        if (entry.is_regular_file()) {
            total += entry.file_size();
        }
    }
    return total;
}

DistrictFiles ensureDistrict(const std::filesystem::path& dir, double scale) {
    DistrictFiles files{dir / "district.gpkg", dir / "district-fgb"};
    if (std::filesystem::exists(files.gpkg) && std::filesystem::is_directory(files.fgb)) {
        return files;
    }
    std::ostringstream command;
    command << shellQuoted(SITEFIT_MAKE_DISTRICT) << " --out " << shellQuoted(dir.string())
            << " --scale " << scale;
    std::cerr << "making the district: " << command.str() << "\n";
    runCommand(command.str());
    return files;
}

std::filesystem::path defaultDistrictDir(double scale) {
    char name[64];
    std::snprintf(name, sizeof name, "scale-%g", scale);
    return std::filesystem::path(SITEFIT_BENCH_DATA_DIR) / name;
}

std::string grouped(std::uint64_t n) {
    const std::string digits = std::to_string(n);
    std::string out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) {
            out += ',';
        }
        out += digits[i];
    }
    return out;
}

std::string seconds(double s) {
    char text[32];
    std::snprintf(text, sizeof text, s >= 100.0 ? "%.1f" : (s >= 0.1 ? "%.2f" : "%.4f"), s);
    return text;
}

std::string fixed(double value, int digits) {
    char text[48];
    std::snprintf(text, sizeof text, "%.*f", digits, value);
    return text;
}

}  // namespace sitefit::bench
