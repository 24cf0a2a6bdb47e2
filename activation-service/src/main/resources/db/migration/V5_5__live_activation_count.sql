-- How many live activations hold each license's slots, kept by the database whenever activations are written, so
-- an activation reads one number under the license row lock instead of counting thousands of rows. Statement
-- triggers with transition tables: a bulk insert or update adjusts each license once.
ALTER TABLE license ADD COLUMN live_activations integer NOT NULL DEFAULT 0;
UPDATE license SET live_activations = live.n
  FROM (SELECT license_id, count(*) n FROM activation WHERE status = 'ACTIVE' GROUP BY license_id) live
 WHERE license.id = live.license_id;

CREATE FUNCTION activation_count_live() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE license SET live_activations = live_activations + change.n
          FROM (SELECT license_id, count(*) n FROM new_rows WHERE status = 'ACTIVE' GROUP BY license_id) change
         WHERE license.id = change.license_id;
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE license SET live_activations = live_activations - change.n
          FROM (SELECT license_id, count(*) n FROM old_rows WHERE status = 'ACTIVE' GROUP BY license_id) change
         WHERE license.id = change.license_id;
    ELSE
        -- most updates change no status (last-seen times): those touch no license row
        UPDATE license SET live_activations = live_activations + change.n
          FROM (SELECT license_id, sum(n) n
                  FROM (SELECT license_id, 1 n FROM new_rows WHERE status = 'ACTIVE'
                        UNION ALL
                        SELECT license_id, -1 FROM old_rows WHERE status = 'ACTIVE') moved
                 GROUP BY license_id HAVING sum(n) <> 0) change
         WHERE license.id = change.license_id;
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER activation_count_live_insert AFTER INSERT ON activation
    REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activation_count_live();
CREATE TRIGGER activation_count_live_update AFTER UPDATE ON activation
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION activation_count_live();
CREATE TRIGGER activation_count_live_delete AFTER DELETE ON activation
    REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION activation_count_live();
