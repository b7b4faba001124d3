#include "sitefit/gis/value_translation.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <span>

#include "sitefit/core/building.hpp"
#include "sitefit/core/parcel.hpp"
#include "sitefit/core/zone.hpp"

namespace sitefit::gis {
namespace {

constexpr std::string_view kGb50137 = "GB 50137-2011";
constexpr std::string_view kLandSea2023 = "2023 land and sea use classification";
constexpr std::string_view kCommonUsage = "common usage";
constexpr std::string_view kSchema = "schema";

struct Entry {
    std::string_view source;  // a code or word as data carry it
    std::string_view value;   // the schema value
    std::string_view table;
};

// GB 50137-2011 城市用地分类与规划建设用地标准: its major and medium classes of urban
// construction land (表 3.3.2) and of urban and rural land (表 3.2.2), by code and by name.
// The codes are the schema's land_use values: the rule packs and the catalogue's
// land_use_classes compare them (M1, M2, M3, W1, ...).
constexpr std::array kGb50137Classes{
    Entry{"R", "R", kGb50137},
    Entry{"居住用地", "R", kGb50137},
    Entry{"R1", "R1", kGb50137},
    Entry{"一类居住用地", "R1", kGb50137},
    Entry{"R2", "R2", kGb50137},
    Entry{"二类居住用地", "R2", kGb50137},
    Entry{"R3", "R3", kGb50137},
    Entry{"三类居住用地", "R3", kGb50137},
    Entry{"A", "A", kGb50137},
    Entry{"公共管理与公共服务设施用地", "A", kGb50137},
    Entry{"A1", "A1", kGb50137},
    Entry{"行政办公用地", "A1", kGb50137},
    Entry{"A2", "A2", kGb50137},
    Entry{"文化设施用地", "A2", kGb50137},
    Entry{"A3", "A3", kGb50137},
    Entry{"教育科研用地", "A3", kGb50137},
    Entry{"A4", "A4", kGb50137},
    Entry{"体育用地", "A4", kGb50137},
    Entry{"A5", "A5", kGb50137},
    Entry{"医疗卫生用地", "A5", kGb50137},
    Entry{"A6", "A6", kGb50137},
    Entry{"社会福利用地", "A6", kGb50137},
    Entry{"A7", "A7", kGb50137},
    Entry{"文物古迹用地", "A7", kGb50137},
    Entry{"A8", "A8", kGb50137},
    Entry{"外事用地", "A8", kGb50137},
    Entry{"A9", "A9", kGb50137},
    Entry{"宗教用地", "A9", kGb50137},
    Entry{"B", "B", kGb50137},
    Entry{"商业服务业设施用地", "B", kGb50137},
    Entry{"B1", "B1", kGb50137},
    Entry{"商业用地", "B1", kGb50137},
    Entry{"B2", "B2", kGb50137},
    Entry{"商务用地", "B2", kGb50137},
    Entry{"B3", "B3", kGb50137},
    Entry{"娱乐康体用地", "B3", kGb50137},
    Entry{"B4", "B4", kGb50137},
    Entry{"公用设施营业网点用地", "B4", kGb50137},
    Entry{"B9", "B9", kGb50137},
    Entry{"其他服务设施用地", "B9", kGb50137},
    Entry{"M", "M", kGb50137},
    Entry{"工业用地", "M", kGb50137},
    Entry{"M1", "M1", kGb50137},
    Entry{"一类工业用地", "M1", kGb50137},
    Entry{"M2", "M2", kGb50137},
    Entry{"二类工业用地", "M2", kGb50137},
    Entry{"M3", "M3", kGb50137},
    Entry{"三类工业用地", "M3", kGb50137},
    Entry{"W", "W", kGb50137},
    Entry{"物流仓储用地", "W", kGb50137},
    Entry{"W1", "W1", kGb50137},
    Entry{"一类物流仓储用地", "W1", kGb50137},
    Entry{"W2", "W2", kGb50137},
    Entry{"二类物流仓储用地", "W2", kGb50137},
    Entry{"W3", "W3", kGb50137},
    Entry{"三类物流仓储用地", "W3", kGb50137},
    Entry{"S", "S", kGb50137},
    Entry{"道路与交通设施用地", "S", kGb50137},
    // The standard's own text also calls S 交通设施用地 (in the description of H11).
    Entry{"交通设施用地", "S", kGb50137},
    Entry{"S1", "S1", kGb50137},
    Entry{"城市道路用地", "S1", kGb50137},
    Entry{"S2", "S2", kGb50137},
    Entry{"城市轨道交通用地", "S2", kGb50137},
    Entry{"S3", "S3", kGb50137},
    Entry{"交通枢纽用地", "S3", kGb50137},
    Entry{"S4", "S4", kGb50137},
    Entry{"交通场站用地", "S4", kGb50137},
    Entry{"S9", "S9", kGb50137},
    Entry{"其他交通设施用地", "S9", kGb50137},
    Entry{"U", "U", kGb50137},
    Entry{"公用设施用地", "U", kGb50137},
    Entry{"U1", "U1", kGb50137},
    Entry{"供应设施用地", "U1", kGb50137},
    Entry{"U2", "U2", kGb50137},
    Entry{"环境设施用地", "U2", kGb50137},
    Entry{"U3", "U3", kGb50137},
    Entry{"安全设施用地", "U3", kGb50137},
    Entry{"U9", "U9", kGb50137},
    Entry{"其他公用设施用地", "U9", kGb50137},
    Entry{"G", "G", kGb50137},
    Entry{"绿地与广场用地", "G", kGb50137},
    Entry{"G1", "G1", kGb50137},
    Entry{"公园绿地", "G1", kGb50137},
    Entry{"G2", "G2", kGb50137},
    Entry{"防护绿地", "G2", kGb50137},
    Entry{"G3", "G3", kGb50137},
    Entry{"广场用地", "G3", kGb50137},
    Entry{"H", "H", kGb50137},
    Entry{"建设用地", "H", kGb50137},
    Entry{"H1", "H1", kGb50137},
    Entry{"城乡居民点建设用地", "H1", kGb50137},
    Entry{"H2", "H2", kGb50137},
    Entry{"区域交通设施用地", "H2", kGb50137},
    Entry{"H3", "H3", kGb50137},
    Entry{"区域公用设施用地", "H3", kGb50137},
    Entry{"H4", "H4", kGb50137},
    Entry{"特殊用地", "H4", kGb50137},
    Entry{"H5", "H5", kGb50137},
    Entry{"采矿用地", "H5", kGb50137},
    Entry{"H9", "H9", kGb50137},
    Entry{"其他建设用地", "H9", kGb50137},
    Entry{"E", "E", kGb50137},
    Entry{"非建设用地", "E", kGb50137},
    Entry{"E1", "E1", kGb50137},
    Entry{"水域", "E1", kGb50137},
    Entry{"E2", "E2", kGb50137},
    Entry{"农林用地", "E2", kGb50137},
    Entry{"E9", "E9", kGb50137},
    Entry{"其他非建设用地", "E9", kGb50137},
};

// 国土空间调查、规划、用途管制用地用海分类指南 (2023): level-1, level-2 and the level-3
// classes that GB 50137 also tells apart, each taken to its nearest GB 50137-2011 class.
// Names the two standards share (工业用地, 公园绿地, ...) are in the GB 50137 table and mean
// the same class there. Classes with no urban counterpart (wetland, salt pans, reserved
// "留白" land, rural homesteads, ...) are left out: the planner maps them in a value table.
constexpr std::array kLandSea2023Classes{
    Entry{"01", "E2", kLandSea2023},
    Entry{"耕地", "E2", kLandSea2023},
    Entry{"02", "E2", kLandSea2023},
    Entry{"园地", "E2", kLandSea2023},
    Entry{"03", "E2", kLandSea2023},
    Entry{"林地", "E2", kLandSea2023},
    Entry{"04", "E2", kLandSea2023},
    Entry{"草地", "E2", kLandSea2023},
    Entry{"07", "R", kLandSea2023},
    Entry{"0701", "R", kLandSea2023},
    Entry{"城镇住宅用地", "R", kLandSea2023},
    Entry{"070101", "R1", kLandSea2023},
    Entry{"一类城镇住宅用地", "R1", kLandSea2023},
    Entry{"070102", "R2", kLandSea2023},
    Entry{"二类城镇住宅用地", "R2", kLandSea2023},
    Entry{"070103", "R3", kLandSea2023},
    Entry{"三类城镇住宅用地", "R3", kLandSea2023},
    Entry{"0702", "R", kLandSea2023},
    Entry{"城镇社区服务设施用地", "R", kLandSea2023},
    Entry{"08", "A", kLandSea2023},
    Entry{"公共管理与公共服务用地", "A", kLandSea2023},
    Entry{"0801", "A1", kLandSea2023},
    Entry{"机关团体用地", "A1", kLandSea2023},
    Entry{"0802", "A3", kLandSea2023},
    Entry{"科研用地", "A3", kLandSea2023},
    Entry{"0803", "A2", kLandSea2023},
    Entry{"文化用地", "A2", kLandSea2023},
    Entry{"0804", "A3", kLandSea2023},
    Entry{"教育用地", "A3", kLandSea2023},
    Entry{"0805", "A4", kLandSea2023},
    Entry{"0806", "A5", kLandSea2023},
    Entry{"0807", "A6", kLandSea2023},
    Entry{"09", "B", kLandSea2023},
    Entry{"商业服务业用地", "B", kLandSea2023},
    Entry{"0901", "B1", kLandSea2023},
    Entry{"0902", "B2", kLandSea2023},
    Entry{"商务金融用地", "B2", kLandSea2023},
    Entry{"0903", "B3", kLandSea2023},
    Entry{"娱乐用地", "B3", kLandSea2023},
    Entry{"0904", "B9", kLandSea2023},
    Entry{"其他商业服务业用地", "B9", kLandSea2023},
    Entry{"10", "M", kLandSea2023},
    Entry{"工矿用地", "M", kLandSea2023},
    Entry{"1001", "M", kLandSea2023},
    Entry{"100101", "M1", kLandSea2023},
    Entry{"100102", "M2", kLandSea2023},
    Entry{"100103", "M3", kLandSea2023},
    Entry{"1002", "H5", kLandSea2023},
    Entry{"11", "W", kLandSea2023},
    Entry{"仓储用地", "W", kLandSea2023},
    Entry{"1101", "W", kLandSea2023},
    Entry{"110101", "W1", kLandSea2023},
    Entry{"110102", "W2", kLandSea2023},
    Entry{"110103", "W3", kLandSea2023},
    Entry{"1102", "W", kLandSea2023},
    Entry{"储备库用地", "W", kLandSea2023},
    Entry{"12", "S", kLandSea2023},
    Entry{"交通运输用地", "S", kLandSea2023},
    Entry{"1201", "H2", kLandSea2023},
    Entry{"铁路用地", "H2", kLandSea2023},
    Entry{"1202", "H2", kLandSea2023},
    Entry{"公路用地", "H2", kLandSea2023},
    Entry{"1203", "H2", kLandSea2023},
    Entry{"机场用地", "H2", kLandSea2023},
    Entry{"1204", "H2", kLandSea2023},
    Entry{"港口码头用地", "H2", kLandSea2023},
    Entry{"1205", "H2", kLandSea2023},
    Entry{"管道运输用地", "H2", kLandSea2023},
    Entry{"1206", "S2", kLandSea2023},
    Entry{"1207", "S1", kLandSea2023},
    Entry{"城镇道路用地", "S1", kLandSea2023},
    Entry{"1208", "S4", kLandSea2023},
    Entry{"1209", "S9", kLandSea2023},
    Entry{"13", "U", kLandSea2023},
    Entry{"1301", "U1", kLandSea2023},
    Entry{"供水用地", "U1", kLandSea2023},
    Entry{"1302", "U2", kLandSea2023},
    Entry{"排水用地", "U2", kLandSea2023},
    Entry{"1303", "U1", kLandSea2023},
    Entry{"供电用地", "U1", kLandSea2023},
    Entry{"1304", "U1", kLandSea2023},
    Entry{"供燃气用地", "U1", kLandSea2023},
    Entry{"1305", "U1", kLandSea2023},
    Entry{"供热用地", "U1", kLandSea2023},
    Entry{"1306", "U1", kLandSea2023},
    Entry{"通信用地", "U1", kLandSea2023},
    Entry{"1309", "U2", kLandSea2023},
    Entry{"环卫用地", "U2", kLandSea2023},
    Entry{"1310", "U3", kLandSea2023},
    Entry{"消防用地", "U3", kLandSea2023},
    Entry{"1312", "U9", kLandSea2023},
    Entry{"14", "G", kLandSea2023},
    Entry{"绿地与开敞空间用地", "G", kLandSea2023},
    Entry{"1401", "G1", kLandSea2023},
    Entry{"1402", "G2", kLandSea2023},
    Entry{"1403", "G3", kLandSea2023},
    Entry{"15", "H4", kLandSea2023},
    Entry{"17", "E1", kLandSea2023},
    Entry{"陆地水域", "E1", kLandSea2023},
};

// Supply status in the words land registers and investment bureaux use; common usage, not a
// standard. The schema's four states say whether a site can still be offered:
//  - available: the land can be offered now or is about to be (待出让, 拟出让, 可供);
//  - reserved: held in the government's land reserve or kept back for later (储备, 预留);
//  - transferred: the use right has been granted (已出让, 已供地, 已批: approved supply),
//    including land under construction (在建), whose buildings are not there yet;
//  - built: the buildings stand (已建, 已建成, 建成).
constexpr std::array kStatusWords{
    Entry{"待出让", "available", kCommonUsage},   Entry{"可供", "available", kCommonUsage},
    Entry{"可供地", "available", kCommonUsage},   Entry{"未出让", "available", kCommonUsage},
    Entry{"拟出让", "available", kCommonUsage},   Entry{"待供地", "available", kCommonUsage},
    Entry{"储备", "reserved", kCommonUsage},      Entry{"储备用地", "reserved", kCommonUsage},
    Entry{"预留", "reserved", kCommonUsage},      Entry{"预留用地", "reserved", kCommonUsage},
    Entry{"已出让", "transferred", kCommonUsage}, Entry{"已供地", "transferred", kCommonUsage},
    Entry{"已供", "transferred", kCommonUsage},   Entry{"已批", "transferred", kCommonUsage},
    Entry{"在建", "transferred", kCommonUsage},   Entry{"已建", "built", kCommonUsage},
    Entry{"已建成", "built", kCommonUsage},       Entry{"建成", "built", kCommonUsage},
};

// Building kinds in common usage, not a standard. A plain 厂房 or 办公楼 is left out: it may
// be an owner's own plant or office rather than space to let, so the planner decides.
constexpr std::array kBuildingKindWords{
    Entry{"标准厂房", "standard_factory", kCommonUsage},
    Entry{"通用厂房", "standard_factory", kCommonUsage},
    Entry{"研发楼", "rnd_office", kCommonUsage},
    Entry{"研发用房", "rnd_office", kCommonUsage},
    Entry{"研发办公楼", "rnd_office", kCommonUsage},
    Entry{"仓库", "warehouse", kCommonUsage},
    Entry{"仓储", "warehouse", kCommonUsage},
    Entry{"仓储用房", "warehouse", kCommonUsage},
    Entry{"孵化器", "incubator", kCommonUsage},
    Entry{"众创空间", "incubator", kCommonUsage},
    Entry{"住宅", "residential", kCommonUsage},
    Entry{"宿舍", "residential", kCommonUsage},
    Entry{"公共服务", "public_service", kCommonUsage},
    Entry{"公共服务设施", "public_service", kCommonUsage},
    Entry{"其他", "other", kCommonUsage},
    Entry{"其它", "other", kCommonUsage},
};

// Zone kinds in common usage, not a standard.
constexpr std::array kZoneKindWords{
    Entry{"高新区", "high_tech_zone", kCommonUsage},
    Entry{"高新技术产业开发区", "high_tech_zone", kCommonUsage},
    Entry{"工业园区", "industrial_park", kCommonUsage},
    Entry{"工业园", "industrial_park", kCommonUsage},
    Entry{"产业园", "industrial_park", kCommonUsage},
    Entry{"产业园区", "industrial_park", kCommonUsage},
    Entry{"工业集中区", "township_cluster", kCommonUsage},
    Entry{"乡镇工业集中区", "township_cluster", kCommonUsage},
    Entry{"特色产业园", "specialty_park", kCommonUsage},
    Entry{"特色产业园区", "specialty_park", kCommonUsage},
};

// The schema's words, spelled by core so the two never disagree.
const std::array kStatusValues{
    core::toString(core::ParcelStatus::Available), core::toString(core::ParcelStatus::Reserved),
    core::toString(core::ParcelStatus::Transferred), core::toString(core::ParcelStatus::Built)};
const std::array kBuildingKindValues{core::toString(core::BuildingKind::StandardFactory),
                                     core::toString(core::BuildingKind::RndOffice),
                                     core::toString(core::BuildingKind::Warehouse),
                                     core::toString(core::BuildingKind::Incubator),
                                     core::toString(core::BuildingKind::Residential),
                                     core::toString(core::BuildingKind::PublicService),
                                     core::toString(core::BuildingKind::Other)};
const std::array kZoneKindValues{
    core::toString(core::ZoneKind::HighTechZone), core::toString(core::ZoneKind::IndustrialPark),
    core::toString(core::ZoneKind::TownshipCluster), core::toString(core::ZoneKind::SpecialtyPark)};

enum class Domain { None, LandUse, Status, BuildingKind, ZoneKind };

Domain domainOf(std::string_view target, std::string_view field) {
    if (target == "parcels" && field == "land_use") {
        return Domain::LandUse;
    }
    if (target == "parcels" && field == "status") {
        return Domain::Status;
    }
    if (target == "buildings" && field == "kind") {
        return Domain::BuildingKind;
    }
    if (target == "zones" && field == "kind") {
        return Domain::ZoneKind;
    }
    return Domain::None;
}

// Decodes UTF-8 into code points; bytes that are not UTF-8 stand for themselves.
std::u32string codePoints(std::string_view text) {
    std::u32string out;
    for (std::size_t i = 0; i < text.size();) {
        const auto byte = static_cast<unsigned char>(text[i]);
        std::size_t length = 1;
        char32_t point = byte;
        if (byte >= 0xF0 && byte < 0xF8) {
            length = 4;
            point = byte & 0x07U;
        } else if (byte >= 0xE0) {
            length = 3;
            point = byte & 0x0FU;
        } else if (byte >= 0xC0) {
            length = 2;
            point = byte & 0x1FU;
        }
        if (length == 1 || i + length > text.size()) {
            out.push_back(byte);
            ++i;
            continue;
        }
        for (std::size_t k = 1; k < length; ++k) {
            point = (point << 6U) | (static_cast<unsigned char>(text[i + k]) & 0x3FU);
        }
        out.push_back(point);
        i += length;
    }
    return out;
}

void appendUtf8(std::string& out, char32_t point) {
    if (point < 0x80) {
        out += static_cast<char>(point);
    } else if (point < 0x800) {
        out += static_cast<char>(0xC0U | (point >> 6U));
        out += static_cast<char>(0x80U | (point & 0x3FU));
    } else if (point < 0x10000) {
        out += static_cast<char>(0xE0U | (point >> 12U));
        out += static_cast<char>(0x80U | ((point >> 6U) & 0x3FU));
        out += static_cast<char>(0x80U | (point & 0x3FU));
    } else {
        out += static_cast<char>(0xF0U | (point >> 18U));
        out += static_cast<char>(0x80U | ((point >> 12U) & 0x3FU));
        out += static_cast<char>(0x80U | ((point >> 6U) & 0x3FU));
        out += static_cast<char>(0x80U | (point & 0x3FU));
    }
}

bool isSpace(char32_t point) {
    return point == U' ' || point == U'\t' || point == U'\r' || point == U'\n' ||
           point == U'\u3000';
}

// The form values are compared in: trimmed (ASCII and ideographic spaces), full-width ASCII
// (ＭＩ, １００１０１, as Chinese input methods type them) made ASCII, Latin letters lower case.
std::u32string comparable(std::string_view text) {
    std::u32string points = codePoints(text);
    while (!points.empty() && isSpace(points.back())) {
        points.pop_back();
    }
    std::size_t first = 0;
    while (first < points.size() && isSpace(points[first])) {
        ++first;
    }
    points.erase(0, first);
    for (char32_t& point : points) {
        if (point >= U'\uFF01' && point <= U'\uFF5E') {
            point -= 0xFEE0;
        }
        if (point >= U'A' && point <= U'Z') {
            point += U'a' - U'A';
        }
    }
    return points;
}

// A national code read from a number column has lost its leading zero (0701 → 701): codes
// have an even number of digits, so an odd count gets it back.
std::u32string withLeadingZero(std::u32string code) {
    const bool digits = !code.empty() && std::all_of(code.begin(), code.end(), [](char32_t c) {
        return c >= U'0' && c <= U'9';
    });
    if (digits && code.size() % 2 == 1) {
        code.insert(code.begin(), U'0');
    }
    return code;
}

// Schema words are also recognised spelled with spaces or hyphens: "High-tech zone".
std::u32string schemaWordForm(std::u32string text) {
    for (char32_t& point : text) {
        if (point == U' ' || point == U'-') {
            point = U'_';
        }
    }
    return text;
}

std::span<const Entry> tableOf(Domain domain, std::size_t part) {
    switch (domain) {
        case Domain::LandUse:
            return part == 0 ? std::span<const Entry>(kGb50137Classes)
                             : (part == 1 ? std::span<const Entry>(kLandSea2023Classes)
                                          : std::span<const Entry>());
        case Domain::Status:
            return part == 0 ? std::span<const Entry>(kStatusWords) : std::span<const Entry>();
        case Domain::BuildingKind:
            return part == 0 ? std::span<const Entry>(kBuildingKindWords)
                             : std::span<const Entry>();
        case Domain::ZoneKind:
            return part == 0 ? std::span<const Entry>(kZoneKindWords) : std::span<const Entry>();
        case Domain::None:
            break;
    }
    return {};
}

std::span<const std::string_view> schemaValuesOf(Domain domain) {
    switch (domain) {
        case Domain::Status:
            return kStatusValues;
        case Domain::BuildingKind:
            return kBuildingKindValues;
        case Domain::ZoneKind:
            return kZoneKindValues;
        case Domain::LandUse:
        case Domain::None:
            break;
    }
    return {};
}

// Every known spelling of a domain: table entries and schema words.
std::vector<std::string> knownValuesOf(Domain domain) {
    std::vector<std::string> known;
    for (std::size_t part = 0; part < 2; ++part) {
        for (const Entry& entry : tableOf(domain, part)) {
            known.emplace_back(entry.source);
        }
    }
    for (std::string_view value : schemaValuesOf(domain)) {
        known.emplace_back(value);
    }
    return known;
}

// Levenshtein distance on code points.
std::size_t editDistance(const std::u32string& a, const std::u32string& b) {
    std::vector<std::size_t> row(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) {
        row[j] = j;
    }
    for (std::size_t i = 1; i <= a.size(); ++i) {
        std::size_t diagonal = row[0];
        row[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t above = row[j];
            row[j] =
                std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0U : 1U)});
            diagonal = above;
        }
    }
    return row[b.size()];
}

