#pragma once

#include <string>
#include <vector>

namespace sitefit::core {

// An industry chain of the district's investment guidance catalogue (招商指导目录).
struct Chain {
    std::string chain_code;
    std::string name_zh;
    std::string name_en;
};

// A project category of the catalogue, within one chain.
struct Category {
    std::string category_code;
    std::string chain_code;
    std::string name_zh;
    std::string name_en;
    std::vector<std::string> land_use_classes;  // planning classes it may build on, e.g. M1, M2
    int pollution_class = 1;
    // The GB/T 4754-2017 classes the category covers, at any level (C27, C271, C2710): a
    // record with only an industry code belongs to the category listing the longest prefix
    // of it.
    std::vector<std::string> industry_codes = {};
};

// A supply link: `from_category` supplies `to_category`.
struct ChainLink {
    std::string from_category;
    std::string to_category;
};

// Where the catalogue in use comes from: the workspace's own tables, or, for a workspace
// without them, the built-in GB/T 4754-2017 manufacturing divisions.
enum class CatalogueOrigin { Workspace, BuiltIn };

// The three catalogue tables as read from a workspace.
struct CatalogueTables {
    std::vector<Chain> chains;
    std::vector<Category> categories;
    std::vector<ChainLink> links;
};

}  // namespace sitefit::core
