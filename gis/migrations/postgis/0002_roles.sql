-- Roles of a shared workspace, enforced by PostgreSQL itself (not only by sitefit):
--   sitefit_planner   everything: owns the workspace tables (members act as their owner);
--   sitefit_carrier   reads the workspace, and changes vacancy, status, rent and availability
--                     of the buildings and parcels of its own carrier only: column privileges
--                     say which fields, row-level security which rows (carrier_accounts maps
--                     each database user to the carrier names it acts for);
--   sitefit_investor  reads only, and never the confidential project fields investor and
--                     investment (column privileges; projects_public is the table without them).
-- Login users are made members of one of them, e.g.
--   CREATE ROLE li_wei LOGIN PASSWORD '...' IN ROLE sitefit_carrier;
--   INSERT INTO carrier_accounts (role_name, carrier) VALUES ('li_wei', '海州经开区管委会');
-- Roles are shared by every database of the server, so they are created only if missing.

DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sitefit_planner') THEN
        CREATE ROLE sitefit_planner NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sitefit_carrier') THEN
        CREATE ROLE sitefit_carrier NOLOGIN;
    END IF;
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'sitefit_investor') THEN
        CREATE ROLE sitefit_investor NOLOGIN;
    END IF;
END
$$;

-- Which carrier(s) each database user acts for. Kept by planners.
CREATE TABLE carrier_accounts (
    role_name text NOT NULL,
    carrier text NOT NULL,
    PRIMARY KEY (role_name, carrier)
);

-- The carriers the session's user acts for. SECURITY DEFINER so that policies can read the
-- mapping without carriers reading it themselves; keyed on session_user, which no SET ROLE
-- or definer function changes.
CREATE FUNCTION sitefit_session_carriers() RETURNS SETOF text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path FROM CURRENT
AS $$ SELECT carrier FROM carrier_accounts WHERE role_name = session_user $$;

-- The projects without the confidential fields, for carriers and investors.
CREATE VIEW projects_public WITH (security_barrier) AS
    SELECT fid, project_id, name, category_code, need, land_m2, floor_m2, floor_load_kn_m2,
           clear_height_m, power_kva, pollution_class, preferred_zone, needed_by, annual_tax,
           jobs, priority, mandatory, version
    FROM projects;

ALTER TABLE zones OWNER TO sitefit_planner;
ALTER TABLE parcels OWNER TO sitefit_planner;
ALTER TABLE buildings OWNER TO sitefit_planner;
ALTER TABLE enterprises OWNER TO sitefit_planner;
ALTER TABLE projects OWNER TO sitefit_planner;
ALTER TABLE chains OWNER TO sitefit_planner;
ALTER TABLE categories OWNER TO sitefit_planner;
ALTER TABLE chain_links OWNER TO sitefit_planner;
ALTER TABLE edit_log OWNER TO sitefit_planner;
ALTER TABLE result_layers OWNER TO sitefit_planner;
ALTER TABLE carrier_accounts OWNER TO sitefit_planner;
ALTER VIEW projects_public OWNER TO sitefit_planner;
ALTER FUNCTION sitefit_record_edit() OWNER TO sitefit_planner;
ALTER FUNCTION sitefit_session_carriers() OWNER TO sitefit_planner;

REVOKE ALL ON zones, parcels, buildings, enterprises, projects, chains, categories, chain_links,
    edit_log, result_layers, carrier_accounts, projects_public FROM PUBLIC;
REVOKE ALL ON FUNCTION sitefit_session_carriers() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION sitefit_session_carriers() TO sitefit_planner, sitefit_carrier;
-- The workspace's schema (public unless the connection names an active_schema): planners
-- create result tables in it.
DO $$
BEGIN
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO sitefit_planner, sitefit_carrier, '
                   'sitefit_investor', current_schema());
    EXECUTE format('GRANT CREATE ON SCHEMA %I TO sitefit_planner', current_schema());
END
$$;
GRANT SELECT ON schema_migrations TO sitefit_planner, sitefit_carrier, sitefit_investor;

-- Reading: the district, its catalogue and the result register for everyone.
GRANT SELECT ON zones, parcels, buildings, enterprises, chains, categories, chain_links,
    result_layers, projects_public TO sitefit_carrier, sitefit_investor;
-- Projects without investor and investment.
GRANT SELECT (fid, project_id, name, category_code, need, land_m2, floor_m2, floor_load_kn_m2,
              clear_height_m, power_kva, pollution_class, preferred_zone, needed_by, annual_tax,
              jobs, priority, mandatory, version)
    ON projects TO sitefit_carrier, sitefit_investor;

-- Carriers' fields. Neither the id, the carrier nor the geometry: a carrier cannot hand a
-- row to itself.
GRANT UPDATE (vacant_m2, rent, available_from, floor_area_m2, floor_load_kn_m2, clear_height_m)
    ON buildings TO sitefit_carrier;
GRANT UPDATE (status, available_from, land_price, power_kva) ON parcels TO sitefit_carrier;

-- Rows: every row can be read; a change must leave a row of one's own carrier. As the
-- carrier column cannot be changed by carriers, that is: only one's own rows change, and a
-- change to another's row fails with "new row violates row-level security policy".
ALTER TABLE parcels ENABLE ROW LEVEL SECURITY;
ALTER TABLE buildings ENABLE ROW LEVEL SECURITY;
CREATE POLICY planner_all ON parcels TO sitefit_planner USING (true) WITH CHECK (true);
CREATE POLICY planner_all ON buildings TO sitefit_planner USING (true) WITH CHECK (true);
CREATE POLICY everyone_reads ON parcels FOR SELECT TO sitefit_carrier, sitefit_investor
    USING (true);
CREATE POLICY everyone_reads ON buildings FOR SELECT TO sitefit_carrier, sitefit_investor
    USING (true);
CREATE POLICY carrier_changes_own ON parcels FOR UPDATE TO sitefit_carrier
    USING (true) WITH CHECK (carrier IN (SELECT sitefit_session_carriers()));
CREATE POLICY carrier_changes_own ON buildings FOR UPDATE TO sitefit_carrier
    USING (true) WITH CHECK (carrier IN (SELECT sitefit_session_carriers()));

-- The edit log: planners see everything; carriers the log of buildings and parcels (project
-- edits may hold confidential values); investors nothing.
ALTER TABLE edit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY planner_all ON edit_log TO sitefit_planner USING (true) WITH CHECK (true);
CREATE POLICY carrier_reads_sites ON edit_log FOR SELECT TO sitefit_carrier
    USING (layer IN ('buildings', 'parcels'));
GRANT SELECT ON edit_log TO sitefit_carrier;
