#pragma once

#include <filesystem>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "postgis_server.hpp"

namespace sitefit::test {

// The server of this test run: the ctest fixture's (SITEFIT_TEST_PG_STATE), or, when the
// test binary runs on its own, one started for it and stopped when it ends.
const PostgisServer& testServer();

using Row = std::vector<std::optional<std::string>>;

// A statement the server refused, with its SQLSTATE ("42501": insufficient privilege).
class SqlError : public std::runtime_error {
public:
    SqlError(const std::string& message, std::string sqlstate)
        : std::runtime_error(message), m_sqlstate(std::move(sqlstate)) {}
    [[nodiscard]] const std::string& sqlstate() const { return m_sqlstate; }

private:
    std::string m_sqlstate;
};

// Runs SQL (values as bound parameters) and returns the rows as text. Throws SqlError.
std::vector<Row> query(const std::string& conninfo, const std::string& sql,
                       const std::vector<std::optional<std::string>>& params = {});

// A database of its own for one test, made from the template (postgis installed), dropped
// at the end.
class TestDatabase {
public:
    TestDatabase();
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;
    ~TestDatabase();

    [[nodiscard]] const std::string& name() const { return m_name; }
    // The administrator's PG: workspace name (socket, trust) and libpq options.
    [[nodiscard]] std::string workspace() const { return "PG:" + conninfo(); }
    [[nodiscard]] std::string conninfo() const { return testServer().adminConninfo(m_name); }
    std::vector<Row> sql(const std::string& statement,
                         const std::vector<std::optional<std::string>>& params = {}) const {
        return query(conninfo(), statement, params);
    }

private:
    std::string m_name;
};

// Takes the value rules' constraints and triggers (migration 0005) off the database's tables,
// as in a workspace from before them, so that a test can write the flaws the reader must find.
void dropValueRules(const TestDatabase& database);

// A login user with a password (made by the administrator, dropped with the test), and the
// service and password files that let sitefit connect as it with PG:service=NAME over TCP.
class TestLogin {
public:
    // `group`: sitefit_planner, sitefit_carrier or sitefit_investor.
    TestLogin(const TestDatabase& database, const std::string& user, const std::string& group,
              const std::filesystem::path& directory);
    TestLogin(const TestLogin&) = delete;
    TestLogin& operator=(const TestLogin&) = delete;
    ~TestLogin();

    [[nodiscard]] const std::string& user() const { return m_user; }
    [[nodiscard]] std::string workspace() const { return "PG:service=" + m_user; }
    // PGSERVICEFILE and PGPASSFILE for a process that connects as this user.
    [[nodiscard]] std::map<std::string, std::string> environment() const;
    // libpq options for the test itself (TCP, password from the file).
    [[nodiscard]] std::string conninfo() const;

private:
    const TestDatabase& m_database;
    std::string m_user;
    std::filesystem::path m_serviceFile;
    std::filesystem::path m_passFile;
};

struct ProcessResult {
    int exit_code = -1;  // 128 + N when killed by signal N
    std::string out;
    std::string err;
};

// Runs a program with the environment added (no shell), stdin empty, output captured.
ProcessResult runProgram(const std::string& program, const std::vector<std::string>& arguments,
                         const std::map<std::string, std::string>& environment = {});

ProcessResult runSitefit(const std::vector<std::string>& arguments,
                         const std::map<std::string, std::string>& environment = {});

// A program started in the background; wait() collects it.
class BackgroundProgram {
public:
    BackgroundProgram(const std::string& program, const std::vector<std::string>& arguments,
                      const std::map<std::string, std::string>& environment = {});
    BackgroundProgram(const BackgroundProgram&) = delete;
    BackgroundProgram& operator=(const BackgroundProgram&) = delete;
    BackgroundProgram(BackgroundProgram&& other) noexcept;
    BackgroundProgram& operator=(BackgroundProgram&&) = delete;
    ~BackgroundProgram();
    ProcessResult wait();

private:
    int m_pid = -1;
    std::filesystem::path m_out;
    std::filesystem::path m_err;
};

// A fresh directory, removed with its contents.
class ScratchDirectory {
public:
    ScratchDirectory();
    ScratchDirectory(const ScratchDirectory&) = delete;
    ScratchDirectory& operator=(const ScratchDirectory&) = delete;
    ~ScratchDirectory();
    [[nodiscard]] const std::filesystem::path& path() const { return m_path; }
    [[nodiscard]] std::filesystem::path operator/(const std::string& name) const {
        return m_path / name;
    }

private:
    std::filesystem::path m_path;
};

}  // namespace sitefit::test
