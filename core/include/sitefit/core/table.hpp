#pragma once

#include <cstdint>
#include <ostream>
#include <string>
#include <variant>
#include <vector>

namespace sitefit::core {

// A result table with typed columns: one description of the output that the JSON, CSV and
// workspace-layer writers all follow, so the three never disagree.
using Cell = std::variant<std::monostate, std::string, std::int64_t, double>;  // monostate = null

enum class ColumnType { Text, Integer, Real };

struct Column {
    std::string name;
    ColumnType type;
    bool in_json = true;  // part of the documented JSON shape
};

struct Table {
    std::vector<Column> columns;
    std::vector<std::vector<Cell>> rows;  // each row has one cell per column
};

// RFC 4180 CSV, UTF-8, with a header row; null cells are empty.
void writeCsv(const Table& table, std::ostream& out);

}  // namespace sitefit::core
