#include "industry_catalogue.hpp"

#include <array>
#include <string_view>

#include "sitefit/core/error.hpp"

namespace sitefit::sample {
namespace {

struct CategoryRow {
    std::string_view code;
    std::string_view name_zh;
    std::string_view name_en;
    std::string_view land_use_classes;
    int pollution_class;
};

// Pollution classes follow the planning classes: 3 only for what needs M3 (chemical
// synthesis, casting, plating, circuit boards, resins), 1 for clean assembly and services.
constexpr std::array kCategories{
    // 医药健康 MED: the 正大天晴 chain, the medical-device park and the pharma cluster.
    CategoryRow{"MED01", "化学原料药", "Active pharmaceutical ingredients", "M3", 3},
    CategoryRow{"MED02", "医药中间体", "Pharmaceutical intermediates", "M3", 3},
    CategoryRow{"MED03", "化学药制剂", "Chemical drug formulations", "M1,M2", 2},
    CategoryRow{"MED04", "生物制品", "Biologics and vaccines", "M1,M2", 2},
    CategoryRow{"MED05", "现代中药", "Modern traditional Chinese medicine", "M1,M2", 2},
    CategoryRow{"MED06", "药用辅料", "Pharmaceutical excipients", "M2", 2},
    CategoryRow{"MED07", "药品包装材料", "Pharmaceutical packaging materials", "M1,M2", 1},
    CategoryRow{"MED08", "医学影像设备", "Medical imaging equipment (MRI)", "M1", 1},
    CategoryRow{"MED09", "医用耗材", "Medical consumables", "M1,M2", 1},
    CategoryRow{"MED10", "体外诊断试剂", "In-vitro diagnostics", "M1", 1},
    CategoryRow{"MED11", "医药研发外包与检测", "Contract research and drug testing", "M1,A", 1},
    CategoryRow{"MED12", "医药冷链物流", "Pharmaceutical cold-chain logistics", "W1", 1},
    // 智能制造/高端装备 EQP: 天明 (mining machinery), 鹰游 (textile machinery, carbon-fibre
    // lines), 远洋流体 (fluid equipment), and the 均和云谷 smart-equipment park.
    CategoryRow{"EQP01", "铸锻件", "Castings and forgings", "M2,M3", 3},
    CategoryRow{"EQP02", "精密零部件", "Precision machined parts", "M1,M2", 2},
    CategoryRow{"EQP03", "液压与传动部件", "Hydraulic and drive components", "M1,M2", 2},
    CategoryRow{"EQP04", "矿山机械", "Mining machinery", "M2", 2},
    CategoryRow{"EQP05", "纺织机械", "Textile machinery", "M2", 2},
    CategoryRow{"EQP06", "碳纤维成套装备", "Carbon-fibre production lines", "M2", 2},
    CategoryRow{"EQP07", "流体装备", "Fluid equipment (pumps, valves)", "M2", 2},
    CategoryRow{"EQP08", "工业机器人", "Industrial robots", "M1", 1},
    CategoryRow{"EQP09", "智能控制系统", "Industrial control systems", "M1", 1},
    CategoryRow{"EQP10", "工程钻机", "Engineering drilling rigs", "M2", 2},
    CategoryRow{"EQP11", "表面处理与电镀", "Surface treatment and electroplating", "M3", 3},
    // 新材料 MAT: 联瑞 (silicon micropowder), 衡所华威 (epoxy moulding compound),
    // carbon fibre, 日出东方 (solar thermal), 飞雁 (blankets).
    CategoryRow{"MAT01", "硅微粉", "Silicon micropowder", "M2", 2},
    CategoryRow{"MAT02", "环氧塑封料", "Epoxy moulding compound", "M2", 2},
    CategoryRow{"MAT03", "碳纤维及复合材料", "Carbon fibre and composites", "M2", 2},
    CategoryRow{"MAT04", "功能性纺织材料", "Functional textiles", "M1,M2", 2},
    CategoryRow{"MAT05", "高性能树脂", "High-performance resins", "M3", 3},
    CategoryRow{"MAT06", "太阳能光热材料", "Solar-thermal materials and appliances", "M1,M2", 2},
    CategoryRow{"MAT07", "电子化学品", "Electronic chemicals", "M3", 3},
    CategoryRow{"MAT08", "高分子膜材料", "Polymer films", "M2", 2},
    // 电子信息 ELE: the chain the district wants to grow around packaging materials.
    CategoryRow{"ELE01", "集成电路封装测试", "Semiconductor packaging and test", "M1,M2", 2},
    CategoryRow{"ELE02", "电子元器件", "Electronic components", "M1", 1},
    CategoryRow{"ELE03", "传感器", "Sensors", "M1", 1},
    CategoryRow{"ELE04", "印制电路板", "Printed circuit boards", "M2,M3", 3},
    CategoryRow{"ELE05", "智能终端", "Smart terminals", "M1", 1},
    CategoryRow{"ELE06", "工业软件与信息服务", "Industrial software and IT services", "M1,A", 1},
};

struct LinkRow {
    std::string_view from;
    std::string_view to;
};

// `from` supplies `to`. Cross-chain links are what makes a chain leader attract suppliers
// from another chain (silicon micropowder → moulding compound → chip packaging).
constexpr std::array kLinks{
    // Pharma: intermediates → APIs → formulations; excipients and packaging → formulations.
    LinkRow{"MED02", "MED01"},
    LinkRow{"MED01", "MED03"},
    LinkRow{"MED06", "MED03"},
    LinkRow{"MED07", "MED03"},
    LinkRow{"MED06", "MED05"},
    LinkRow{"MED07", "MED04"},
    LinkRow{"MED07", "MED05"},
    LinkRow{"MED11", "MED03"},
    LinkRow{"MED11", "MED04"},
    LinkRow{"MED04", "MED10"},
    LinkRow{"MED03", "MED12"},
    LinkRow{"MED04", "MED12"},
    // Equipment: castings → precision parts → machinery; controls into machines.
    LinkRow{"EQP01", "EQP02"},
    LinkRow{"EQP01", "EQP07"},
    LinkRow{"EQP11", "EQP02"},
    LinkRow{"EQP02", "EQP03"},
    LinkRow{"EQP02", "EQP04"},
    LinkRow{"EQP02", "EQP05"},
    LinkRow{"EQP02", "EQP07"},
    LinkRow{"EQP02", "EQP08"},
    LinkRow{"EQP02", "EQP10"},
    LinkRow{"EQP03", "EQP04"},
    LinkRow{"EQP03", "EQP10"},
    LinkRow{"EQP09", "EQP04"},
    LinkRow{"EQP09", "EQP05"},
    LinkRow{"EQP09", "EQP08"},
    // Materials, and where they cross into other chains.
    LinkRow{"MAT01", "MAT02"},
    LinkRow{"MAT05", "MAT02"},
    LinkRow{"MAT05", "MAT03"},
    LinkRow{"MAT02", "ELE01"},
    LinkRow{"MAT01", "ELE04"},
    LinkRow{"MAT07", "ELE01"},
    LinkRow{"MAT07", "ELE04"},
    LinkRow{"MAT08", "MED07"},
    LinkRow{"MAT08", "MED09"},
    LinkRow{"EQP06", "MAT03"},
    LinkRow{"EQP05", "MAT04"},
    LinkRow{"MAT03", "EQP08"},
    // Electronics: components and sensors into terminals, robots and medical imaging.
    LinkRow{"ELE01", "ELE02"},
    LinkRow{"ELE02", "ELE05"},
    LinkRow{"ELE03", "ELE05"},
    LinkRow{"ELE04", "ELE05"},
    LinkRow{"ELE06", "ELE05"},
    LinkRow{"ELE03", "EQP08"},
    LinkRow{"ELE03", "EQP09"},
    LinkRow{"ELE02", "EQP09"},
    LinkRow{"ELE06", "EQP09"},
    LinkRow{"ELE02", "MED08"},
    LinkRow{"ELE04", "MED08"},
    LinkRow{"ELE03", "MED10"},
    LinkRow{"ELE02", "MAT06"},
};

std::vector<std::string> splitClasses(std::string_view text) {
    std::vector<std::string> classes;
    std::size_t start = 0;
    while (start <= text.size()) {
        const std::size_t comma = text.find(',', start);
        const std::size_t end = comma == std::string_view::npos ? text.size() : comma;
        classes.emplace_back(text.substr(start, end - start));
        start = end + 1;
    }
    return classes;
}

}  // namespace

core::CatalogueTables industryCatalogue() {
    core::CatalogueTables tables;
    tables.chains = {
        {"MED", "医药健康", "Pharmaceuticals and health"},
        {"EQP", "智能制造/高端装备", "Smart manufacturing and high-end equipment"},
        {"MAT", "新材料", "New materials"},
        {"ELE", "电子信息", "Electronic information"},
    };
    for (const CategoryRow& row : kCategories) {
        tables.categories.push_back({std::string(row.code), std::string(row.code.substr(0, 3)),
                                     std::string(row.name_zh), std::string(row.name_en),
                                     splitClasses(row.land_use_classes), row.pollution_class});
    }
    for (const LinkRow& row : kLinks) {
        tables.links.push_back({std::string(row.from), std::string(row.to)});
    }
    // The report's figure; a catalogue edit that breaks it should fail loudly here.
    if (tables.categories.size() != 37) {
        throw Error(Error::Kind::Internal, "the catalogue must list 37 categories");
    }
    return tables;
}

}  // namespace sitefit::sample
