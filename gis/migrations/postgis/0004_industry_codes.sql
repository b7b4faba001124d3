-- GB/T 4754-2017 industry codes (国民经济行业分类): an enterprise or project may carry a code
-- (C27, C271, C2710) instead of, or besides, a catalogue category, and a category may list
-- the codes it covers (comma-separated). A record needs at least one of the two.

ALTER TABLE enterprises ADD COLUMN industry_code text;
ALTER TABLE enterprises ALTER COLUMN category_code DROP NOT NULL;
ALTER TABLE enterprises ADD CONSTRAINT enterprises_category_or_industry
    CHECK (category_code IS NOT NULL OR industry_code IS NOT NULL);

ALTER TABLE projects ADD COLUMN industry_code text;
ALTER TABLE projects ALTER COLUMN category_code DROP NOT NULL;
ALTER TABLE projects ADD CONSTRAINT projects_category_or_industry
    CHECK (category_code IS NOT NULL OR industry_code IS NOT NULL);

ALTER TABLE categories ADD COLUMN industry_codes text;

-- The code is not confidential: carriers and investors see it as they see the category.
-- A view's new column goes last.
CREATE OR REPLACE VIEW projects_public WITH (security_barrier) AS
    SELECT fid, project_id, name, category_code, need, land_m2, floor_m2, floor_load_kn_m2,
           clear_height_m, power_kva, pollution_class, preferred_zone, needed_by, annual_tax,
           jobs, priority, mandatory, version, industry_code
    FROM projects;
GRANT SELECT (industry_code) ON projects TO sitefit_carrier, sitefit_investor;
