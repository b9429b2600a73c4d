-- Tokens name the person they were issued to and may expire.
ALTER TABLE api_token ADD COLUMN issued_to VARCHAR(200);
ALTER TABLE api_token ADD COLUMN expires_at TIMESTAMP WITH TIME ZONE;

-- The audit names the person, the parameters and what the read could see; refused reads and administrators'
-- reads of the audit itself (no child) are rows too.
ALTER TABLE access_audit ALTER COLUMN child_id DROP NOT NULL;
ALTER TABLE access_audit ADD COLUMN issued_to VARCHAR(200);
ALTER TABLE access_audit ADD COLUMN parameters VARCHAR(2000);
ALTER TABLE access_audit ADD COLUMN scope VARCHAR(16);
ALTER TABLE access_audit ADD COLUMN first_read BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX access_audit_first_read ON access_audit (first_read, read_at);
CREATE INDEX access_audit_agency_child ON access_audit (agency, child_id, scope);

-- Grants of access to one child's chronology, made by the lead agency or an administrator.
CREATE TABLE access_grant (
    grant_id    VARCHAR(64)  NOT NULL PRIMARY KEY,
    child_id    VARCHAR(64)  NOT NULL,
    agency      VARCHAR(32)  NOT NULL,
    reason      VARCHAR(1000) NOT NULL,
    until_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    granted_by  VARCHAR(32),
    token_id    VARCHAR(64)  NOT NULL,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    ended_at    TIMESTAMP WITH TIME ZONE
);
CREATE INDEX access_grant_child ON access_grant (child_id, agency);
