#include "sitefit/core/table.hpp"

#include <cmath>
#include <iomanip>
#include <sstream>

namespace sitefit::core {
namespace {

void writeField(std::ostream& out, const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) {
        out << text;
        return;
    }
    out << '"';
    for (const char c : text) {
        if (c == '"') {
            out << '"';
        }
        out << c;
    }
    out << '"';
}

std::string render(const Cell& cell) {
    struct Visitor {
        std::string operator()(std::monostate) const { return {}; }
        std::string operator()(const std::string& text) const { return text; }
        std::string operator()(std::int64_t value) const { return std::to_string(value); }
        std::string operator()(double value) const {
            if (!std::isfinite(value)) {
                return {};
            }
            std::ostringstream s;
            s << std::setprecision(12) << value;
            return s.str();
        }
    };
    return std::visit(Visitor{}, cell);
}

}  // namespace

void writeCsv(const Table& table, std::ostream& out) {
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        out << (c == 0 ? "" : ",");
        writeField(out, table.columns[c].name);
    }
    out << "\r\n";
    for (const auto& row : table.rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            out << (c == 0 ? "" : ",");
            writeField(out, render(row[c]));
        }
        out << "\r\n";
    }
}

}  // namespace sitefit::core
