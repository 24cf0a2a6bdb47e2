-- During a rolling update, replicas of the previous release still write seat assignments without license_id and
-- activations without component_pairs: these triggers derive them when a writer left them out, so every row is
-- found by the license-size independent reads whichever release wrote it.
CREATE FUNCTION seat_assignment_license() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.license_id IS NULL THEN
        SELECT license_id INTO NEW.license_id FROM activation WHERE id = NEW.activation_id;
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER seat_assignment_license BEFORE INSERT ON seat_assignment
    FOR EACH ROW EXECUTE FUNCTION seat_assignment_license();

CREATE FUNCTION activation_component_pairs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF NEW.components IS NOT NULL AND jsonb_typeof(NEW.components) = 'object' AND (TG_OP = 'INSERT'
            AND NEW.component_pairs IS NULL OR TG_OP = 'UPDATE' AND NEW.components IS DISTINCT FROM OLD.components
            AND NEW.component_pairs IS NOT DISTINCT FROM OLD.component_pairs) THEN
        NEW.component_pairs := ARRAY(SELECT lower(btrim(key, E' \t\r\n')) || '=' || lower(btrim(value, E' \t\r\n'))
                                     FROM jsonb_each_text(NEW.components));
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER activation_component_pairs BEFORE INSERT OR UPDATE ON activation
    FOR EACH ROW EXECUTE FUNCTION activation_component_pairs();
