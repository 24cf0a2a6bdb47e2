-- A signed-in customer. The browser's cookie holds a random session id; the row is found by its SHA-256, so neither
-- the table nor a backup of it holds anything that could be sent as a session cookie. The customer token is AES-GCM
-- encrypted under the portal's session key, bound to the row by its id_hash. Exactly one of account_id and
-- license_id says what the token reaches (the services enforce it; the portal only shows it).
create table customer_session (
    id_hash          bytea       primary key,
    actor            text        not null,
    account_id       uuid,
    license_id       uuid,
    token            bytea       not null,
    token_expires_at timestamptz not null,
    idle_expires_at  timestamptz not null,
    expires_at       timestamptz not null,
    constraint customer_session_one_scope check ((account_id is null) <> (license_id is null))
);

-- the scheduled cleanup finds what ended
create index customer_session_idle_expires_at on customer_session (idle_expires_at);
create index customer_session_expires_at on customer_session (expires_at);
