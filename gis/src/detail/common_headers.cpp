#include "detail/common_headers.hpp"

#include <array>
#include <iterator>
#include <utility>

namespace sitefit::gis::detail {
namespace {

// The usual headers of one schema field. `target` empty: any layer with such a field.
struct CommonHeaders {
    std::string_view target;
    std::string_view field;
    std::vector<std::string_view> headers;  // best first
};

// The headers of zones.
std::vector<CommonHeaders> zoneHeaders() {
    return {
        {"zones",
         "zone_id",
         {"园区编号", "园区代码", "园区编码", "zone id", "zone code", "编号", "id"}},
        {"zones", "name", {"园区名称", "园区", "名称", "name", "zone name"}},
        {"zones", "kind", {"园区类型", "园区类别", "类型", "zone type", "type", "kind"}},
        {"zones",
         "leading_chains",
         {"主导产业链", "主导产业", "主导产业链条", "leading chains", "leading industries"}},
        {"zones",
         "min_investment_intensity",
         {"投资强度下限", "最低投资强度", "投资强度", "investment intensity"}},
        {"zones",
         "max_pollution_class",
         {"污染等级上限", "最高污染等级", "准入污染等级", "污染等级", "pollution class"}},
        {"zones",
         "enterprise_capacity",
         {"企业容量", "可容纳企业数", "企业承载量", "enterprise capacity"}},
    };
}

// The headers of parcels.
std::vector<CommonHeaders> parcelHeaders() {
    return {
        {"parcels",
         "parcel_id",
         {"地块编号", "宗地编号", "地块号", "宗地号", "地块代码", "宗地代码", "地块编码",
          "宗地编码", "parcel id", "plot id", "parcel no", "编号", "id"}},
        {"parcels",
         "land_use",
         {"用地性质", "用地类型", "地类", "用地代码", "用地分类", "规划用地性质", "土地用途",
          "规划用途", "地类编码", "land use", "landuse", "land use code", "zoning"}},
        {"parcels",
         "status",
         {"供地状态", "出让状态", "土地状态", "供应状态", "状态", "supply status", "status"}},
        {"parcels", "far_min", {"容积率下限", "最小容积率", "最低容积率", "far min", "min far"}},
        {"parcels",
         "far_max",
         {"容积率上限", "最大容积率", "最高容积率", "容积率", "far max", "max far", "far",
          "plot ratio"}},
        {"parcels",
         "density_max",
         {"建筑密度", "建筑密度上限", "最大建筑密度", "density", "building density", "coverage"}},
        {"parcels", "green_max", {"绿地率", "绿地率上限", "最大绿地率", "green ratio", "green"}},
        {"parcels",
         "height_max_m",
         {"限高", "建筑限高", "建筑高度上限", "高度限制", "最大高度", "height limit",
          "max height"}},
        {"parcels",
         "land_price",
         {"地价", "出让价", "出让价格", "出让单价", "土地价格", "土地单价", "基准地价",
          "land price", "price"}},
        {"parcels",
         "power_kva",
         {"供电容量", "电力容量", "用电容量", "电力", "power", "power capacity"}},
    };
}

// The headers of buildings.
std::vector<CommonHeaders> buildingHeaders() {
    return {
        {"buildings",
         "building_id",
         {"建筑编号", "楼栋编号", "建筑物编号", "房屋编号", "楼栋号", "楼号", "building id",
          "bldg id", "编号", "id"}},
        {"buildings",
         "kind",
         {"建筑类型", "建筑用途", "房屋用途", "用途", "房屋类型", "类型", "building type", "type",
          "use"}},
        {"buildings",
         "floors",
         {"层数", "楼层数", "地上层数", "建筑层数", "总层数", "floors", "storeys", "stories",
          "levels", "floor count"}},
        {"buildings",
         "floor_area_m2",
         {"建筑面积", "总建筑面积", "floor area", "gross floor area", "gfa"}},
        {"buildings",
         "vacant_m2",
         {"空置面积", "可租面积", "可租赁面积", "闲置面积", "可招商面积", "vacant area", "vacant",
          "lettable area"}},
        {"buildings", "rent", {"租金", "租金单价", "月租金", "租金标准", "rent"}},
    };
}

// The headers of enterprises.
std::vector<CommonHeaders> enterpriseHeaders() {
    return {
        {"enterprises",
         "enterprise_id",
         {"企业编号", "企业代码", "统一社会信用代码", "信用代码", "enterprise id", "company id",
          "编号", "id"}},
        {"enterprises",
         "name",
         {"企业名称", "公司名称", "单位名称", "名称", "name", "company", "enterprise"}},
        {"enterprises", "role", {"链上角色", "产业链角色", "企业角色", "角色", "role"}},
        {"enterprises",
         "annual_output",
         {"年产值", "工业总产值", "产值", "营业收入", "annual output", "output"}},
    };
}

// The headers of projects.
std::vector<CommonHeaders> projectHeaders() {
    return {
        {"projects",
         "project_id",
         {"项目编号", "项目代码", "项目编码", "project id", "编号", "id"}},
        {"projects", "name", {"项目名称", "名称", "project name", "project", "name"}},
        {"projects",
         "investor",
         {"投资方", "投资主体", "投资人", "投资企业", "投资单位", "investor"}},
        {"projects", "need", {"需求类型", "载体需求", "落地方式", "供地方式", "need"}},
        {"projects",
         "land_m2",
         {"用地面积", "用地需求", "需地面积", "用地规模", "拟用地面积", "land area", "land"}},
        {"projects",
         "floor_m2",
         {"厂房面积", "厂房需求", "需求面积", "租赁面积", "floor area", "floor space"}},
        {"projects", "investment", {"投资额", "总投资", "计划总投资", "投资总额", "investment"}},
        {"projects", "pollution_class", {"污染等级", "环保类别", "污染类别", "pollution class"}},
        {"projects",
         "preferred_zone",
         {"意向园区", "意向区域", "拟落户园区", "拟选址", "preferred zone"}},
        {"projects",
         "needed_by",
         {"需求时间", "拟开工时间", "需地时间", "计划开工时间", "needed by"}},
        {"projects", "annual_tax", {"年税收", "预计年税收", "税收", "annual tax", "tax"}},
        {"projects", "jobs", {"就业人数", "用工人数", "员工人数", "职工人数", "jobs", "employees"}},
        {"projects", "priority", {"优先级", "优先度", "priority"}},
        {"projects", "mandatory", {"必须落地", "必保项目", "mandatory"}},
    };
}

// The headers of chains, categories, chain links.
std::vector<CommonHeaders> catalogueHeaders() {
    return {
        {"chains",
         "chain_code",
         {"产业链代码", "产业链编号", "产业链编码", "链条代码", "chain code", "chain", "代码",
          "编号"}},
        {"chains", "name_zh", {"产业链名称", "中文名称", "名称", "chinese name"}},
        {"chains", "name_en", {"英文名称", "english name", "name"}},
        {"categories",
         "category_code",
         {"类别代码", "类别编号", "产业类别代码", "category code", "category", "代码", "编号"}},
        {"categories",
         "chain_code",
         {"产业链代码", "产业链编号", "所属产业链", "产业链", "chain code", "chain"}},
        {"categories", "name_zh", {"类别名称", "中文名称", "名称", "chinese name"}},
        {"categories", "name_en", {"英文名称", "english name", "name"}},
        {"categories",
         "land_use_classes",
         {"适用用地", "适用用地性质", "用地性质", "用地类型", "land use classes", "land use"}},
        {"categories", "pollution_class", {"污染等级", "环保类别", "pollution class"}},
        {"chain_links",
         "from_category",
         {"上游类别", "上游", "上游类别代码", "from category", "from", "upstream"}},
        {"chain_links",
         "to_category",
         {"下游类别", "下游", "下游类别代码", "to category", "to", "downstream"}},
    };
}

// The headers of fields of several layers: after every layer-specific entry.
std::vector<CommonHeaders> sharedHeaders() {
    return {
        {"",
         "category_code",
         {"类别代码", "产业类别代码", "产业类别", "类别编号", "category code", "category"}},
        {"",
         "industry_code",
         {"行业代码", "行业分类代码", "国民经济行业代码", "国民经济行业分类", "行业分类",
          "行业类别", "industry code", "gbt4754", "industry"}},
        {"",
         "floor_load_kn_m2",
         {"楼面荷载", "楼板荷载", "设计荷载", "承重", "荷载", "floor load", "load"}},
        {"",
         "clear_height_m",
         {"净高", "层高", "首层层高", "首层净高", "clear height", "ceiling height"}},
        {"", "power_kva", {"用电需求", "用电容量", "供电容量", "电力需求", "power"}},
        {"",
         "available_from",
         {"可供日期", "可供时间", "供地时间", "交地时间", "交付时间", "可用日期", "可入驻日期",
          "available from", "available date", "available"}},
        {"",
         "carrier",
         {"运营主体", "载体", "载体名称", "运营单位", "管理单位", "carrier", "operator"}},
    };
}

// Layer-specific entries come before the general ones of the same field; a target's own
// words (园区名称 for a zone's name, 企业名称 for an enterprise's) rank above 名称.
const std::vector<CommonHeaders>& commonHeaders() {
    static const std::vector<CommonHeaders> kCommonHeaders = [] {
        std::vector<CommonHeaders> all;
        for (std::vector<CommonHeaders> (*part)() :
             {&zoneHeaders, &parcelHeaders, &buildingHeaders, &enterpriseHeaders, &projectHeaders,
              &catalogueHeaders, &sharedHeaders}) {
            std::vector<CommonHeaders> headers = part();
            all.insert(all.end(), std::make_move_iterator(headers.begin()),
                       std::make_move_iterator(headers.end()));
        }
        return all;
    }();
    return kCommonHeaders;
}

// Full-width ASCII (U+FF01–U+FF5E) is three bytes: EF BC 81–BF, EF BD 80–9E; the ideographic
// space U+3000 is E3 80 80. Everything else is kept byte for byte.
std::string halfWidth(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
        if (i + 2 < text.size() && byte(i) == 0xEF &&
            (byte(i + 1) == 0xBC || byte(i + 1) == 0xBD) && byte(i + 2) >= 0x80 &&
            byte(i + 2) <= 0xBF) {
            const int base = byte(i + 1) == 0xBC ? 0x20 : 0x60;
            const int ascii = base + (byte(i + 2) & 0x3F);
            if (ascii > 0x20 && ascii < 0x7F) {
                out += static_cast<char>(ascii);
                i += 2;
                continue;
            }
        }
        if (i + 2 < text.size() && byte(i) == 0xE3 && byte(i + 1) == 0x80 && byte(i + 2) == 0x80) {
            out += ' ';
            i += 2;
            continue;
        }
        out += text[i];
    }
    return out;
}

// Splits "name(unit)" or "name[unit]" (already half-width) into name and unit.
std::pair<std::string, std::string> splitUnit(const std::string& header) {
    std::string text = header;
    while (!text.empty() && text.back() == ' ') {
        text.pop_back();
    }
    if (text.empty() || (text.back() != ')' && text.back() != ']')) {
        return {text, ""};
    }
    const char open = text.back() == ')' ? '(' : '[';
    const auto start = text.rfind(open);
    if (start == std::string::npos || start == 0) {
        return {text, ""};
    }
    return {text.substr(0, start), text.substr(start + 1, text.size() - start - 2)};
}

}  // namespace