std::size_t sharedPrefix(const std::u32string& a, const std::u32string& b) {
    std::size_t n = 0;
    while (n < a.size() && n < b.size() && a[n] == b[n]) {
        ++n;
    }
    return n;
}

}  // namespace

bool hasBuiltInTranslation(std::string_view target, std::string_view field) {
    return domainOf(target, field) != Domain::None;
}

std::optional<BuiltInTranslation> translateBuiltIn(std::string_view target, std::string_view field,
                                                   std::string_view value) {
    const Domain domain = domainOf(target, field);
    if (domain == Domain::None) {
        return std::nullopt;
    }
    std::u32string wanted = comparable(value);
    if (wanted.empty()) {
        return std::nullopt;
    }
    const std::u32string asWord = schemaWordForm(wanted);
    for (std::string_view schema : schemaValuesOf(domain)) {
        if (comparable(schema) == asWord) {
            return BuiltInTranslation{std::string(schema), std::string(kSchema)};
        }
    }
    if (domain == Domain::LandUse) {
        wanted = withLeadingZero(std::move(wanted));
    }
    for (std::size_t part = 0; part < 2; ++part) {
        for (const Entry& entry : tableOf(domain, part)) {
            if (comparable(entry.source) == wanted) {
                return BuiltInTranslation{std::string(entry.value), std::string(entry.table)};
            }
        }
    }
    return std::nullopt;
}

