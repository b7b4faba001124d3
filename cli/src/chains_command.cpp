#include <iostream>
#include <memory>

#include "commands.hpp"
#include "flaw_option.hpp"
#include "sitefit/core/chain_gaps.hpp"
#include "sitefit/core/default_rule_pack.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/core/text.hpp"
#include "sitefit/planning/chain_report.hpp"
#include "text_table.hpp"

namespace sitefit::cli {
namespace {

struct ChainsOptions {
    std::string workspace;
    bool json = false;
    FlawOption flaws;
};

void printChains(const std::vector<core::ChainStanding>& chains,
                 const core::IndustryCatalogue& catalogue, std::ostream& out) {
    for (const core::ChainStanding& chain : chains) {
        const core::Chain* info = catalogue.chain(chain.chain_code);
        out << chain.chain_code << "  " << (info != nullptr ? info->name_zh : "") << " "
            << (info != nullptr ? info->name_en : "") << ": " << chain.categories_present << " of "
            << chain.categories.size() << " categories present, " << chain.categories_missing
            << " missing (补链 targets)\n";
        TextTable table;
        using Align = TextTable::Align;
        table.addColumn("  category", Align::Left);
        table.addColumn("firms", Align::Right);
        table.addColumn("chain leaders", Align::Left);
        table.addColumn("missing suppliers", Align::Left);
        table.addColumn("missing customers", Align::Left);
        table.addColumn("projects filling it", Align::Left);
        for (const core::CategoryStanding& c : chain.categories) {
            const core::Category* category = catalogue.category(c.category_code);
            table.addRow(
                {"  " + c.category_code + " " + (category != nullptr ? category->name_zh : ""),
                 c.enterprises == 0 ? "gap" : std::to_string(c.enterprises),
                 core::joined(c.chain_leaders), core::joined(c.missing_suppliers),
                 core::joined(c.missing_customers), core::joined(c.filling_projects)});
        }
        table.print(out);
        out << "\n";
    }
}

void printOutside(const core::OutsideCatalogue& outside, std::ostream& out) {
    if (outside.enterprises.empty() && outside.projects.empty()) {
        return;
    }
    out << "outside the catalogue (industry codes no category covers: "
        << core::joined(outside.industry_codes) << "): " << outside.enterprises.size()
        << (outside.enterprises.size() == 1 ? " enterprise" : " enterprises") << ", "
        << outside.projects.size() << (outside.projects.size() == 1 ? " project" : " projects");
    if (!outside.projects.empty()) {
        out << " (" << core::joined(outside.projects) << ")";
    }
    out << "\n";
}

void run(const ChainsOptions& options) {
    const planning::ChainReport report = planning::chainReport(
        options.workspace, options.flaws.readOptions(core::defaultRulePack()));
    std::cerr << problemsFooter(report.problems, options.workspace);
    if (options.json) {
        std::cout << withDataQuality(
                         core::chainGapsJson(report.chains, report.outside, *report.catalogue),
                         report.problems)
                  << "\n";
        return;
    }
    std::cout << "catalogue: " << report.catalogue->description() << "\n";
    if (!report.has_enterprises_or_projects) {
        std::cout << "no enterprises or projects in the workspace: every category below is a "
                     "gap\n";
    }
    std::cout << "\n";
    printChains(report.chains, *report.catalogue, std::cout);
    printOutside(report.outside, std::cout);
}

}  // namespace

void addChainsCommand(CLI::App& app) {
    auto options = std::make_shared<ChainsOptions>();
    CLI::App* command =
        app.add_subcommand("chains",
                           "Industry chains: who is present, which links are missing (补链), which "
                           "projects fill them");
    command->add_option("workspace", options->workspace, "Workspace GeoPackage")->required();
    command->add_flag("--json", options->json, "Print the chains as JSON");
    options->flaws.addTo(*command);
    command->callback([options] { run(*options); });
}

}  // namespace sitefit::cli
