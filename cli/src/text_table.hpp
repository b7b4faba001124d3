#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace sitefit::cli {

// A plain-text table for terminals, aligned by display width so that Chinese text (two
// columns a character) lines up with ASCII.
class TextTable {
public:
    enum class Align { Left, Right };

    void addColumn(std::string header, Align align);
    void addRow(std::vector<std::string> cells);
    void addRule();  // a separator line, e.g. before a totals row
    void print(std::ostream& out) const;

private:
    struct ColumnSpec {
        std::string header;
        Align align;
    };
    std::vector<ColumnSpec> m_columns;
    std::vector<std::vector<std::string>> m_rows;  // an empty row is a rule
};

// Terminal display width of UTF-8 text: East Asian wide characters count 2.
std::size_t displayWidth(const std::string& text);

}  // namespace sitefit::cli
