#include "process_runner.hpp"

#include <fcntl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <csignal>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <thread>

extern char** environ;  // NOLINT: POSIX

namespace sitefit::test {
namespace {

std::string quote(const std::string& argument) {
    std::string out = "'";
    for (const char c : argument) {
        out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    }
    return out + "'";
}

std::string readAll(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream bytes;
    bytes << file.rdbuf();
    return bytes.str();
}

std::filesystem::path uniqueTemporary(const std::string& stem) {
    std::random_device device;
    return std::filesystem::temp_directory_path() /
           (stem + std::to_string(device()) + std::to_string(device()));
}

}  // namespace

ProcessResult runProcess(const std::string& program, const std::vector<std::string>& arguments,
                         const std::filesystem::path& directory,
                         const std::map<std::string, std::string>& environment,
                         int timeoutSeconds) {
    std::random_device device;
    const std::filesystem::path errors =
        std::filesystem::temp_directory_path() /
        ("sitefit-stderr-" + std::to_string(device()) + std::to_string(device()));
    // `exec` leaves no shell between us and timeout(1), which passes on the program's exit
    // status, or 128 + N when a signal N killed it, or 124 when the time ran out.
    std::string command = "cd " + quote(directory.string()) + " && exec env";
    for (const auto& [name, value] : environment) {
        command += " " + quote(name + "=" + value);
    }
    command += " timeout " + std::to_string(timeoutSeconds) + " " + quote(program);
    for (const std::string& argument : arguments) {
        command += " " + quote(argument);
    }
    command += " 2>" + quote(errors.string()) + " </dev/null";
    ProcessResult result;
    FILE* pipe = ::popen(command.c_str(), "r");
    if (pipe == nullptr) {
        return result;
    }
    char buffer[4096];
    std::size_t read = 0;
    while ((read = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
        result.out.append(buffer, read);
    }
    const int status = ::pclose(pipe);
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    result.err = readAll(errors);
    std::error_code ignored;
    std::filesystem::remove(errors, ignored);
    return result;
}

ChildProcess::ChildProcess(const std::string& program, const std::vector<std::string>& arguments,
                           const std::filesystem::path& directory, const SpawnOptions& options)
    : m_out(uniqueTemporary("sitefit-stdout-")), m_err(uniqueTemporary("sitefit-stderr-")) {
    // Everything the child needs is built before fork(): after it, only calls that are safe
    // between fork and exec in a threaded program.
    std::vector<std::string> argumentStore{program};
    argumentStore.insert(argumentStore.end(), arguments.begin(), arguments.end());
    std::vector<char*> argv;
    argv.reserve(argumentStore.size() + 1);
    for (std::string& argument : argumentStore) {
        argv.push_back(argument.data());
    }
    argv.push_back(nullptr);
    std::vector<std::string> environmentStore;
    for (char** entry = environ; *entry != nullptr; ++entry) {
        const std::string variable(*entry);
        const std::string name = variable.substr(0, variable.find('='));
        if (options.environment.count(name) == 0) {
            environmentStore.push_back(variable);
        }
    }
    for (const auto& [name, value] : options.environment) {
        environmentStore.push_back(name);
        environmentStore.back() += "=";
        environmentStore.back() += value;
    }
    std::vector<char*> envp;
    envp.reserve(environmentStore.size() + 1);
    for (std::string& variable : environmentStore) {
        envp.push_back(variable.data());
    }
    envp.push_back(nullptr);
    const std::string directoryName = directory.string();
    const std::string outName = m_out.string();
    const std::string errName = m_err.string();
    struct rlimit limit {};
    if (options.max_file_size) {
        limit.rlim_cur = limit.rlim_max = static_cast<rlim_t>(*options.max_file_size);
    }

    m_pid = ::fork();
    if (m_pid == 0) {
        const int in = ::open("/dev/null", O_RDONLY);
        const int out = ::open(outName.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        const int err = ::open(errName.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        if (in < 0 || out < 0 || err < 0 || ::dup2(in, 0) < 0 || ::dup2(out, 1) < 0 ||
            ::dup2(err, 2) < 0 || ::chdir(directoryName.c_str()) != 0) {
            ::_exit(127);
        }
        if (options.max_file_size) {
            ::signal(SIGXFSZ, SIG_IGN);  // stays ignored across exec
            if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) {
                ::_exit(127);
            }
        }
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
}

ChildProcess::~ChildProcess() {
    if (m_pid > 0 && !m_reaped) {
        ::kill(m_pid, SIGKILL);
        ::waitpid(m_pid, &m_status, 0);
    }
    std::error_code ignored;
    std::filesystem::remove(m_out, ignored);
    std::filesystem::remove(m_err, ignored);
}

bool ChildProcess::finished() {
    if (m_reaped || m_pid <= 0) {
        return true;
    }
    if (::waitpid(m_pid, &m_status, WNOHANG) == m_pid) {
        m_reaped = true;
    }
    return m_reaped;
}

void ChildProcess::kill(int signal) {
    if (m_pid > 0 && !m_reaped) {
        ::kill(m_pid, signal);
    }
}

bool ChildProcess::waitUntilStopped(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!m_reaped && m_pid > 0 && std::chrono::steady_clock::now() < deadline) {
        int status = 0;
        const pid_t changed = ::waitpid(m_pid, &status, WNOHANG | WUNTRACED);
        if (changed == m_pid) {
            if (WIFSTOPPED(status)) {
                return true;
            }
            m_status = status;
            m_reaped = true;
            return false;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    }
    return false;
}

ProcessResult ChildProcess::wait(std::chrono::milliseconds timeout) {
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    while (!finished()) {
        if (std::chrono::steady_clock::now() >= deadline) {
            m_timedOut = true;
            kill(SIGKILL);
            ::waitpid(m_pid, &m_status, 0);
            m_reaped = true;
            break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
    }
    ProcessResult result;
    if (m_timedOut) {
        result.exit_code = 124;
    } else if (m_pid > 0) {
        result.exit_code = WIFEXITED(m_status) ? WEXITSTATUS(m_status) : 128 + WTERMSIG(m_status);
    }
    result.out = readAll(m_out);
    result.err = readAll(m_err);
    return result;
}

}  // namespace sitefit::test
