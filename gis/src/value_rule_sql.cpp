#include "sitefit/gis/value_rule_sql.hpp"

#include <map>
#include <sstream>

#include "detail/sql_quoting.hpp"

#include "sitefit/gis/value_rules.hpp"
#include "sitefit/gis/workspace_schema.hpp"

namespace sitefit::gis {
namespace {

using enum ValueRuleKind;

enum class Dialect { PostgreSQL, SQLite };

using detail::quotedIdentifier;
using detail::quotedLiteral;

// Enough digits that the stores' bound is the reader's.
std::string number(double value) {
    std::ostringstream out;
    out.precision(17);
    out << value;
    return out.str();
}

// How a rule's SQL names the row's columns: `prefix` is "NEW." in a trigger and "" in a
// CHECK or a query; a column the table lacks is NULL, as the reader reads it.
struct Columns {
    Dialect dialect;
    std::string prefix;
    std::function<bool(std::string_view)> has;

    [[nodiscard]] std::string operator()(std::string_view field) const {
        return has && !has(field) ? std::string("NULL") : prefix + quotedIdentifier(field);
    }
    // The reader trims what C's isspace calls space before it reads a text.
    [[nodiscard]] std::string trimmed(std::string_view field) const {
        return dialect == Dialect::PostgreSQL
                   ? "btrim(" + (*this)(field) + ", ' ' || chr(9) || chr(10) || chr(11) || " +
                         "chr(12) || chr(13))"
                   : "trim(" + (*this)(field) + ", ' ' || char(9, 10, 11, 12, 13))";
    }
    [[nodiscard]] std::string blank(std::string_view field) const {
        return "(" + (*this)(field) + " IS NULL OR " + trimmed(field) + " = '')";
    }
};

std::string codeTest(const Columns& column, std::string_view field) {
    const std::string value = column.trimmed(field);
    if (column.dialect == Dialect::PostgreSQL) {
        return value + " !~ '^[A-T][0-9]{2,4}$'";
    }
    return "NOT (" + value + " GLOB '[A-T][0-9][0-9]' OR " + value +
           " GLOB '[A-T][0-9][0-9][0-9]' OR " + value + " GLOB '[A-T][0-9][0-9][0-9][0-9]')";
}

// The vacancy bound of decodeBuilding: above `floor_area` by more than the tolerance, and by
// more than the centimetre of rounding the reader never mentions.
std::string vacancyOver(const std::string& vacant, const std::string& floorArea,
                        const core::DataTolerances& tolerances) {
    return "(" + vacant + " > " + floorArea + " * " +
           number(1.0 + tolerances.vacant_over_floor_area) + " AND " + vacant + " > " + floorArea +
           " * " + number(1.0 + 1e-9) + " + 0.01)";
}

// SQL true where the row breaks the rule, null or false where it keeps it; empty when the
// dialect cannot say.
std::string breaks(const ValueRule& rule, const Columns& column,
                   const core::DataTolerances& tolerances) {
    const std::string c = column(rule.field);
    switch (rule.kind) {
        case Given:
            return column.blank(rule.field);
        case NotNegative:
            return c + " < 0";
        case Ratio:
            return "(" + c + " < 0 OR " + c + " > 1)";
        case WholeRange:
            return "(" + c + " < " + number(rule.low) + " OR " + c + " > " + number(rule.high) +
                   ")";
        case OneOf: {
            std::string list;
            for (const std::string_view value : rule.allowed) {
                list += (list.empty() ? "" : ", ") + quotedLiteral(value);
            }
            return column.trimmed(rule.field) + " NOT IN (" + list + ")";
        }
        case IndustryCode:
            return "(" + column.trimmed(rule.field) + " <> '' AND " + codeTest(column, rule.field) +
                   ")";
        case IndustryCodes:
            // Items split at , ; or ， and trimmed of spaces and tabs (splitList); empty
            // items are skipped. SQLite has no regular expressions without an extension.
            if (column.dialect == Dialect::SQLite) {
                return {};
            }
            return column.trimmed(rule.field) +
                   " !~ '^[ \t]*([A-T][0-9]{2,4})?[ \t]*([,;，][ \t]*([A-T][0-9]{2,4})?[ \t]*)*$'";
        case NotAbove:
            return c + " > " + column(rule.other);
        case EitherGiven:
            return "(" + column.blank(rule.field) + " AND " + column.blank(rule.other) + ")";
        case PositiveWhen:
            return "(" + column.trimmed(rule.other) + " = " + quotedLiteral(rule.when) + " AND (" +
                   c + " IS NULL OR " + c + " <= 0))";
        case VacancyFitsFloorArea:
            return vacancyOver(c, column(rule.other), tolerances);
        case VacancyFitsFootprint:
            if (column.dialect == Dialect::SQLite) {
                return {};
            }
            return "(" + column(rule.other) + " IS NULL AND " +
                   vacancyOver(c, "ST_Area(" + column("geom") + ") * " + column("floors"),
                               tolerances) +
                   ")";
    }
    return {};
}

std::string refusal(const ValueRule& rule, const core::DataTolerances& tolerances) {
    return ruleText(rule, tolerances) + " / " + ruleTextZh(rule, tolerances) + " [rule " +
           ruleName(rule) + "]";
}

bool isNumber(std::string_view layer, std::string_view field) {
    for (const FieldSpec& spec : layerSpec(layer).fields) {
        if (spec.name == field) {
            return spec.type == FieldType::Integer || spec.type == FieldType::Real;
        }
    }
    return false;
}

// Per table, the IF … RAISE of each rule, for the body of its PL/pgSQL trigger function.
std::map<std::string, std::string, std::less<>> postgisRaises(
    const core::DataTolerances& tolerances) {
    const Columns column{Dialect::PostgreSQL, "NEW.", {}};
    std::map<std::string, std::string, std::less<>> raises;
    for (const ValueRule& rule : valueRules()) {
        const std::string field(rule.field);
        const std::string shown = isNumber(rule.layer, rule.field)
                                      ? "coalesce(" + column(rule.field) + "::text, 'NULL')"
                                      : "quote_nullable(" + column(rule.field) + ")";
        raises[std::string(rule.layer)] +=
            "    IF (" + breaks(rule, column, tolerances) + ") IS TRUE THEN\n" +
            "        RAISE EXCEPTION USING ERRCODE = 'check_violation', TABLE = TG_TABLE_NAME,\n" +
            "            COLUMN = " + quotedLiteral(field) +
            ", CONSTRAINT = " + quotedLiteral(ruleName(rule)) +
            ",\n            MESSAGE = TG_TABLE_NAME || '." + field + " = ' || " + shown +
            " || ': ' || " + quotedLiteral(refusal(rule, tolerances)) + ";\n    END IF;\n";
    }
    return raises;
}

}  // namespace

std::string postgisValueRules(const core::DataTolerances& tolerances, bool not_valid) {
    const Columns column{Dialect::PostgreSQL, "", {}};
    std::string sql;
    for (const ValueRule& rule : valueRules()) {
        sql += "ALTER TABLE " + quotedIdentifier(rule.layer) + " ADD CONSTRAINT " +
               quotedIdentifier(ruleName(rule)) + " CHECK (NOT (" +
               breaks(rule, column, tolerances) + "))" + (not_valid ? " NOT VALID" : "") + ";\n";
    }
    for (const auto& [table, body] : postgisRaises(tolerances)) {
        const std::string function = quotedIdentifier("sitefit_check_" + table);
        sql += "CREATE FUNCTION " + function +
               "() RETURNS trigger LANGUAGE plpgsql SET search_path FROM CURRENT AS $$\nBEGIN\n" +
               body + "    RETURN NEW;\nEND\n$$;\n";
        sql += "ALTER FUNCTION " + function + "() OWNER TO sitefit_planner;\n";
        // Named to sort before <table>_record_edit: PostgreSQL fires a table's triggers in
        // name order, and a refused row is neither versioned nor logged.
        sql += "CREATE TRIGGER " + quotedIdentifier(table + "_check_values") +
               " BEFORE INSERT OR UPDATE ON " + quotedIdentifier(table) +
               " FOR EACH ROW EXECUTE FUNCTION " + function + "();\n";
    }
    return sql;
}

std::string postgisValueRuleViolations(const core::DataTolerances& tolerances) {
    const Columns column{Dialect::PostgreSQL, "", {}};
    std::string sql;
    for (const ValueRule& rule : valueRules()) {
        const LayerSpec& spec = layerSpec(rule.layer);
        const std::string feature =
            spec.id_field.empty() ? "'#' || fid" : column(spec.id_field) + "::text";
        sql += std::string(sql.empty() ? "" : "\nUNION ALL\n") + "SELECT " +
               quotedLiteral(rule.layer) + " AS layer, " + feature + " AS feature, " +
               quotedLiteral(rule.field) + " AS field, " + column(rule.field) +
               "::text AS found, " + quotedLiteral(ruleName(rule)) + " AS rule FROM " +
               quotedIdentifier(rule.layer) + " WHERE (" + breaks(rule, column, tolerances) +
               ") IS TRUE";
    }
    return sql;
}

std::vector<std::string> geopackageValueTriggers(
    const core::DataTolerances& tolerances,
    const std::function<bool(std::string_view table, std::string_view field)>& hasColumn) {
    std::map<std::string, std::string, std::less<>> checks;  // table → its SELECT RAISEs
    auto add = [&](std::string_view table, const std::string& broken, const std::string& message) {
        checks[std::string(table)] +=
            "    SELECT RAISE(ABORT, " + quotedLiteral(message) + ") WHERE " + broken + ";\n";
    };
    for (const LayerSpec& spec : workspaceLayers()) {
        const Columns column{Dialect::SQLite, "NEW.",
                             [&](std::string_view field) { return hasColumn(spec.name, field); }};
        // SQLite keeps a text in a number column: refused here, as the reader refuses it.
        for (const FieldSpec& field : spec.fields) {
            if (!hasColumn(spec.name, field.name) || field.type == FieldType::String) {
                continue;
            }
            const std::string c = column(field.name);
            const std::string name = std::string(spec.name) + "." + std::string(field.name);
            const std::string rule = std::string(spec.name) + "_" + std::string(field.name);
            if (field.type == FieldType::Real) {
                add(spec.name, "typeof(" + c + ") NOT IN ('integer', 'real', 'null')",
                    name + ": must be a number / 须为数字 [rule " + rule + "_number]");
            } else if (field.type == FieldType::Integer) {
                add(spec.name,
                    "typeof(" + c + ") NOT IN ('integer', 'null') AND NOT (typeof(" + c +
                        ") = 'real' AND " + c + " = CAST(" + c + " AS INTEGER))",
                    name + ": must be a whole number / 须为整数 [rule " + rule + "_whole]");
            } else {
                add(spec.name,
                    c + " IS NOT NULL AND (typeof(" + c + ") <> 'text' OR date(" + c +
                        ") IS NOT substr(" + c + ", 1, 10))",
                    name + ": must be a date (YYYY-MM-DD) / 须为日期（YYYY-MM-DD） [rule " + rule +
                        "_date]");
            }
        }
        for (const ValueRule& rule : valueRules()) {
            if (rule.layer != spec.name) {
                continue;
            }
            const std::string broken = breaks(rule, column, tolerances);
            if (!broken.empty() && hasColumn(spec.name, rule.field)) {
                add(spec.name, broken,
                    std::string(spec.name) + "." + std::string(rule.field) + ": " +
                        refusal(rule, tolerances));
            }
        }
    }
    std::vector<std::string> statements;
    for (const auto& [table, body] : checks) {
        for (const std::string_view event : {"insert", "update"}) {
            const std::string trigger =
                quotedIdentifier("sitefit_" + table + "_values_" + std::string(event));
            statements.push_back("DROP TRIGGER IF EXISTS " + trigger);
            statements.push_back("CREATE TRIGGER " + trigger + " BEFORE " +
                                 (event == "insert" ? "INSERT" : "UPDATE") + " ON " +
                                 quotedIdentifier(table) + " FOR EACH ROW BEGIN\n" + body + "END");
        }
    }
    return statements;
}

}  // namespace sitefit::gis
