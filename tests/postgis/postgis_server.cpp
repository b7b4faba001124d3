#include "postgis_server.hpp"

#include <arpa/inet.h>
#include <fcntl.h>
#include <libpq-fe.h>
#include <netinet/in.h>
#include <pwd.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

namespace sitefit::test {
namespace {

std::string readAll(const std::filesystem::path& path) {
    std::ifstream file(path);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

// Runs a tool (as postgres when asked), its output into `log`; returns its exit status.
int runTool(const std::vector<std::string>& command, bool asPostgres,
            const std::filesystem::path& log) {
    std::vector<std::string> argv;
    if (asPostgres) {
        argv = {"/usr/sbin/runuser", "-u", "postgres", "--"};
    }
    argv.insert(argv.end(), command.begin(), command.end());
    const pid_t child = ::fork();
    if (child < 0) {
        return -1;
    }
    if (child == 0) {
        const int out = ::open(log.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0644);
        ::dup2(out, STDOUT_FILENO);
        ::dup2(out, STDERR_FILENO);
        const int in = ::open("/dev/null", O_RDONLY);
        ::dup2(in, STDIN_FILENO);
        std::vector<char*> args;
        for (std::string& arg : argv) {
            args.push_back(arg.data());
        }
        args.push_back(nullptr);
        ::execv(args[0], args.data());
        ::_exit(127);
    }
    int status = 0;
    ::waitpid(child, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

int freePort() {
    const int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in address{};
    address.sin_family = AF_INET;
    address.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    address.sin_port = 0;
    ::bind(fd, reinterpret_cast<sockaddr*>(&address), sizeof address);
    socklen_t length = sizeof address;
    ::getsockname(fd, reinterpret_cast<sockaddr*>(&address), &length);
    const int port = ntohs(address.sin_port);
    ::close(fd);
    return port;
}

void adminSql(const std::string& conninfo, const std::string& sql) {
    PGconn* connection = PQconnectdb(conninfo.c_str());
    if (PQstatus(connection) != CONNECTION_OK) {
        const std::string reason = PQerrorMessage(connection);
        PQfinish(connection);
        throw std::runtime_error("cannot connect to the test server: " + reason);
    }
    PGresult* result = PQexec(connection, sql.c_str());
    const bool ok =
        PQresultStatus(result) == PGRES_COMMAND_OK || PQresultStatus(result) == PGRES_TUPLES_OK;
    const std::string reason = PQresultErrorMessage(result);
    PQclear(result);
    PQfinish(connection);
    if (!ok) {
        throw std::runtime_error("test server setup failed: " + sql + ": " + reason);
    }
}

}  // namespace

std::string PostgisServer::adminConninfo(const std::string& database) const {
    return "host=" + directory.string() + " port=" + std::to_string(port) +
           " user=postgres dbname=" + database;
}

PostgisServer PostgisServer::start(const std::string& binDirectory) {
    PostgisServer server;
    server.as_postgres_user = ::geteuid() == 0;
    std::string pattern = (std::filesystem::temp_directory_path() / "sitefit-pg-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("cannot make a directory for the test server");
    }
    server.directory = pattern;
    const std::filesystem::path log = server.directory / "setup.log";
    if (server.as_postgres_user) {
        const passwd* postgres = ::getpwnam("postgres");
        if (postgres == nullptr) {
            throw std::runtime_error(
                "running as root, the test server runs as the user postgres, which does not "
                "exist (install postgresql-15)");
        }
        if (::chown(server.directory.c_str(), postgres->pw_uid, postgres->pw_gid) != 0) {
            throw std::runtime_error("cannot give the test server's directory to postgres");
        }
        // The log is written by us; the server's own log by postgres.
        std::ofstream(log).flush();
    }
    const std::string data = (server.directory / "data").string();
    if (runTool({binDirectory + "/initdb", "-D", data, "-U", "postgres", "--auth-local=trust",
                 "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C", "--no-sync",
                 "--no-instructions"},
                server.as_postgres_user, log) != 0) {
        throw std::runtime_error("initdb failed:\n" + readAll(log));
    }
    // A port can be taken between choosing and binding it: try a few.
    for (int attempt = 0; attempt < 5; ++attempt) {
        server.port = freePort();
        const std::string options = "-p " + std::to_string(server.port) + " -k " +
                                    server.directory.string() +
                                    " -c listen_addresses=127.0.0.1 -c fsync=off"
                                    " -c synchronous_commit=off -c full_page_writes=off"
                                    " -c max_connections=200";
        if (runTool({binDirectory + "/pg_ctl", "-D", data, "-l",
                     (server.directory / "server.log").string(), "-w", "-t", "60", "-o", options,
                     "start"},
                    server.as_postgres_user, log) == 0) {
            adminSql(server.adminConninfo("postgres"), std::string("CREATE DATABASE ") + kTemplate);
            adminSql(server.adminConninfo(kTemplate), "CREATE EXTENSION postgis");
            // Roles belong to the server, not to a database: made once here, so that tests
            // migrating databases side by side do not race to create them.
            adminSql(server.adminConninfo("postgres"),
                     "CREATE ROLE sitefit_planner NOLOGIN; CREATE ROLE sitefit_carrier NOLOGIN; "
                     "CREATE ROLE sitefit_investor NOLOGIN");
            return server;
        }
    }
    const std::string why = readAll(log) + readAll(server.directory / "server.log");
    server.stop(binDirectory);
    throw std::runtime_error("pg_ctl start failed:\n" + why);
}

void PostgisServer::stop(const std::string& binDirectory) const {
    if (directory.empty()) {
        return;
    }
    const std::filesystem::path data = directory / "data";
    if (std::filesystem::exists(data / "postmaster.pid")) {
        (void)runTool(
            {binDirectory + "/pg_ctl", "-D", data.string(), "-m", "fast", "-w", "-t", "60", "stop"},
            as_postgres_user, directory / "setup.log");
    }
    std::error_code ignored;
    std::filesystem::remove_all(directory, ignored);
}

void PostgisServer::save(const std::filesystem::path& file) const {
    std::ofstream out(file);
    out << directory.string() << "\n" << port << "\n" << (as_postgres_user ? 1 : 0) << "\n";
}

std::optional<PostgisServer> PostgisServer::load(const std::filesystem::path& file) {
    std::ifstream in(file);
    PostgisServer server;
    std::string directory;
    int asPostgres = 0;
    if (!std::getline(in, directory) || !(in >> server.port >> asPostgres)) {
        return std::nullopt;
    }
    server.directory = directory;
    server.as_postgres_user = asPostgres != 0;
    return server;
}

}  // namespace sitefit::test
