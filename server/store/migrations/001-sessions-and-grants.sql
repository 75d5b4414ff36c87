-- Shared by SQLite and PostgreSQL: plain TEXT and BIGINT only, times in epoch milliseconds.
-- A grant is one set of Thumbtack tokens (today: one per sign-in; issue 10 turns it into the
-- pro's connection that staff sessions act through). Tokens are AES-256-GCM ciphertext.
CREATE TABLE gateway_grants (
  id TEXT PRIMARY KEY,
  user_id TEXT NOT NULL,
  scopes TEXT NOT NULL,
  access_token TEXT NOT NULL,
  refresh_token TEXT,
  access_expires_at BIGINT NOT NULL,
  version BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

-- A browser session, keyed by the SHA-256 of the cookie's 256-bit ID (never the ID itself).
-- subject_kind is 'pro' today; issue 10 adds 'staff' sessions with no grant of their own.
CREATE TABLE gateway_sessions (
  id_hash TEXT PRIMARY KEY,
  subject_kind TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  profile TEXT NOT NULL,
  role TEXT NOT NULL,
  grant_id TEXT REFERENCES gateway_grants (id) ON DELETE CASCADE,
  created_at BIGINT NOT NULL,
  last_seen_at BIGINT NOT NULL,
  idle_expires_at BIGINT NOT NULL,
  absolute_expires_at BIGINT NOT NULL
);

CREATE INDEX gateway_sessions_grant ON gateway_sessions (grant_id);
CREATE INDEX gateway_sessions_absolute ON gateway_sessions (absolute_expires_at);

-- At most one refresh of a grant at a time across every instance; a lock left by a crashed
-- instance lapses at expires_at.
CREATE TABLE gateway_refresh_locks (
  grant_id TEXT PRIMARY KEY,
  holder TEXT NOT NULL,
  expires_at BIGINT NOT NULL
);
