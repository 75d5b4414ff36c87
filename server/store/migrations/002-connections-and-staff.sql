-- Issue 10. A connection is a pro's standing permission, through the grant of their latest
-- Thumbtack sign-in, for staff to act for one of their businesses. It outlives the pro's
-- session (signing out keeps it) and ends by Disconnect, or when Thumbtack refuses the
-- grant's refresh token (the grant's deletion cascades here).
CREATE TABLE gateway_connections (
  business_id TEXT NOT NULL,
  business_name TEXT NOT NULL,
  user_id TEXT NOT NULL,
  grant_id TEXT NOT NULL REFERENCES gateway_grants (id) ON DELETE CASCADE,
  connected_at BIGINT NOT NULL,
  renewed_at BIGINT NOT NULL,
  PRIMARY KEY (business_id, user_id)
);

CREATE INDEX gateway_connections_grant ON gateway_connections (grant_id);
CREATE INDEX gateway_connections_user ON gateway_connections (user_id);

-- Optional: a staff member's role set here overrides the role claim of their ID token
-- (STAFF_ROLE_CLAIM). subject is the ID token's `sub`; role is support or viewer.
CREATE TABLE gateway_staff (
  subject TEXT PRIMARY KEY,
  role TEXT NOT NULL
);
