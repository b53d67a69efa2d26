-- Incident reports (the guideline makes staff report errors and incidents). Written by the user on
-- purpose; a pasted document text only when the user pasted it deliberately, marked as such.
-- The reporter is not stored: the mail is sent as the user, and contact is what the user chose to give.
CREATE TABLE incident (
    id                   VARCHAR(36)    NOT NULL,
    reported_at          TIMESTAMP      NOT NULL,
    category             VARCHAR(40)    NOT NULL,
    what_happened        VARCHAR(4000)  NOT NULL,
    contact              VARCHAR(200),
    pasted_text          VARCHAR(20000),
    mail_status          VARCHAR(16)    NOT NULL,
    CONSTRAINT pk_incident PRIMARY KEY (id)
);
CREATE INDEX ix_incident_reported_at ON incident (reported_at);
