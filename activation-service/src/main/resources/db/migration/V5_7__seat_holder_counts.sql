-- How many distinct users hold each module's seats on a license, kept by the database whenever seats are written,
-- so activations and heartbeats read one row per module instead of every seat row of the license. A user may hold
-- a module's seat on several machines: seat_holder counts the machines per user, and a module gains or loses a user
-- only when that count leaves or reaches zero. Row triggers cover every writer (the previous release's too);
-- concurrent writers of one holder meet on its row, so the counts stay exact without any caller's lock.
CREATE TABLE seat_holder (
    license_id uuid    NOT NULL,
    module     text    NOT NULL,
    user_name  text    NOT NULL,
    machines   integer NOT NULL,
    PRIMARY KEY (license_id, module, user_name)
);
CREATE TABLE module_seat_use (
    license_id uuid    NOT NULL,
    module     text    NOT NULL,
    users      integer NOT NULL,
    PRIMARY KEY (license_id, module)
);
INSERT INTO seat_holder
SELECT license_id, module, user_name, count(*) FROM seat_assignment GROUP BY license_id, module, user_name;
INSERT INTO module_seat_use
SELECT license_id, module, count(*) FROM seat_holder GROUP BY license_id, module;

CREATE FUNCTION seat_holder_count() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    held integer;
BEGIN
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        UPDATE seat_holder h SET machines = h.machines - 1
         WHERE h.license_id = OLD.license_id AND h.module = OLD.module AND h.user_name = OLD.user_name
        RETURNING h.machines INTO held;
        IF held = 0 THEN
            DELETE FROM seat_holder h
             WHERE h.license_id = OLD.license_id AND h.module = OLD.module AND h.user_name = OLD.user_name;
            UPDATE module_seat_use m SET users = m.users - 1 WHERE m.license_id = OLD.license_id AND m.module = OLD.module;
        END IF;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO seat_holder AS h VALUES (NEW.license_id, NEW.module, NEW.user_name, 1)
            ON CONFLICT (license_id, module, user_name) DO UPDATE SET machines = h.machines + 1
        RETURNING h.machines INTO held;
        IF held = 1 THEN
            INSERT INTO module_seat_use AS m VALUES (NEW.license_id, NEW.module, 1)
                ON CONFLICT (license_id, module) DO UPDATE SET users = m.users + 1;
        END IF;
    END IF;
    RETURN NULL;
END $$;
CREATE TRIGGER seat_holder_count AFTER INSERT OR DELETE OR UPDATE OF license_id, module, user_name ON seat_assignment
    FOR EACH ROW EXECUTE FUNCTION seat_holder_count();
