#pragma once

#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "random_stream.hpp"

namespace sitefit::sample {

struct FirmName {
    std::string zh;
    std::string en;
    [[nodiscard]] std::string bilingual() const { return zh + " " + en; }
};

// Makes company names the way Chinese firms are named: place + two-character trade name +
// line of business + 有限公司, with the pinyin English form ("连云港瑞恒精密机械有限公司
// Lianyungang Ruiheng Precision Machinery Co., Ltd."). Names do not repeat within one
// generator while unused combinations remain.
class FirmNames {
public:
    // `places`: the cities the firms are registered in, e.g. 连云港 for local firms.
    explicit FirmNames(std::vector<std::string_view> places);

    // A new name for a firm of the given catalogue category (MED01 ...).
    [[nodiscard]] FirmName next(std::string_view category_code, RandomStream& random);

private:
    std::vector<std::string_view> m_places;
    std::set<std::string> m_used;
};

}  // namespace sitefit::sample
