-- Content-free statistics: counts per day, Office host, administration and verdict or category.
-- No column can hold submitted text or who submitted it.
CREATE TABLE check_count (
    check_day      DATE         NOT NULL,
    office_host    VARCHAR(16)  NOT NULL,
    administration VARCHAR(100) NOT NULL,
    verdict        VARCHAR(16)  NOT NULL,
    checks         BIGINT       NOT NULL,
    CONSTRAINT pk_check_count PRIMARY KEY (check_day, office_host, administration, verdict)
);

CREATE TABLE finding_count (
    check_day      DATE         NOT NULL,
    office_host    VARCHAR(16)  NOT NULL,
    administration VARCHAR(100) NOT NULL,
    category       VARCHAR(40)  NOT NULL,
    findings       BIGINT       NOT NULL,
    CONSTRAINT pk_finding_count PRIMARY KEY (check_day, office_host, administration, category)
);
