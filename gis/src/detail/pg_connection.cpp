#include "detail/pg_connection.hpp"

#include <cctype>
#include <cstdlib>
#include <utility>

#include "sitefit/core/text.hpp"
#include "sitefit/gis/workspace_location.hpp"

namespace sitefit::gis::detail {
namespace {

std::string quoted(const std::string& value) {
    std::string out = "'";
    for (const char c : value) {
        if (c == '\'' || c == '\\') {
            out += '\\';
        }
        out += c;
    }
    return out + "'";
}

std::string_view withoutPrefix(std::string_view workspace) {
    workspace.remove_prefix(3);  // "PG:"
    return workspace;
}

}  // namespace

bool isConnectionUri(std::string_view text) {
    return text.rfind("postgresql://", 0) == 0 || text.rfind("postgres://", 0) == 0;
}

// libpq's "key = value key2 = 'quoted \\' value'" syntax.
std::vector<ConnectionOption> connectionOptions(std::string_view text) {
    std::vector<ConnectionOption> pairs;
    std::size_t i = 0;
    auto skipSpace = [&] {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])) != 0) {
            ++i;
        }
    };
    const auto malformed = [](const std::string& why) {
        return Error(Error::Kind::Usage,
                     "the PostgreSQL connection string is not valid (" + why +
                         "); write it as PG:service=NAME or PG:host=HOST port=PORT dbname=DB "
                         "user=USER");
    };
    while (true) {
        skipSpace();
        if (i >= text.size()) {
            break;
        }
        ConnectionOption pair;
        while (i < text.size() && text[i] != '=' &&
               std::isspace(static_cast<unsigned char>(text[i])) == 0) {
            pair.key += text[i++];
        }
        skipSpace();
        if (i >= text.size() || text[i] != '=') {
            throw malformed("a word without '=' and a value");
        }
        ++i;
        skipSpace();
        if (i < text.size() && text[i] == '\'') {
            ++i;
            bool closed = false;
            while (i < text.size()) {
                if (text[i] == '\\' && i + 1 < text.size()) {
                    pair.value += text[i + 1];
                    i += 2;
                } else if (text[i] == '\'') {
                    ++i;
                    closed = true;
                    break;
                } else {
                    pair.value += text[i++];
                }
            }
            if (!closed) {
                throw malformed("a quoted value is not closed");
            }
        } else {
            while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i])) == 0) {
                if (text[i] == '\\' && i + 1 < text.size()) {
                    ++i;
                }
                pair.value += text[i++];
            }
        }
        pair.key = core::asciiLower(pair.key);
        pairs.push_back(std::move(pair));
    }
    return pairs;
}

DatabaseError::DatabaseError(Kind kind, const std::string& message, ErrorContext context,
                             std::string sqlstate, std::string serverMessage)
    : Error(kind, message, std::move(context)),
      m_sqlstate(std::move(sqlstate)),
      m_serverMessage(std::move(serverMessage)) {}

std::optional<std::string> PgResult::optionalText(int row, int column) const {
    if (isNull(row, column)) {
        return std::nullopt;
    }
    return text(row, column);
}

long long PgResult::integer(int row, int column) const {
    return std::strtoll(PQgetvalue(m_result.get(), row, column), nullptr, 10);
}

double PgResult::real(int row, int column) const {
    return std::strtod(PQgetvalue(m_result.get(), row, column), nullptr);
}

long long PgResult::affectedRows() const {
    const char* count = PQcmdTuples(m_result.get());
    return count == nullptr || *count == '\0' ? 0 : std::strtoll(count, nullptr, 10);
}

PgConnectionString libpqConnectionString(std::string_view workspace) {
    refuseInlinePassword(workspace);
    const std::string_view text = withoutPrefix(workspace);
    if (isConnectionUri(text)) {
        return {std::string(text), {}};
    }
    PgConnectionString out;
    for (const ConnectionOption& pair : connectionOptions(text)) {
        if (pair.key == "active_schema") {
            out.active_schema = pair.value;
        } else if (pair.key == "schemas" || pair.key == "tables") {
            continue;  // GDAL's: which layers to list, not libpq's
        } else {
            out.conninfo += out.conninfo.empty() ? "" : " ";
            out.conninfo += pair.key + "=" + quoted(pair.value);
        }
    }
    return out;
}

