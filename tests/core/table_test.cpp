#include <gtest/gtest.h>

#include <sstream>

#include "sitefit/core/table.hpp"

using namespace sitefit::core;

TEST(Table, CsvQuotesWhatNeedsQuotingAndLeavesNullsEmpty) {
    Table table;
    table.columns = {
        {"id", ColumnType::Text}, {"area", ColumnType::Real}, {"n", ColumnType::Integer}};
    table.rows.push_back({std::string("A,1"), 1.5, std::int64_t{3}});
    table.rows.push_back({std::string("say \"hi\""), Cell{}, Cell{}});
    std::ostringstream out;
    writeCsv(table, out);
    EXPECT_EQ(out.str(), "id,area,n\r\n\"A,1\",1.5,3\r\n\"say \"\"hi\"\"\",,\r\n");
}
