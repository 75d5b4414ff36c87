-- The history (server/audit/): one row per write attempt, write outcome or event, kept for
-- good. seq orders the rows and pages them; the triggers make the table append-only even
-- for a statement that does not come through AuditLog. The SQLite twin (003-audit-log.sqlite.sql)
-- differs only in the identity column and the trigger syntax.
CREATE TABLE gateway_audit_log (
  seq BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  at BIGINT NOT NULL,
  phase TEXT NOT NULL,
  request_id TEXT NOT NULL,
  actor_kind TEXT NOT NULL,
  actor_id TEXT NOT NULL,
  actor_name TEXT NOT NULL,
  actor_role TEXT NOT NULL,
  business_id TEXT,
  business_name TEXT,
  phone_number_id TEXT,
  phone_number TEXT,
  action TEXT NOT NULL,
  before_state TEXT,
  after_state TEXT,
  upstream_status BIGINT,
  trace_id TEXT,
  result TEXT,
  detail TEXT
);

CREATE INDEX gateway_audit_business ON gateway_audit_log (business_id, seq);
CREATE INDEX gateway_audit_number ON gateway_audit_log (phone_number_id, seq);
CREATE INDEX gateway_audit_actor ON gateway_audit_log (actor_kind, actor_id, seq);
CREATE INDEX gateway_audit_at ON gateway_audit_log (at);

CREATE FUNCTION gateway_audit_append_only() RETURNS trigger AS $$
BEGIN
  RAISE EXCEPTION 'gateway_audit_log is append-only';
END;
$$ LANGUAGE plpgsql;

-- TRUNCATE skips row triggers, so it gets a statement trigger of its own.
CREATE TRIGGER gateway_audit_no_change BEFORE UPDATE OR DELETE ON gateway_audit_log
  FOR EACH ROW EXECUTE FUNCTION gateway_audit_append_only();

CREATE TRIGGER gateway_audit_no_truncate BEFORE TRUNCATE ON gateway_audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION gateway_audit_append_only();