PgConnection::PgConnection(const std::string& workspace) : m_name(workspace) {
    const PgConnectionString connection = libpqConnectionString(workspace);
    m_connection.reset(PQconnectdb(connection.conninfo.c_str()));
    if (!m_connection || PQstatus(m_connection.get()) != CONNECTION_OK) {
        std::string reason = m_connection ? PQerrorMessage(m_connection.get()) : "out of memory";
        while (!reason.empty() && (reason.back() == '\n' || reason.back() == ' ')) {
            reason.pop_back();
        }
        throw Error(Error::Kind::Input, "cannot connect to the database: " + reason, {m_name});
    }
    // Notices ("relation already exists, skipping") are not for the user's terminal.
    PQsetNoticeProcessor(
        m_connection.get(), [](void*, const char*) {}, nullptr);
    exec(
        "SET client_encoding = 'UTF8'; SET DateStyle = 'ISO, YMD'; "
        "SET extra_float_digits = 3; SET TimeZone = 'UTC'");
    if (!connection.active_schema.empty()) {
        exec("SET search_path = " + identifier(connection.active_schema) + ", public");
    }
}

PgResult PgConnection::check(PGresult* raw, Error::Kind kind) {
    PgResult result(raw);
    const ExecStatusType status = PQresultStatus(raw);
    if (raw != nullptr &&
        (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK || status == PGRES_EMPTY_QUERY)) {
        return result;
    }
    std::string sqlstate;
    std::string primary;
    if (raw != nullptr) {
        if (const char* state = PQresultErrorField(raw, PG_DIAG_SQLSTATE)) {
            sqlstate = state;
        }
        if (const char* message = PQresultErrorField(raw, PG_DIAG_MESSAGE_PRIMARY)) {
            primary = message;
        }
    }
    if (primary.empty()) {
        primary = PQerrorMessage(m_connection.get());
        while (!primary.empty() && primary.back() == '\n') {
            primary.pop_back();
        }
    }
    throw DatabaseError(kind, "the database refused: " + primary, {m_name}, sqlstate, primary);
}

PgResult PgConnection::exec(const std::string& sql, Error::Kind kind) {
    return check(PQexec(m_connection.get(), sql.c_str()), kind);
}

PgResult PgConnection::exec(const std::string& sql, const std::vector<PgParam>& params,
                            Error::Kind kind) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const PgParam& param : params) {
        values.push_back(param ? param->c_str() : nullptr);
    }
    return check(PQexecParams(m_connection.get(), sql.c_str(), static_cast<int>(values.size()),
                              nullptr, values.data(), nullptr, nullptr, 0),
                 kind);
}

std::string PgConnection::identifier(std::string_view name) const {
    char* escaped = PQescapeIdentifier(m_connection.get(), name.data(), name.size());
    if (escaped == nullptr) {
        throw Error(
            Error::Kind::Internal,
            "cannot quote an identifier: " + std::string(PQerrorMessage(m_connection.get())),
            {m_name});
    }
    std::string out(escaped);
    PQfreemem(escaped);
    return out;
}

std::string PgConnection::sessionUser() {
    return exec("SELECT session_user").text(0, 0);
}

PgTransaction::PgTransaction(PgConnection& connection) : m_connection(connection) {
    m_connection.exec("BEGIN");
}

PgTransaction::~PgTransaction() {
    if (m_open) {
        try {
            m_connection.exec("ROLLBACK");
        } catch (...) {  // NOLINT(bugprone-empty-catch): the connection is gone; so is the work
        }
    }
}

void PgTransaction::commit(Error::Kind kind) {
    m_open = false;
    m_connection.exec("COMMIT", kind);
}

}  // namespace sitefit::gis::detail
