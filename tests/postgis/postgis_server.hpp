#pragma once

#include <filesystem>
#include <optional>
#include <string>

// A private PostgreSQL 15 + PostGIS server for the tests: initdb in a temporary directory,
// pg_ctl start on a free port of 127.0.0.1 and a Unix socket in that directory, a template
// database with the postgis extension (and sitefit's group roles, which every test database
// shares), pg_ctl stop and the directory removed at the end.
//
// initdb and the server refuse to run as root: as root they run as the `postgres` user
// (runuser), which then owns the directory; as any other user they run as that user.
// Authentication: trust on the socket (the tests' administrator, user postgres),
// scram-sha-256 on 127.0.0.1 (the tests' carriers, planners and investors, whose passwords
// come from a password file).
namespace sitefit::test {

struct PostgisServer {
    std::filesystem::path directory;  // holds data/, the socket and server.log
    int port = 0;
    bool as_postgres_user = false;

    // The template every test database is made from.
    static constexpr const char* kTemplate = "sitefit_template";

    // Throws std::runtime_error with the tool's output when the server cannot start.
    static PostgisServer start(const std::string& binDirectory);
    // Stops the server (fast shutdown) and removes its directory. Never throws.
    void stop(const std::string& binDirectory) const;

    void save(const std::filesystem::path& file) const;
    static std::optional<PostgisServer> load(const std::filesystem::path& file);

    // libpq connection options for the administrator (socket, trust).
    [[nodiscard]] std::string adminConninfo(const std::string& database) const;
};

}  // namespace sitefit::test
