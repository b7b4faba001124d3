#include "sitefit/gis/workspace_location.hpp"

#include <libpq-fe.h>

#include <memory>

#include "detail/pg_connection.hpp"
#include "sitefit/core/error.hpp"

namespace sitefit::gis {
namespace {

constexpr const char* kNoPassword =
    "a password in the connection string is refused: it would be seen in the process list, "
    "the shell history and logs. Put it in the password file (~/.pgpass or the file named by "
    "PGPASSFILE), in a service file (PGSERVICEFILE, then use PG:service=NAME) or in the "
    "environment variable PGPASSWORD";

struct OptionsDeleter {
    void operator()(PQconninfoOption* options) const noexcept { PQconninfoFree(options); }
};

}  // namespace

bool isPostgisWorkspace(std::string_view workspace) {
    return workspace.rfind("PG:", 0) == 0;
}

void refuseInlinePassword(std::string_view workspace) {
    if (!isPostgisWorkspace(workspace)) {
        return;
    }
    const std::string_view text = workspace.substr(3);
    // libpq's own parser sees exactly what libpq (and GDAL, which calls it) would use. GDAL's
    // keys are dropped first: libpq does not know them.
    std::string conninfo(text);
    if (!detail::isConnectionUri(text)) {
        conninfo.clear();
        for (const detail::ConnectionOption& option : detail::connectionOptions(text)) {
            if (option.key == "password") {
                throw Error(Error::Kind::Usage, kNoPassword);
            }
            if (option.key == "active_schema" || option.key == "schemas" ||
                option.key == "tables") {
                continue;
            }
            conninfo += option.key + "='";
            for (const char c : option.value) {
                conninfo += c == '\'' || c == '\\' ? std::string("\\") + c : std::string(1, c);
            }
            conninfo += "' ";
        }
    }
    char* error = nullptr;
    const std::unique_ptr<PQconninfoOption, OptionsDeleter> options(
        PQconninfoParse(conninfo.c_str(), &error));
    if (!options) {
        std::string reason = error != nullptr ? error : "out of memory";
        PQfreemem(error);
        while (!reason.empty() && reason.back() == '\n') {
            reason.pop_back();
        }
        throw Error(Error::Kind::Usage, "the PostgreSQL connection string is not valid: " + reason +
                                            " (write it as PG:service=NAME or PG:host=HOST "
                                            "port=PORT dbname=DB user=USER)");
    }
    for (const PQconninfoOption* option = options.get(); option->keyword != nullptr; ++option) {
        if (std::string_view(option->keyword) == "password" && option->val != nullptr &&
            option->val[0] != '\0') {
            throw Error(Error::Kind::Usage, kNoPassword);
        }
    }
}

}  // namespace sitefit::gis
