-- Planners' stored pins and exclusions (the what-if of allocation, kept in the shared workspace so
-- that every planner's `sitefit allocate` sees them): one row per (project, site), kind
-- 'pin' (the project must take the site) or 'exclude' (it must not); a project has at most
-- one pin. Plans are confidential: only sitefit_planner may read or change them.

CREATE TABLE plan_links (
    fid bigserial PRIMARY KEY,
    project_id text NOT NULL,
    site_id text NOT NULL,
    kind text NOT NULL CHECK (kind IN ('pin', 'exclude')),
    note text,
    version bigint NOT NULL DEFAULT 0,
    UNIQUE (project_id, site_id)
);
-- A project takes one site: two planners pinning it at once cannot both succeed.
CREATE UNIQUE INDEX plan_links_one_pin_idx ON plan_links (project_id) WHERE kind = 'pin';

-- As sitefit_record_edit for the other tables, but links come and go, so inserts and
-- deletes are logged too: the row's id in the log is 'PROJECT=SITE', the fields kind and
-- note, a missing link's values NULL. An insert that brings its own version (a copy by
-- `sitefit copy`, which keeps versions and the edit log as they were) is not a new link:
-- it is neither versioned nor logged again.
CREATE FUNCTION sitefit_record_plan_link() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path FROM CURRENT
AS $$
DECLARE
    stamp text := to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"');
    old_row jsonb := '{}';
    new_row jsonb := '{}';
    link text;
    logged bigint;
    field text;
BEGIN
    IF TG_OP = 'INSERT' THEN
        IF NEW.version <> 0 THEN
            RETURN NEW;
        END IF;
        NEW.version := 1;
        new_row := to_jsonb(NEW);
        link := NEW.project_id || '=' || NEW.site_id;
        logged := NEW.version;
    ELSIF TG_OP = 'UPDATE' THEN
        NEW.version := OLD.version + 1;
        old_row := to_jsonb(OLD);
        new_row := to_jsonb(NEW);
        link := NEW.project_id || '=' || NEW.site_id;
        logged := NEW.version;
    ELSE
        old_row := to_jsonb(OLD);
        link := OLD.project_id || '=' || OLD.site_id;
        logged := OLD.version + 1;
    END IF;
    FOR field IN
        SELECT key FROM jsonb_each(old_row || new_row)
        WHERE key NOT IN ('fid', 'version')
          AND (TG_OP = 'UPDATE' OR key NOT IN ('project_id', 'site_id'))
          AND new_row -> key IS DISTINCT FROM old_row -> key
          AND coalesce(new_row ->> key, old_row ->> key) IS NOT NULL
        ORDER BY CASE key WHEN 'kind' THEN 0 ELSE 1 END, key
    LOOP
        EXECUTE format('INSERT INTO %I.edit_log (edited_at, editor, layer, object_id, field, '
                       'old_value, new_value, version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
                       TG_TABLE_SCHEMA)
            USING stamp, session_user::text, TG_TABLE_NAME::text, link, field,
                  old_row ->> field, new_row ->> field, logged;
    END LOOP;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END
$$;

CREATE TRIGGER plan_links_record_edit BEFORE INSERT OR UPDATE OR DELETE ON plan_links
    FOR EACH ROW EXECUTE FUNCTION sitefit_record_plan_link();

ALTER TABLE plan_links OWNER TO sitefit_planner;
ALTER FUNCTION sitefit_record_plan_link() OWNER TO sitefit_planner;
REVOKE ALL ON plan_links FROM PUBLIC;
-- Neither sitefit_carrier nor sitefit_investor gets any privilege on plan_links, and the
-- edit log's policies already show carriers only the rows of buildings and parcels.
