#include "sitefit/core/national_industry_catalogue.hpp"

#include <array>
#include <string_view>

namespace sitefit::core {
namespace {

struct Division {
    std::string_view code;
    std::string_view name_zh;
    std::string_view name_en;
};

// Section C 制造业 of GB/T 4754-2017 (its amendment No. 1 of 2019 left the divisions as
// they were): the standard's Chinese names, and English names for English output.
constexpr std::array<Division, 31> kDivisions{{
    {"C13", "农副食品加工业", "Processing of Food from Agricultural Products"},
    {"C14", "食品制造业", "Manufacture of Foods"},
    {"C15", "酒、饮料和精制茶制造业", "Manufacture of Liquor, Beverages and Refined Tea"},
    {"C16", "烟草制品业", "Manufacture of Tobacco"},
    {"C17", "纺织业", "Manufacture of Textile"},
    {"C18", "纺织服装、服饰业", "Manufacture of Textile Wearing Apparel and Accessories"},
    {"C19", "皮革、毛皮、羽毛及其制品和制鞋业",
     "Manufacture of Leather, Fur, Feather and Related Products and Footwear"},
    {"C20", "木材加工和木、竹、藤、棕、草制品业",
     "Processing of Timber, Manufacture of Wood, Bamboo, Rattan, Palm and Straw Products"},
    {"C21", "家具制造业", "Manufacture of Furniture"},
    {"C22", "造纸和纸制品业", "Manufacture of Paper and Paper Products"},
    {"C23", "印刷和记录媒介复制业", "Printing and Reproduction of Recording Media"},
    {"C24", "文教、工美、体育和娱乐用品制造业",
     "Manufacture of Articles for Culture, Education, Arts and Crafts, Sport and "
     "Entertainment Activities"},
    {"C25", "石油、煤炭及其他燃料加工业", "Processing of Petroleum, Coal and Other Fuels"},
    {"C26", "化学原料和化学制品制造业",
     "Manufacture of Raw Chemical Materials and Chemical Products"},
    {"C27", "医药制造业", "Manufacture of Medicines"},
    {"C28", "化学纤维制造业", "Manufacture of Chemical Fibers"},
    {"C29", "橡胶和塑料制品业", "Manufacture of Rubber and Plastics Products"},
    {"C30", "非金属矿物制品业", "Manufacture of Non-metallic Mineral Products"},
    {"C31", "黑色金属冶炼和压延加工业", "Smelting and Pressing of Ferrous Metals"},
    {"C32", "有色金属冶炼和压延加工业", "Smelting and Pressing of Non-ferrous Metals"},
    {"C33", "金属制品业", "Manufacture of Metal Products"},
    {"C34", "通用设备制造业", "Manufacture of General Purpose Machinery"},
    {"C35", "专用设备制造业", "Manufacture of Special Purpose Machinery"},
    {"C36", "汽车制造业", "Manufacture of Automobiles"},
    {"C37", "铁路、船舶、航空航天和其他运输设备制造业",
     "Manufacture of Railway, Ship, Aerospace and Other Transport Equipment"},
    {"C38", "电气机械和器材制造业", "Manufacture of Electrical Machinery and Apparatus"},
    {"C39", "计算机、通信和其他电子设备制造业",
     "Manufacture of Computers, Communication and Other Electronic Equipment"},
    {"C40", "仪器仪表制造业", "Manufacture of Measuring Instruments and Meters"},
    {"C41", "其他制造业", "Other Manufacturing"},
    {"C42", "废弃资源综合利用业", "Utilization of Waste Resources"},
    {"C43", "金属制品、机械和设备修理业",
     "Repair Service of Metal Products, Machinery and Equipment"},
}};

CatalogueTables build() {
    CatalogueTables tables;
    for (const Division& division : kDivisions) {
        const std::string code(division.code);
        tables.chains.push_back(
            {code, std::string(division.name_zh), std::string(division.name_en)});
        Category category;
        category.category_code = code;
        category.chain_code = code;
        category.name_zh = division.name_zh;
        category.name_en = division.name_en;
        // Manufacturing belongs on industrial land; which of the three classes a project
        // may use follows from its own pollution class (pollution.max_by_land_use).
        category.land_use_classes = {"M1", "M2", "M3"};
        category.pollution_class = 1;
        category.industry_codes = {code};
        tables.categories.push_back(std::move(category));
    }
    return tables;
}

}  // namespace

const CatalogueTables& nationalManufacturingDivisions() {
    static const CatalogueTables tables = build();
    return tables;
}

}  // namespace sitefit::core
