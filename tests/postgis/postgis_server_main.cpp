// The ctest fixture around the postgis tests: `start STATE` before them, `stop STATE` after
// them (ctest runs it even when they fail). STATE is a file naming the server for the tests
// (SITEFIT_TEST_PG_STATE).
#include <cstdio>
#include <iostream>
#include <stdexcept>
#include <string>

#include "postgis_server.hpp"

int main(int argc, char** argv) {
    if (argc != 3 || (std::string(argv[1]) != "start" && std::string(argv[1]) != "stop")) {
        std::cerr << "usage: sitefit_postgis_server start|stop STATE_FILE\n";
        return 2;
    }
    const std::string state = argv[2];
    // A server left by an interrupted run is stopped first.
    if (const auto previous = sitefit::test::PostgisServer::load(state)) {
        previous->stop(SITEFIT_PG_BINDIR);
        std::remove(state.c_str());
    }
    if (std::string(argv[1]) == "stop") {
        return 0;
    }
    try {
        const auto server = sitefit::test::PostgisServer::start(SITEFIT_PG_BINDIR);
        server.save(state);
        std::cout << "PostgreSQL + PostGIS test server on port " << server.port << ", socket in "
                  << server.directory.string()
                  << (server.as_postgres_user ? " (running as postgres)" : "") << "\n";
    } catch (const std::exception& error) {
        std::cerr << error.what() << "\n";
        return 1;
    }
    return 0;
}
