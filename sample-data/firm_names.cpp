#include "firm_names.hpp"

#include <array>
#include <utility>

namespace sitefit::sample {
namespace {

struct Syllable {
    std::string_view zh;
    std::string_view pinyin;
};

// Characters that Chinese firms favour in trade names (字号).
constexpr std::array kTradeSyllables{
    Syllable{"华", "Hua"},   Syllable{"瑞", "Rui"},    Syllable{"恒", "Heng"},
    Syllable{"泰", "Tai"},   Syllable{"鑫", "Xin"},    Syllable{"康", "Kang"},
    Syllable{"博", "Bo"},    Syllable{"达", "Da"},     Syllable{"源", "Yuan"},
    Syllable{"盛", "Sheng"}, Syllable{"宏", "Hong"},   Syllable{"润", "Run"},
    Syllable{"科", "Ke"},    Syllable{"创", "Chuang"}, Syllable{"远", "Yuan"},
    Syllable{"海", "Hai"},   Syllable{"诚", "Cheng"},  Syllable{"嘉", "Jia"},
    Syllable{"裕", "Yu"},    Syllable{"德", "De"},     Syllable{"安", "An"},
    Syllable{"锐", "Rui"},   Syllable{"禾", "He"},     Syllable{"祥", "Xiang"},
    Syllable{"明", "Ming"},  Syllable{"通", "Tong"},   Syllable{"凯", "Kai"},
    Syllable{"力", "Li"},    Syllable{"东", "Dong"},   Syllable{"云", "Yun"},
    Syllable{"新", "Xin"},   Syllable{"晨", "Chen"},   Syllable{"峰", "Feng"},
    Syllable{"宇", "Yu"},    Syllable{"汇", "Hui"},    Syllable{"联", "Lian"},
    Syllable{"正", "Zheng"}, Syllable{"中", "Zhong"},  Syllable{"启", "Qi"},
    Syllable{"弘", "Hong"},
};

struct Business {
    std::string_view category;
    std::string_view zh;
    std::string_view en;
};

constexpr std::array kBusinesses{
    Business{"MED01", "药业", "Pharmaceutical"},
    Business{"MED02", "医药化工", "Pharmaceutical Chemicals"},
    Business{"MED03", "制药", "Pharmaceutical"},
    Business{"MED04", "生物制药", "Biopharmaceutical"},
    Business{"MED05", "中药", "Traditional Chinese Medicine"},
    Business{"MED06", "药用辅料", "Pharmaceutical Excipients"},
    Business{"MED07", "药用包装", "Pharmaceutical Packaging"},
    Business{"MED08", "医疗设备", "Medical Equipment"},
    Business{"MED09", "医疗用品", "Medical Supplies"},
    Business{"MED10", "生物诊断", "Diagnostics"},
    Business{"MED11", "医药科技", "Pharmaceutical Research"},
    Business{"MED12", "医药物流", "Pharmaceutical Logistics"},
    Business{"EQP01", "铸造", "Casting"},
    Business{"EQP02", "精密机械", "Precision Machinery"},
    Business{"EQP03", "液压科技", "Hydraulics"},
    Business{"EQP04", "矿山装备", "Mining Equipment"},
    Business{"EQP05", "纺织机械", "Textile Machinery"},
    Business{"EQP06", "碳纤维装备", "Carbon Fibre Equipment"},
    Business{"EQP07", "泵阀", "Pumps and Valves"},
    Business{"EQP08", "机器人", "Robotics"},
    Business{"EQP09", "自动化", "Automation"},
    Business{"EQP10", "钻探机械", "Drilling Machinery"},
    Business{"EQP11", "表面处理", "Surface Treatment"},
    Business{"MAT01", "硅材料", "Silicon Materials"},
    Business{"MAT02", "电子材料", "Electronic Materials"},
    Business{"MAT03", "复合材料", "Composites"},
    Business{"MAT04", "纺织", "Textiles"},
    Business{"MAT05", "树脂", "Resins"},
    Business{"MAT06", "新能源", "New Energy"},
    Business{"MAT07", "电子化学", "Electronic Chemicals"},
    Business{"MAT08", "薄膜科技", "Film Technology"},
    Business{"ELE01", "半导体", "Semiconductor"},
    Business{"ELE02", "电子", "Electronics"},
    Business{"ELE03", "传感科技", "Sensing Technology"},
    Business{"ELE04", "电路板", "Circuit Boards"},
    Business{"ELE05", "智能科技", "Smart Technology"},
    Business{"ELE06", "信息技术", "Information Technology"},
};

struct Place {
    std::string_view zh;
    std::string_view en;
};

constexpr std::array kPlaces{
    Place{"连云港", "Lianyungang"}, Place{"江苏", "Jiangsu"},  Place{"上海", "Shanghai"},
    Place{"苏州", "Suzhou"},        Place{"南京", "Nanjing"},  Place{"无锡", "Wuxi"},
    Place{"常州", "Changzhou"},     Place{"杭州", "Hangzhou"}, Place{"深圳", "Shenzhen"},
    Place{"北京", "Beijing"},       Place{"合肥", "Hefei"},    Place{"青岛", "Qingdao"},
};

Place placeNamed(std::string_view zh) {
    for (const Place& place : kPlaces) {
        if (place.zh == zh) {
            return place;
        }
    }
    return {zh, zh};
}

Business businessOf(std::string_view category) {
    for (const Business& business : kBusinesses) {
        if (business.category == category) {
            return business;
        }
    }
    return {category, "科技", "Technology"};
}

constexpr int kAttemptsBeforeRepeat = 40;

}  // namespace

FirmNames::FirmNames(std::vector<std::string_view> places) : m_places(std::move(places)) {}

FirmName FirmNames::next(std::string_view category_code, RandomStream& random) {
    const Business business = businessOf(category_code);
    FirmName name;
    for (int attempt = 0; attempt < kAttemptsBeforeRepeat; ++attempt) {
        const Place place = placeNamed(m_places[random.index(m_places.size())]);
        const Syllable& first = kTradeSyllables[random.index(kTradeSyllables.size())];
        Syllable second = kTradeSyllables[random.index(kTradeSyllables.size())];
        while (second.zh == first.zh) {
            second = kTradeSyllables[random.index(kTradeSyllables.size())];
        }
        std::string secondPinyin(second.pinyin);
        secondPinyin[0] = static_cast<char>(secondPinyin[0] - 'A' + 'a');
        name.zh = std::string(place.zh) + std::string(first.zh) + std::string(second.zh) +
                  std::string(business.zh) + "有限公司";
        name.en = std::string(place.en) + " " + std::string(first.pinyin) + secondPinyin + " " +
                  std::string(business.en) + " Co., Ltd.";
        if (m_used.insert(name.zh).second) {
            break;
        }
    }
    return name;
}

}  // namespace sitefit::sample
