// Migration 2: the sandbox as Thumbtack's authorization server. Every code and token is
// stored as the SHA-256 of its value, never the value itself, so a copy of the database
// file signs nobody in. Times are epoch milliseconds from the sandbox's injected clock.
export const OAUTH_MIGRATION = `
  -- One row per authorization code; used_at makes it single use, and a second
  -- exchange revokes the grant the first one started.
  CREATE TABLE oauth_codes (
    code_hash TEXT PRIMARY KEY,
    client_id TEXT NOT NULL,
    persona_id TEXT NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
    redirect_uri TEXT NOT NULL,
    scope TEXT NOT NULL,
    code_challenge TEXT,
    issued_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER
  ) STRICT;

  -- A grant is what one code exchange started: every access and refresh token of one
  -- sign-in belongs to it, so revoking it ends them all.
  CREATE TABLE oauth_grants (
    id TEXT PRIMARY KEY,
    code_hash TEXT NOT NULL UNIQUE,
    client_id TEXT NOT NULL,
    persona_id TEXT NOT NULL REFERENCES personas (id) ON DELETE CASCADE,
    scope TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
  ) STRICT;
  CREATE INDEX oauth_grants_by_persona ON oauth_grants (persona_id);

  CREATE TABLE oauth_access_tokens (
    token_hash TEXT PRIMARY KEY,
    grant_id TEXT NOT NULL REFERENCES oauth_grants (id) ON DELETE CASCADE,
    scope TEXT NOT NULL,
    issued_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER
  ) STRICT;
  CREATE INDEX oauth_access_tokens_by_grant ON oauth_access_tokens (grant_id);
  CREATE INDEX oauth_access_tokens_by_expiry ON oauth_access_tokens (expires_at);

  -- Rotation: used_at is set when the token is exchanged, and successor_sealed holds the
  -- pair it was exchanged for, encrypted under a key derived from this token itself, so
  -- only its holder can have that same pair again during the grace period.
  CREATE TABLE oauth_refresh_tokens (
    token_hash TEXT PRIMARY KEY,
    grant_id TEXT NOT NULL REFERENCES oauth_grants (id) ON DELETE CASCADE,
    issued_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    used_at INTEGER,
    successor_sealed TEXT,
    revoked_at INTEGER
  ) STRICT;
  CREATE INDEX oauth_refresh_tokens_by_grant ON oauth_refresh_tokens (grant_id);
`
