-- An alert left unacknowledged for the configured time is escalated (AlertEscalated), once.
ALTER TABLE alert ADD COLUMN escalated_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX alert_open ON alert (acknowledged_at, escalated_at, raised_at);
