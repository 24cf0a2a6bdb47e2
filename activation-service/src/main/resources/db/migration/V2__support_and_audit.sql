-- Extra re-registrations support granted to a license; they count for 365 days like the yearly allowance.
CREATE TABLE reregistration_grant (
    id         uuid PRIMARY KEY,
    license_id uuid        NOT NULL REFERENCES license (id),
    extra      integer     NOT NULL CHECK (extra > 0),
    granted_at timestamptz NOT NULL
);
CREATE INDEX reregistration_grant_license ON reregistration_grant (license_id, granted_at);

-- Append-only trail of what support did: who, in which role, to what, before and after, why.
CREATE TABLE audit_entry (
    id         uuid PRIMARY KEY,
    at         timestamptz NOT NULL,
    actor      text        NOT NULL,
    role       text        NOT NULL,
    action     text        NOT NULL,
    serial     text        NOT NULL,
    before     jsonb,
    after      jsonb,
    reason     text        NOT NULL
);
CREATE INDEX audit_entry_serial ON audit_entry (serial, at);
CREATE INDEX audit_entry_actor ON audit_entry (actor, at);
