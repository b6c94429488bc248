-- One form submission, one record (org.stiel.platform.web.FormSubmissions): the one-time token of every rendered form,
-- recorded by the first POST that carries it. location is where that POST redirected to, so that a repeat of it is
-- sent there instead of running again; null while the first is still running. Purged after a day.
create table form_submission (
    token      varchar(64) primary key,
    created_at timestamptz not null,
    location   text
);
create index form_submission_created_idx on form_submission (created_at);

-- Login back-off per account and client (org.stiel.accounts.LoginThrottle): the attempts since the last success, and
-- when the last one was. Both keys are hashes: the table holds neither e-mail addresses nor IP addresses, and a key is
-- counted whether or not an account exists.
create table login_backoff (
    account_hash    varchar(64) not null,
    client_hash     varchar(64) not null,
    attempts        int         not null,
    last_attempt_at timestamptz not null,
    primary key (account_hash, client_hash)
);
create index login_backoff_last_attempt_idx on login_backoff (last_attempt_at);