std::vector<std::string> nearestKnownValues(std::string_view target, std::string_view field,
                                            std::string_view value, std::size_t count) {
    const Domain domain = domainOf(target, field);
    if (domain == Domain::None || count == 0) {
        return {};
    }
    // Closeness: the fewest code-point edits for the length of the longer of the two (工业 is
    // nearer 一类工业用地, half of it, than R, with as many edits but all of it), then the
    // longest shared beginning (1001 is nearer 100101 than 1101 is), then table order.
    const std::u32string wanted = comparable(value);
    struct Candidate {
        std::size_t distance;
        std::size_t length;  // of the longer form, at least 1
        std::size_t prefix;
        std::size_t order;
        std::string text;
    };
    std::vector<Candidate> candidates;
    std::vector<std::string> known = knownValuesOf(domain);
    for (std::size_t i = 0; i < known.size(); ++i) {
        const std::u32string form = comparable(known[i]);
        const bool seen = std::any_of(candidates.begin(), candidates.end(),
                                      [&](const Candidate& c) { return c.text == known[i]; });
        if (!seen) {
            candidates.push_back({editDistance(wanted, form),
                                  std::max<std::size_t>({wanted.size(), form.size(), 1}),
                                  sharedPrefix(wanted, form), i, known[i]});
        }
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        // a.distance / a.length against b.distance / b.length, in whole numbers.
        const std::size_t left = a.distance * b.length;
        const std::size_t right = b.distance * a.length;
        if (left != right) {
            return left < right;
        }
        if (a.prefix != b.prefix) {
            return a.prefix > b.prefix;
        }
        return a.order < b.order;
    });
    std::vector<std::string> nearest;
    for (std::size_t i = 0; i < candidates.size() && nearest.size() < count; ++i) {
        nearest.push_back(std::move(candidates[i].text));
    }
    return nearest;
}

std::string normalisedForComparison(std::string_view value) {
    std::string out;
    for (char32_t point : comparable(value)) {
        appendUtf8(out, point);
    }
    return out;
}

}  // namespace sitefit::gis
