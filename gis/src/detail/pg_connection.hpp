#pragma once

#include <libpq-fe.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "sitefit/core/error.hpp"

namespace sitefit::gis::detail {

// An error the server reported, with its SQLSTATE ("42501" insufficient privilege,
// "23505" unique violation...). what() says what failed and the server's message.
class DatabaseError : public Error {
public:
    DatabaseError(Kind kind, const std::string& message, ErrorContext context, std::string sqlstate,
                  std::string serverMessage);
    [[nodiscard]] const std::string& sqlstate() const noexcept { return m_sqlstate; }
    [[nodiscard]] const std::string& serverMessage() const noexcept { return m_serverMessage; }
    [[nodiscard]] bool isPermissionDenied() const noexcept { return m_sqlstate == "42501"; }

private:
    std::string m_sqlstate;
    std::string m_serverMessage;
};

struct PgResultDeleter {
    void operator()(PGresult* result) const noexcept { PQclear(result); }
};
struct PgConnectionDeleter {
    void operator()(PGconn* connection) const noexcept { PQfinish(connection); }
};

// A query's rows, values as text (libpq's text format).
class PgResult {
public:
    explicit PgResult(PGresult* result) : m_result(result) {}
    [[nodiscard]] int rows() const { return PQntuples(m_result.get()); }
    [[nodiscard]] int columns() const { return PQnfields(m_result.get()); }
    [[nodiscard]] bool isNull(int row, int column) const {
        return PQgetisnull(m_result.get(), row, column) != 0;
    }
    // "" for null.
    [[nodiscard]] std::string text(int row, int column) const {
        return PQgetvalue(m_result.get(), row, column);
    }
    [[nodiscard]] std::optional<std::string> optionalText(int row, int column) const;
    [[nodiscard]] long long integer(int row, int column) const;
    [[nodiscard]] double real(int row, int column) const;
    [[nodiscard]] std::string columnName(int column) const {
        return PQfname(m_result.get(), column);
    }
    // Rows changed by an INSERT/UPDATE/DELETE.
    [[nodiscard]] long long affectedRows() const;

private:
    std::unique_ptr<PGresult, PgResultDeleter> m_result;
};

// A query parameter: text, or nullopt for SQL NULL. Every value that comes from a user
// (ids, field values, names) travels as a parameter, never in the SQL text.
using PgParam = std::optional<std::string>;

// One libpq connection to the database of a PG: workspace name. Not thread-safe: one per
// thread. Each session has ISO dates, UTF-8 and exact float output, and the search path of
// GDAL's active_schema= when given.
class PgConnection {
public:
    // Throws Usage for a password in the string, Input when the connection fails.
    explicit PgConnection(const std::string& workspace);

    [[nodiscard]] const std::string& name() const noexcept { return m_name; }

    // SQL without parameters: only for text sitefit wrote (DDL, fixed queries, migrations).
    PgResult exec(const std::string& sql, Error::Kind kind = Error::Kind::Input);
    PgResult exec(const std::string& sql, const std::vector<PgParam>& params,
                  Error::Kind kind = Error::Kind::Input);

    // An identifier quoted for SQL ("parcel_capacity" → "\"parcel_capacity\"").
    [[nodiscard]] std::string identifier(std::string_view name) const;

    [[nodiscard]] std::string sessionUser();

private:
    PgResult check(PGresult* result, Error::Kind kind);

    std::string m_name;
    std::unique_ptr<PGconn, PgConnectionDeleter> m_connection;
};

// BEGIN in the constructor; ROLLBACK in the destructor unless committed.
class PgTransaction {
public:
    explicit PgTransaction(PgConnection& connection);
    PgTransaction(const PgTransaction&) = delete;
    PgTransaction& operator=(const PgTransaction&) = delete;
    PgTransaction(PgTransaction&&) = delete;
    PgTransaction& operator=(PgTransaction&&) = delete;
    ~PgTransaction();
    void commit(Error::Kind kind = Error::Kind::Output);

private:
    PgConnection& m_connection;
    bool m_open = true;
};

// The key = value pairs of a libpq connection string (keys lower-cased, quotes and escapes
// resolved). Throws Usage for a malformed string (the message never repeats a value).
struct ConnectionOption {
    std::string key;
    std::string value;
};
std::vector<ConnectionOption> connectionOptions(std::string_view conninfo);

// Whether the text after "PG:" is a URI (postgresql://...) rather than key = value pairs.
bool isConnectionUri(std::string_view text);

// The libpq connection string of a PG: workspace name, without GDAL's own keys
// (active_schema, schemas, tables), and the active schema if one was named.
struct PgConnectionString {
    std::string conninfo;
    std::string active_schema;
};
PgConnectionString libpqConnectionString(std::string_view workspace);

}  // namespace sitefit::gis::detail
