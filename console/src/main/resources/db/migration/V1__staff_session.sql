-- A signed-in staff member. The browser's cookie holds a random session id; the row is found by its SHA-256, so
-- neither the table nor a backup of it holds anything that could be sent as a session cookie. The provider's
-- tokens are AES-GCM encrypted under the console's session key, bound to the row by its id_hash.
create table staff_session (
    id_hash           bytea       primary key,
    name              text        not null,
    roles             text        not null,
    access_token      bytea       not null,
    access_expires_at timestamptz,
    refresh_token     bytea,
    id_token          bytea,
    idle_expires_at   timestamptz not null,
    expires_at        timestamptz not null
);

-- the scheduled cleanup finds what ended
create index staff_session_idle_expires_at on staff_session (idle_expires_at);
create index staff_session_expires_at on staff_session (expires_at);
