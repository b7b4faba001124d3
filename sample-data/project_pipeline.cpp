#include "project_pipeline.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <string_view>

#include "firm_names.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/units.hpp"

namespace sitefit::sample {
namespace {

using core::ProjectNeed;

struct ProjectRow {
    std::string_view name;
    std::string_view category;
    ProjectNeed need;
    double size;  // 亩 for land, m² of floor for space
    // Land: investment intensity (万元/亩). Space: investment (万元).
    double investment;
    // Land: the planned FAR, which gives floor_m2 (the matcher's FAR check). At least 1.35,
    // so that it stays at or above 1.0 on a parcel up to 30 % larger than asked for.
    double planned_far;
    double floor_load_kn_m2;  // space only
    double clear_height_m;    // space only
    double power_kva;         // 0: drawn from the size
    std::string_view preferred_zone;
    int needed_by_year;
    int needed_by_month;
    double priority;
    bool mandatory;
};

constexpr ProjectNeed kLand = ProjectNeed::Land;
constexpr ProjectNeed kSpace = ProjectNeed::Space;

constexpr std::array kProjects{
    // Pharma and health
    ProjectRow{"年产10亿片口服固体制剂项目 Oral solid dosage, 1 bn tablets/yr", "MED03", kLand, 80,
               400, 1.5, 0, 0, 0, "HZ-YY", 2025, 12, 5, true},
    ProjectRow{"抗肿瘤原料药项目 Oncology APIs", "MED01", kLand, 30, 380, 1.4, 0, 0, 0, "HZ-YY",
               2025, 9, 4, false},
    ProjectRow{"医药中间体绿色合成项目 Green synthesis of intermediates", "MED02", kLand, 25, 380,
               1.4, 0, 0, 0, "HZ-YY", 2026, 3, 3, false},
    ProjectRow{"中药配方颗粒项目 TCM dispensing granules", "MED05", kLand, 40, 380, 1.4, 0, 0, 0,
               "HZ-YY", 2026, 6, 3, false},
    ProjectRow{"年产3万吨药用辅料项目 Pharmaceutical excipients, 30 kt/yr", "MED06", kLand, 35, 260,
               1.4, 0, 0, 0, "", 2026, 1, 3, false},
    ProjectRow{"一次性医用耗材项目 Disposable medical consumables", "MED09", kLand, 30, 360, 1.6, 0,
               0, 0, "HZ-YL", 2025, 10, 3, false},
    ProjectRow{"超导磁共振整机项目 Superconducting MRI systems", "MED08", kLand, 45, 420, 1.8, 0, 0,
               0, "HZ-YL", 2026, 6, 4, false},
    ProjectRow{"体外诊断试剂项目 In-vitro diagnostic reagents", "MED10", kLand, 20, 350, 1.8, 0, 0,
               0, "HZ-YL", 2025, 12, 3, false},
    ProjectRow{"医药冷链物流中心 Pharmaceutical cold-chain hub", "MED12", kLand, 30, 340, 1.4, 0, 0,
               1000, "", 2026, 3, 2, false},
    // Smart manufacturing and equipment
    ProjectRow{"智能液压支架配套项目 Hydraulic roof supports for smart mining", "EQP04", kLand, 60,
               340, 1.4, 0, 0, 0, "HZ-GY", 2025, 12, 4, false},
    ProjectRow{"精密数控零部件项目 CNC precision parts", "EQP02", kLand, 30, 340, 1.5, 0, 0, 0,
               "HZ-GY", 2025, 9, 3, false},
    ProjectRow{"高端轴承零件项目 Bearing components", "EQP02", kLand, 25, 320, 1.4, 0, 0, 0, "",
               2026, 3, 2, false},
    ProjectRow{"工程机械液压件项目 Hydraulic components for construction machinery", "EQP03", kLand,
               40, 300, 1.4, 0, 0, 0, "HZ-GY", 2026, 1, 3, false},
    ProjectRow{"核级泵阀项目 Nuclear-grade pumps and valves", "EQP07", kLand, 50, 360, 1.4, 0, 0, 0,
               "HZ-GY", 2026, 6, 4, false},
    ProjectRow{"协作机器人整机项目 Collaborative robots", "EQP08", kLand, 40, 380, 2.0, 0, 0, 0,
               "HZ-JH", 2025, 12, 5, true},
    ProjectRow{"智能控制柜项目 Smart control cabinets", "EQP09", kLand, 15, 320, 1.8, 0, 0, 0, "",
               2025, 8, 2, false},
    ProjectRow{"精密铸件项目 Precision castings", "EQP01", kLand, 35, 200, 1.4, 0, 0, 0, "", 2026,
               6, 3, false},
    ProjectRow{"电镀集中处理中心 Central electroplating facility", "EQP11", kLand, 60, 220, 1.4, 0,
               0, 0, "", 2026, 1, 2, false},
    ProjectRow{"多功能工程钻机项目 Multi-purpose drilling rigs", "EQP10", kLand, 45, 200, 1.4, 0, 0,
               0, "HZ-XB", 2026, 9, 2, false},
    ProjectRow{"碳纤维整线装备产业基地 Carbon-fibre line equipment base", "EQP06", kLand, 220, 350,
               1.4, 0, 0, 0, "HZ-GY", 2026, 12, 4, false},
    // New materials
    ProjectRow{"电子级球形硅微粉扩产项目 Spherical silicon micropowder expansion", "MAT01", kLand,
               60, 360, 1.4, 0, 0, 5000, "HZ-GX", 2025, 12, 5, true},
    ProjectRow{"高端环氧塑封料项目 High-end epoxy moulding compound", "MAT02", kLand, 40, 380, 1.5,
               0, 0, 0, "HZ-GX", 2026, 3, 4, false},
    ProjectRow{"碳纤维复合材料制品项目 Carbon-fibre composite parts", "MAT03", kLand, 80, 360, 1.4,
               0, 0, 0, "HZ-GY", 2026, 6, 3, false},
    ProjectRow{"特种环氧树脂项目 Specialty epoxy resins", "MAT05", kLand, 35, 380, 1.4, 0, 0, 0, "",
               2026, 3, 3, false},
    ProjectRow{"功能性家纺面料项目 Functional home-textile fabrics", "MAT04", kLand, 35, 160, 1.5,
               0, 0, 0, "HZ-PN", 2026, 6, 2, false},
    ProjectRow{"太阳能光热组件项目 Solar-thermal collectors", "MAT06", kLand, 60, 360, 1.4, 0, 0, 0,
               "", 2026, 9, 3, false},
    ProjectRow{"医用高分子膜材料项目 Medical polymer films", "MAT08", kLand, 40, 360, 1.4, 0, 0, 0,
               "HZ-YY", 2026, 1, 3, false},
    // Electronic information
    ProjectRow{"先进封装测试项目 Advanced packaging and test", "ELE01", kLand, 50, 450, 1.6, 0, 0,
               0, "HZ-GX", 2026, 6, 5, false},
    ProjectRow{"高多层印制电路板项目 High-layer-count PCBs", "ELE04", kLand, 30, 380, 1.4, 0, 0, 0,
               "", 2026, 3, 3, false},
    ProjectRow{"片式电子元器件项目 Chip electronic components", "ELE02", kLand, 30, 350, 1.8, 0, 0,
               0, "HZ-GX", 2025, 12, 3, false},
    ProjectRow{"MEMS传感器项目 MEMS sensors", "ELE03", kLand, 20, 400, 2.2, 0, 0, 0, "HZ-GX", 2025,
               10, 4, false},
    ProjectRow{"工业智能终端项目 Industrial smart terminals", "ELE05", kLand, 40, 360, 1.8, 0, 0, 0,
               "", 2026, 6, 2, false},
    // Floor space in standard factories, incubators and labs
    ProjectRow{"机器人系统集成中心 Robot system integration", "EQP08", kSpace, 3000, 3000, 0, 8,
               5.0, 0, "HZ-JH", 2025, 8, 4, false},
    ProjectRow{"工业控制器组装项目 Industrial controller assembly", "EQP09", kSpace, 1500, 1200, 0,
               6.5, 4.5, 0, "HZ-JH", 2025, 6, 3, false},
    ProjectRow{"精密加工车间项目 Precision machining workshop", "EQP02", kSpace, 2500, 2500, 0, 20,
               8.0, 0, "HZ-JH", 2025, 9, 3, false},
    ProjectRow{"减速机装配项目 Gear reducer assembly", "EQP03", kSpace, 2000, 2200, 0, 20, 8.0, 0,
               "", 2025, 12, 3, false},
    ProjectRow{"数控零件加工项目 CNC parts machining", "EQP02", kSpace, 1200, 800, 0, 15, 6.0, 0,
               "", 2025, 7, 2, false},
    ProjectRow{"洁净车间医用耗材项目 Cleanroom medical consumables", "MED09", kSpace, 2000, 2000, 0,
               8, 4.5, 0, "HZ-YL", 2025, 10, 3, false},
    ProjectRow{"诊断试剂灌装项目 Diagnostic reagent filling", "MED10", kSpace, 1000, 1000, 0, 6.5,
               4.5, 0, "HZ-YL", 2025, 6, 3, false},
    ProjectRow{"磁共振线圈项目 MRI coils", "MED08", kSpace, 2500, 2800, 0, 10, 5.0, 0, "HZ-YL",
               2025, 12, 4, false},
    ProjectRow{"传感器封装项目 Sensor packaging", "ELE03", kSpace, 800, 900, 0, 6.5, 4.5, 0,
               "HZ-GX", 2025, 6, 3, false},
    ProjectRow{"电子元件贴装项目 SMT electronic assembly", "ELE02", kSpace, 3000, 2500, 0, 8, 5.0,
               0, "", 2025, 9, 3, false},
    ProjectRow{"工业软件研发中心 Industrial software R&D centre", "ELE06", kSpace, 600, 500, 0, 3.5,
               3.6, 0, "HZ-GX", 2025, 5, 2, false},
    ProjectRow{"塑封料中试线 Moulding compound pilot line", "MAT02", kSpace, 2000, 2200, 0, 10, 5.0,
               0, "HZ-GX", 2025, 12, 4, false},
    ProjectRow{"药物检测实验室 Drug testing laboratory", "MED11", kSpace, 1500, 1500, 0, 5, 4.2, 0,
               "HZ-YY", 2025, 9, 3, false},
    ProjectRow{"智能终端总装项目 Smart terminal final assembly", "ELE05", kSpace, 8000, 6000, 0, 8,
               5.0, 0, "", 2026, 3, 3, false},
    ProjectRow{"大型矿山装备总装项目 Large mining equipment assembly", "EQP04", kSpace, 6000, 5000,
               0, 35, 14.0, 0, "HZ-GY", 2026, 1, 3, false},
    ProjectRow{"医药冷链仓储项目 Pharmaceutical cold storage", "MED12", kSpace, 1500, 1200, 0, 20,
               9.0, 0, "HZ-YY", 2025, 12, 2, false},
};

int pollutionOf(const core::CatalogueTables& catalogue, std::string_view code) {
    for (const core::Category& category : catalogue.categories) {
        if (category.category_code == code) {
            return category.pollution_class;
        }
    }
    throw Error(Error::Kind::Internal,
                "project category " + std::string(code) + " is not in the catalogue");
}

double roundTo(double value, double step) {
    return std::round(value / step) * step;
}

}  // namespace

std::vector<core::Project> ProjectPipeline::projects(const core::CatalogueTables& catalogue,
                                                     RandomStream& random) {
    // Investors come from the cities that invest in northern Jiangsu.
    FirmNames investors(
        {"上海", "苏州", "南京", "无锡", "常州", "杭州", "深圳", "北京", "合肥", "青岛", "江苏"});
    std::vector<core::Project> projects;
    for (std::size_t i = 0; i < kProjects.size(); ++i) {
        const ProjectRow& row = kProjects[i];
        core::Project p;
        char id[32];
        std::snprintf(id, sizeof id, "P%03zu", i + 1);
        p.project_id = id;
        p.name = std::string(row.name);
        p.investor = investors.next(row.category, random).zh;
        p.category_code = std::string(row.category);
        p.need = row.need;
        p.pollution_class = pollutionOf(catalogue, row.category);
        p.preferred_zone = std::string(row.preferred_zone);
        p.needed_by = core::Date{std::chrono::year{row.needed_by_year},
                                 std::chrono::month{static_cast<unsigned>(row.needed_by_month)},
                                 std::chrono::day{1}};
        p.priority = row.priority;
        p.mandatory = row.mandatory;
        if (row.need == kLand) {
            p.land_m2 = std::round(core::squareMetresFromMu(row.size));
            p.floor_m2 = std::round(*p.land_m2 * row.planned_far);
            p.investment_wan = row.size * row.investment;
            p.power_kva =
                row.power_kva > 0 ? row.power_kva : roundTo(row.size * random.uniform(40, 80), 100);
            // 亩均税收 of 10–30 万元/亩 a year, 2–5 jobs a 亩.
            p.annual_tax_wan = roundTo(row.size * random.uniform(10, 30), 10);
            p.jobs = static_cast<int>(roundTo(row.size * random.uniform(2, 5), 5));
        } else {
            p.floor_m2 = row.size;
            p.floor_load_kn_m2 = row.floor_load_kn_m2;
            p.clear_height_m = row.clear_height_m;
            p.investment_wan = row.investment;
            p.power_kva = roundTo(row.size * random.uniform(0.08, 0.15), 50);
            p.annual_tax_wan = roundTo(row.size * random.uniform(0.008, 0.02), 5);
            p.jobs = static_cast<int>(roundTo(row.size / random.uniform(40, 80), 5));
        }
        projects.push_back(std::move(p));
    }
    return projects;
}

}  // namespace sitefit::sample
