#include "postgis_test_support.hpp"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <libpq-fe.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>

namespace sitefit::test {
namespace {

std::string readAll(const std::filesystem::path& path) {
    std::ifstream file(path, std::ios::binary);
    std::ostringstream text;
    text << file.rdbuf();
    return text.str();
}

std::string uniqueSuffix() {
    static std::atomic<unsigned> counter{0};
    std::random_device device;
    return std::to_string(::getpid()) + "_" + std::to_string(device() % 100000) + "_" +
           std::to_string(counter++);
}

// The server started by this process when no ctest fixture gave one.
struct OwnServer {
    std::optional<PostgisServer> server;
    ~OwnServer() {
        if (server) {
            server->stop(SITEFIT_PG_BINDIR);
        }
    }
};

OwnServer& ownServer() {
    static OwnServer own;
    return own;
}

pid_t spawn(const std::string& program, const std::vector<std::string>& arguments,
            const std::map<std::string, std::string>& environment, const std::filesystem::path& out,
            const std::filesystem::path& err) {
    const pid_t child = ::fork();
    if (child != 0) {
        return child;
    }
    for (const auto& [name, value] : environment) {
        ::setenv(name.c_str(), value.c_str(), 1);
    }
    const int in = ::open("/dev/null", O_RDONLY);
    const int o = ::open(out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    const int e = ::open(err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    ::dup2(in, STDIN_FILENO);
    ::dup2(o, STDOUT_FILENO);
    ::dup2(e, STDERR_FILENO);
    std::vector<std::string> argv{program};
    argv.insert(argv.end(), arguments.begin(), arguments.end());
    std::vector<char*> args;
    for (std::string& arg : argv) {
        args.push_back(arg.data());
    }
    args.push_back(nullptr);
    ::execvp(args[0], args.data());
    ::_exit(127);
}

int waitFor(pid_t pid) {
    int status = 0;
    ::waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

}  // namespace

const PostgisServer& testServer() {
    static const PostgisServer server = [] {
        if (const char* state = std::getenv("SITEFIT_TEST_PG_STATE")) {
            if (auto loaded = PostgisServer::load(state)) {
                return *loaded;
            }
        }
        ownServer().server = PostgisServer::start(SITEFIT_PG_BINDIR);
        return *ownServer().server;
    }();
    return server;
}

std::vector<Row> query(const std::string& conninfo, const std::string& sql,
                       const std::vector<std::optional<std::string>>& params) {
    const std::unique_ptr<PGconn, decltype(&PQfinish)> connection(PQconnectdb(conninfo.c_str()),
                                                                  &PQfinish);
    if (PQstatus(connection.get()) != CONNECTION_OK) {
        throw SqlError(std::string("cannot connect: ") + PQerrorMessage(connection.get()), "");
    }
    PQsetNoticeProcessor(
        connection.get(), [](void*, const char*) {}, nullptr);
    std::vector<const char*> values;
    for (const auto& param : params) {
        values.push_back(param ? param->c_str() : nullptr);
    }
    const std::unique_ptr<PGresult, decltype(&PQclear)> result(
        params.empty()
            ? PQexec(connection.get(), sql.c_str())
            : PQexecParams(connection.get(), sql.c_str(), static_cast<int>(values.size()), nullptr,
                           values.data(), nullptr, nullptr, 0),
        &PQclear);
    const ExecStatusType status = PQresultStatus(result.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
        const char* state = PQresultErrorField(result.get(), PG_DIAG_SQLSTATE);
        throw SqlError(PQresultErrorMessage(result.get()), state != nullptr ? state : "");
    }
    std::vector<Row> rows;
    for (int r = 0; r < PQntuples(result.get()); ++r) {
        Row row;
        for (int c = 0; c < PQnfields(result.get()); ++c) {
            if (PQgetisnull(result.get(), r, c) != 0) {
                row.emplace_back(std::nullopt);
            } else {
                row.emplace_back(PQgetvalue(result.get(), r, c));
            }
        }
        rows.push_back(std::move(row));
    }
    return rows;
}

TestDatabase::TestDatabase() : m_name("t_" + uniqueSuffix()) {
    query(testServer().adminConninfo("postgres"),
          "CREATE DATABASE " + m_name + " TEMPLATE " + PostgisServer::kTemplate);
}

TestDatabase::~TestDatabase() {
    try {
        query(testServer().adminConninfo("postgres"),
              "DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
    } catch (const std::exception& error) {
        ADD_FAILURE() << "cannot drop the test database: " << error.what();
    }
}

TestLogin::TestLogin(const TestDatabase& database, const std::string& user,
                     const std::string& group, const std::filesystem::path& directory)
    : m_database(database),
      m_user(user + "_" + database.name().substr(2)),
      m_serviceFile(directory / (m_user + ".service.conf")),
      m_passFile(directory / (m_user + ".pgpass")) {
    const std::string password = "pw-" + uniqueSuffix();
    // Names come from the test, passwords from it too: safe to write into the statement,
    // which takes no parameters.
    database.sql("CREATE ROLE " + m_user + " LOGIN PASSWORD '" + password + "' IN ROLE " + group);
    const PostgisServer& server = testServer();
    std::ofstream(m_serviceFile) << "[" << m_user << "]\nhost=127.0.0.1\nport=" << server.port
                                 << "\ndbname=" << database.name() << "\nuser=" << m_user << "\n";
    std::ofstream(m_passFile) << "127.0.0.1:" << server.port << ":" << database.name() << ":"
                              << m_user << ":" << password << "\n";
    ::chmod(m_passFile.c_str(), 0600);  // libpq ignores a password file others can read
}

TestLogin::~TestLogin() {
    try {
        m_database.sql("REASSIGN OWNED BY " + m_user + " TO postgres; DROP OWNED BY " + m_user);
        query(testServer().adminConninfo("postgres"), "DROP ROLE IF EXISTS " + m_user);
    } catch (const std::exception& error) {
        ADD_FAILURE() << "cannot drop the test login: " << error.what();
    }
}

std::map<std::string, std::string> TestLogin::environment() const {
    return {{"PGSERVICEFILE", m_serviceFile.string()}, {"PGPASSFILE", m_passFile.string()}};
}

std::string TestLogin::conninfo() const {
    return "host=127.0.0.1 port=" + std::to_string(testServer().port) +
           " dbname=" + m_database.name() + " user=" + m_user + " passfile=" + m_passFile.string();
}

ProcessResult runProgram(const std::string& program, const std::vector<std::string>& arguments,
                         const std::map<std::string, std::string>& environment) {
    return BackgroundProgram(program, arguments, environment).wait();
}

ProcessResult runSitefit(const std::vector<std::string>& arguments,
                         const std::map<std::string, std::string>& environment) {
    return runProgram(SITEFIT_BINARY, arguments, environment);
}

BackgroundProgram::BackgroundProgram(const std::string& program,
                                     const std::vector<std::string>& arguments,
                                     const std::map<std::string, std::string>& environment) {
    const std::string stem =
        (std::filesystem::temp_directory_path() / ("sitefit-run-" + uniqueSuffix())).string();
    m_out = stem + ".out";
    m_err = stem + ".err";
    m_pid = spawn(program, arguments, environment, m_out, m_err);
}

BackgroundProgram::BackgroundProgram(BackgroundProgram&& other) noexcept
    : m_pid(other.m_pid), m_out(std::move(other.m_out)), m_err(std::move(other.m_err)) {
    other.m_pid = -1;
}

BackgroundProgram::~BackgroundProgram() {
    if (m_pid > 0) {
        (void)wait();
    }
}

ProcessResult BackgroundProgram::wait() {
    ProcessResult result;
    if (m_pid <= 0) {
        return result;
    }
    result.exit_code = waitFor(m_pid);
    m_pid = -1;
    result.out = readAll(m_out);
    result.err = readAll(m_err);
    std::error_code ignored;
    std::filesystem::remove(m_out, ignored);
    std::filesystem::remove(m_err, ignored);
    return result;
}

ScratchDirectory::ScratchDirectory() {
    std::string pattern =
        (std::filesystem::temp_directory_path() / "sitefit-pgtest-XXXXXX").string();
    if (::mkdtemp(pattern.data()) == nullptr) {
        throw std::runtime_error("cannot make a scratch directory");
    }
    m_path = pattern;
}

ScratchDirectory::~ScratchDirectory() {
    std::error_code ignored;
    std::filesystem::remove_all(m_path, ignored);
}

void dropValueRules(const TestDatabase& database) {
    database.sql(R"sql(
DO $$
DECLARE
    c record;
BEGIN
    FOR c IN SELECT conrelid::regclass AS t, conname FROM pg_constraint
             WHERE contype = 'c' AND conname ~ '_(given|not_negative|ratio|range|one_of|code|codes|not_above|or|positive_for_[a-z]+|fits_floor_area|fits_footprint)$'
    LOOP
        EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', c.t, c.conname);
    END LOOP;
    FOR c IN SELECT tgrelid::regclass AS t, tgname FROM pg_trigger
             WHERE tgname LIKE '%\_check\_values'
    LOOP
        EXECUTE format('DROP TRIGGER %I ON %s', c.tgname, c.t);
    END LOOP;
END
$$)sql");
}

}  // namespace sitefit::test

// The tests' main: the server (when this process started one) stops after the last test.
int main(int argc, char** argv) {
    ::testing::InitGoogleTest(&argc, argv);
    const int result = RUN_ALL_TESTS();
    return result;
}