std::string normalisedHeader(std::string_view header) {
    const std::string name = splitUnit(halfWidth(header)).first;
    std::string out;
    for (const char c : name) {
        if (c == ' ' || c == '_' || c == '-' || c == '.' || c == '\t') {
            continue;
        }
        out += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
    }
    return out;
}

std::string headerUnit(std::string_view header) {
    std::string unit;
    for (const char c : splitUnit(halfWidth(header)).second) {
        if (c != ' ') {
            unit += (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c;
        }
    }
    // The spellings seen in planners' tables, and the unit the mapping file names for each.
    static const std::array<std::pair<std::string_view, std::string_view>, 16> kUnits{{
        {"亩", "亩"},
        {"公顷", "公顷"},
        {"ha", "公顷"},
        {"hm2", "公顷"},
        {"m2", "m²"},
        {"m²", "m²"},
        {"㎡", "m²"},
        {"平方米", "m²"},
        {"元/m2", "元/m²"},
        {"元/m²", "元/m²"},
        {"元/㎡", "元/m²"},
        {"元/平方米", "元/m²"},
        {"万元/亩", "万元/亩"},
        {"元/亩", "元/亩"},
        {"yuan/m2", "元/m²"},
        {"mu", "亩"},
    }};
    for (const auto& [spelling, name] : kUnits) {
        if (unit == spelling) {
            return std::string(name);
        }
    }
    return "";
}

std::vector<std::string_view> commonHeadersOf(std::string_view target, std::string_view field) {
    std::vector<std::string_view> headers;
    for (const bool specific : {true, false}) {
        for (const CommonHeaders& entry : commonHeaders()) {
            if (entry.field == field &&
                (specific ? entry.target == target : entry.target.empty())) {
                headers.insert(headers.end(), entry.headers.begin(), entry.headers.end());
            }
        }
    }
    return headers;
}

}  // namespace sitefit::gis::detail
