#include <iostream>
#include <memory>

#include "commands.hpp"
#include "sitefit/core/chain_gaps.hpp"
#include "sitefit/core/error.hpp"
#include "sitefit/core/figure_format.hpp"
#include "sitefit/gis/workspace_reader.hpp"
#include "text_table.hpp"

namespace sitefit::cli {
namespace {

struct ChainsOptions {
    std::string workspace;
    bool json = false;
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

void run(const ChainsOptions& options) {
    const gis::Workspace workspace = gis::WorkspaceReader::read(options.workspace);
    const core::District& district = workspace.district;
    if (district.catalogue.categories.empty()) {
        throw Error(Error::Kind::Input,
                    "the workspace has no industry catalogue (tables chains, categories, "
                    "chain_links)",
                    {options.workspace});
    }
    std::unique_ptr<core::IndustryCatalogue> catalogue;
    try {
        catalogue =
            std::make_unique<core::IndustryCatalogue>(district.catalogue, district.enterprises);
    } catch (const Error& error) {
        ErrorContext context = error.context();
        context.file = options.workspace;
        throw Error(error.kind(), error.message(), context);
    }
    const auto chains = core::ChainGapAnalysis::analyse(district, *catalogue);
    if (options.json) {
        std::cout << core::chainGapsJson(chains, *catalogue) << "\n";
    } else {
        printChains(chains, *catalogue, std::cout);
    }
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
    command->callback([options] { run(*options); });
}

}  // namespace sitefit::cli
