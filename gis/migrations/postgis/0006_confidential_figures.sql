-- Enterprises' own figures are the planners' alone. An enterprise's annual output comes from
-- the statistics bureau's returns, which are confidential firm by firm; carriers and
-- investors see the enterprises' names, categories, chain roles and places, and figures only
-- as totals of many enterprises (a brochure's zone total, docs/shared-workspace.md,
-- "Confidential fields").
--
-- As for projects (0002_roles): column privileges keep the figure from carriers and
-- investors whatever client they use, and the view enterprises_public is the table without
-- it, which sitefit reads for them. Every figure column an enterprise gains later is left
-- out of both grants here, so it is the planners' until a migration says otherwise.

REVOKE SELECT ON enterprises FROM sitefit_carrier, sitefit_investor;
GRANT SELECT (fid, enterprise_id, name, category_code, role, industry_code, geom)
    ON enterprises TO sitefit_carrier, sitefit_investor;

-- Ordered by fid, as sitefit reads a table, so that a view read gives the same order.
CREATE OR REPLACE VIEW enterprises_public WITH (security_barrier) AS
    SELECT fid, enterprise_id, name, category_code, role, industry_code, geom
    FROM enterprises
    ORDER BY fid;
ALTER VIEW enterprises_public OWNER TO sitefit_planner;
REVOKE ALL ON enterprises_public FROM PUBLIC;
GRANT SELECT ON enterprises_public TO sitefit_carrier, sitefit_investor;
