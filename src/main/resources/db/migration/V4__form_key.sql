-- The key that signs the admin pages' form tokens (CSRF), shared by every instance.
CREATE TABLE form_key (
    id        INT         NOT NULL,
    key_value VARCHAR(64) NOT NULL,
    CONSTRAINT pk_form_key PRIMARY KEY (id)
);
