#include "text_table.hpp"

#include <algorithm>

namespace sitefit::cli {
namespace {

bool isWide(char32_t c) {
    return (c >= 0x1100 && c <= 0x115F) || (c >= 0x2E80 && c <= 0xA4CF) ||
           (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
           (c >= 0xFFE0 && c <= 0xFFE6) || (c >= 0x20000 && c <= 0x3FFFD);
}

}  // namespace

std::size_t displayWidth(const std::string& text) {
    std::size_t width = 0;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        std::size_t length = 1;
        char32_t c = byte;
        if (byte >= 0xF0) {
            length = 4;
            c = byte & 0x07U;
        } else if (byte >= 0xE0) {
            length = 3;
            c = byte & 0x0FU;
        } else if (byte >= 0xC0) {
            length = 2;
            c = byte & 0x1FU;
        }
        for (std::size_t k = 1; k < length && i + k < text.size(); ++k) {
            c = (c << 6U) | (static_cast<unsigned char>(text[i + k]) & 0x3FU);
        }
        width += isWide(c) ? 2 : 1;
        i += length;
    }
    return width;
}

void TextTable::addColumn(std::string header, Align align) {
    m_columns.push_back({std::move(header), align});
}

void TextTable::addRow(std::vector<std::string> cells) {
    cells.resize(m_columns.size());
    m_rows.push_back(std::move(cells));
}

void TextTable::addRule() {
    m_rows.emplace_back();
}

void TextTable::print(std::ostream& out) const {
    std::vector<std::size_t> widths;
    for (const ColumnSpec& column : m_columns) {
        widths.push_back(displayWidth(column.header));
    }
    for (const auto& row : m_rows) {
        for (std::size_t c = 0; c < row.size(); ++c) {
            widths[c] = std::max(widths[c], displayWidth(row[c]));
        }
    }
    auto printRow = [&](const std::vector<std::string>& cells) {
        std::string line;
        for (std::size_t c = 0; c < m_columns.size(); ++c) {
            const std::string padding(widths[c] - displayWidth(cells[c]), ' ');
            line += c == 0 ? "" : "  ";
            line += m_columns[c].align == Align::Right ? padding + cells[c] : cells[c] + padding;
        }
        line.erase(line.find_last_not_of(' ') + 1);
        out << line << "\n";
    };
    std::vector<std::string> headers;
    std::size_t total = 0;
    for (std::size_t c = 0; c < m_columns.size(); ++c) {
        headers.push_back(m_columns[c].header);
        total += widths[c] + (c == 0 ? 0 : 2);
    }
    printRow(headers);
    out << std::string(total, '-') << "\n";
    for (const auto& row : m_rows) {
        if (row.empty()) {
            out << std::string(total, '-') << "\n";
        } else {
            printRow(row);
        }
    }
}

}  // namespace sitefit::cli
