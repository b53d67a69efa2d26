-- Incident mails that could not be sent at once are sent again by a background resender. Several
-- instances can share the database: an instance claims a report for a short lease (claimed_until)
-- with one atomic UPDATE before it mails it, and a crashed instance's lease simply runs out.
ALTER TABLE incident ADD COLUMN mail_attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE incident ADD COLUMN next_mail_at TIMESTAMP;
ALTER TABLE incident ADD COLUMN claimed_until TIMESTAMP;
ALTER TABLE incident ADD COLUMN claimed_by VARCHAR(64);
-- Why the last attempt failed, as a reason code (never Graph's message).
ALTER TABLE incident ADD COLUMN last_mail_error VARCHAR(40);
ALTER TABLE incident ADD COLUMN mailed_at TIMESTAMP;
CREATE INDEX ix_incident_mail_status ON incident (mail_status);
