-- How often texts are redacted (the redaction rate for the annual review).
CREATE TABLE redaction_count (
    check_day      DATE         NOT NULL,
    administration VARCHAR(100) NOT NULL,
    redactions     BIGINT       NOT NULL,
    CONSTRAINT pk_redaction_count PRIMARY KEY (check_day, administration)
);
