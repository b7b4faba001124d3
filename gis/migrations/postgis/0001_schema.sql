-- sitefit workspace schema in PostGIS: the layers and tables of gis/src/workspace_schema.cpp
-- (docs/architecture.md, "Workspace schema"), with the same names and columns as in a
-- GeoPackage, plus what shared editing needs: a version per editable row and the edit log,
-- both kept by the database.
--
-- Geometry columns take any geometry type and SRID: a workspace's one projected CRS is set
-- by the data that `sitefit copy` / `sitefit import --to` load (WorkspaceReader checks it).
-- Applied by `sitefit migrate` in one transaction, recorded in schema_migrations.

CREATE EXTENSION IF NOT EXISTS postgis;

CREATE TABLE zones (
    fid bigserial PRIMARY KEY,
    zone_id text NOT NULL UNIQUE,
    name text NOT NULL,
    kind text NOT NULL,
    leading_chains text,
    min_investment_intensity double precision,
    max_pollution_class integer,
    enterprise_capacity integer,
    carrier text,
    geom geometry NOT NULL
);

CREATE TABLE parcels (
    fid bigserial PRIMARY KEY,
    parcel_id text NOT NULL UNIQUE,
    land_use text NOT NULL,
    status text NOT NULL,
    far_min double precision,
    far_max double precision,
    density_max double precision,
    green_max double precision,
    height_max_m double precision,
    land_price double precision,
    power_kva double precision,
    available_from date,
    carrier text,
    version bigint NOT NULL DEFAULT 0,
    geom geometry NOT NULL
);

CREATE TABLE buildings (
    fid bigserial PRIMARY KEY,
    building_id text NOT NULL UNIQUE,
    kind text NOT NULL,
    floors integer NOT NULL,
    floor_area_m2 double precision,
    vacant_m2 double precision,
    floor_load_kn_m2 double precision,
    clear_height_m double precision,
    rent double precision,
    available_from date,
    carrier text,
    version bigint NOT NULL DEFAULT 0,
    geom geometry NOT NULL
);

CREATE TABLE enterprises (
    fid bigserial PRIMARY KEY,
    enterprise_id text NOT NULL UNIQUE,
    name text NOT NULL,
    category_code text NOT NULL,
    role text NOT NULL,
    annual_output double precision,
    geom geometry NOT NULL
);

CREATE TABLE projects (
    fid bigserial PRIMARY KEY,
    project_id text NOT NULL UNIQUE,
    name text NOT NULL,
    investor text,
    category_code text NOT NULL,
    need text NOT NULL,
    land_m2 double precision,
    floor_m2 double precision,
    floor_load_kn_m2 double precision,
    clear_height_m double precision,
    power_kva double precision,
    investment double precision,
    pollution_class integer,
    preferred_zone text,
    needed_by date,
    annual_tax double precision,
    jobs integer,
    priority double precision,
    mandatory integer,
    version bigint NOT NULL DEFAULT 0
);

CREATE TABLE chains (
    fid bigserial PRIMARY KEY,
    chain_code text NOT NULL UNIQUE,
    name_zh text NOT NULL,
    name_en text
);

CREATE TABLE categories (
    fid bigserial PRIMARY KEY,
    category_code text NOT NULL UNIQUE,
    chain_code text NOT NULL,
    name_zh text NOT NULL,
    name_en text,
    land_use_classes text,
    pollution_class integer
);

CREATE TABLE chain_links (
    fid bigserial PRIMARY KEY,
    from_category text NOT NULL,
    to_category text NOT NULL
);

-- GiST indexes serve the joins of `sitefit capacity --in-database` and GDAL's map reads.
CREATE INDEX zones_geom_idx ON zones USING gist (geom);
CREATE INDEX parcels_geom_idx ON parcels USING gist (geom);
CREATE INDEX buildings_geom_idx ON buildings USING gist (geom);
CREATE INDEX enterprises_geom_idx ON enterprises USING gist (geom);

-- Every change of an editable row, one line per field: who (the database user), when (UTC,
-- ISO 8601), which row, and the value before and after ("" never: NULL for no value).
CREATE TABLE edit_log (
    fid bigserial PRIMARY KEY,
    edited_at text NOT NULL,
    editor text NOT NULL,
    layer text NOT NULL,
    object_id text NOT NULL,
    field text NOT NULL,
    old_value text,
    new_value text,
    version bigint NOT NULL
);
CREATE INDEX edit_log_row_idx ON edit_log (layer, object_id, fid);

-- Result layers stored by `--write` (parcel_capacity, match_candidates, ...), so that
-- `sitefit copy` knows which other tables belong to the workspace.
CREATE TABLE result_layers (
    name text PRIMARY KEY,
    written_at timestamptz NOT NULL DEFAULT now(),
    written_by text NOT NULL DEFAULT session_user
);

-- Whatever client changes a row (sitefit, QGIS, psql), the database bumps its version and
-- logs each changed field: optimistic locking and the log cannot be bypassed. The id
-- column's name is the trigger's argument. Runs as its owner so that the log can be written
-- by users who may not write it directly.
CREATE FUNCTION sitefit_record_edit() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT
AS $$
DECLARE
    old_row jsonb := to_jsonb(OLD);
    new_row jsonb;
    stamp text := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    field text;
BEGIN
    NEW.version := OLD.version + 1;
    new_row := to_jsonb(NEW);
    FOR field IN
        SELECT key FROM jsonb_each(new_row)
        WHERE key NOT IN ('fid', 'version') AND new_row -> key IS DISTINCT FROM old_row -> key
    LOOP
        EXECUTE format('INSERT INTO %I.edit_log (edited_at, editor, layer, object_id, field, '
                       'old_value, new_value, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
                       TG_TABLE_SCHEMA)
            USING stamp, session_user::text, TG_TABLE_NAME::text, new_row ->> TG_ARGV[0], field,
                  CASE WHEN field = 'geom' THEN NULL ELSE old_row ->> field END,
                  CASE WHEN field = 'geom' THEN NULL ELSE new_row ->> field END,
                  NEW.version;
    END LOOP;
    RETURN NEW;
END
$$;

CREATE TRIGGER parcels_record_edit BEFORE UPDATE ON parcels
    FOR EACH ROW EXECUTE FUNCTION sitefit_record_edit('parcel_id');
CREATE TRIGGER buildings_record_edit BEFORE UPDATE ON buildings
    FOR EACH ROW EXECUTE FUNCTION sitefit_record_edit('building_id');
CREATE TRIGGER projects_record_edit BEFORE UPDATE ON projects
    FOR EACH ROW EXECUTE FUNCTION sitefit_record_edit('project_id');
