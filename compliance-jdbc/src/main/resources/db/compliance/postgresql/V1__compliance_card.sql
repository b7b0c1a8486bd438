-- Compliance Card schema, version 1, for PostgreSQL.
-- ${tablePrefix} is a placeholder for the table prefix (Flyway substitutes placeholders of this form).
-- Instants are TIMESTAMP WITH TIME ZONE (stored as UTC, microsecond precision); a consent date is a DATE.
-- Text lengths are in characters, as the library bounds them.

CREATE TABLE ${tablePrefix}person (
    person_id        VARCHAR(128)  NOT NULL,
    first_name       VARCHAR(255),
    last_name        VARCHAR(255),
    company          VARCHAR(255),
    title            VARCHAR(255),
    email            VARCHAR(320),
    email_normalized VARCHAR(320),
    phone_number     VARCHAR(64),
    website          VARCHAR(2048),
    other_data       VARCHAR(4000),
    facebook         VARCHAR(2048),
    twitter          VARCHAR(2048),
    linkedin         VARCHAR(2048),
    salesforce_id    VARCHAR(18),
    created_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT ${tablePrefix}person_pk PRIMARY KEY (person_id)
);

CREATE INDEX ${tablePrefix}person_email_idx ON ${tablePrefix}person (email_normalized);

CREATE TABLE ${tablePrefix}card (
    person_id          VARCHAR(128) NOT NULL,
    authorization_type VARCHAR(32),
    consent_date       DATE,
    purpose            VARCHAR(500),
    authorization_note VARCHAR(500),
    source_type        VARCHAR(32),
    source_note        VARCHAR(500),
    version            BIGINT       NOT NULL,
    changed_at         TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    changed_by         VARCHAR(128) NOT NULL,
    CONSTRAINT ${tablePrefix}card_pk PRIMARY KEY (person_id),
    CONSTRAINT ${tablePrefix}card_version_ck CHECK (version >= 1)
);

CREATE INDEX ${tablePrefix}card_authorization_idx ON ${tablePrefix}card (authorization_type);

CREATE TABLE ${tablePrefix}audit_record (
    record_id    BIGINT GENERATED ALWAYS AS IDENTITY,
    person_id    VARCHAR(128) NOT NULL,
    occurred_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    actor_id     VARCHAR(128) NOT NULL,
    audit_action VARCHAR(32)  NOT NULL,
    before_value TEXT,
    after_value  TEXT,
    CONSTRAINT ${tablePrefix}audit_record_pk PRIMARY KEY (record_id)
);

CREATE INDEX ${tablePrefix}audit_record_person_idx ON ${tablePrefix}audit_record (person_id, record_id);

CREATE TABLE ${tablePrefix}subscription_event (
    event_id    BIGINT GENERATED ALWAYS AS IDENTITY,
    person_id   VARCHAR(128) NOT NULL,
    status      VARCHAR(16)  NOT NULL,
    channel     VARCHAR(255) NOT NULL,
    actor_id    VARCHAR(128) NOT NULL,
    occurred_at TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    evidence    TEXT,
    CONSTRAINT ${tablePrefix}subscription_event_pk PRIMARY KEY (event_id)
);

CREATE INDEX ${tablePrefix}subscription_event_person_idx ON ${tablePrefix}subscription_event (person_id, event_id);

CREATE TABLE ${tablePrefix}suppression (
    email_hash       VARCHAR(128) NOT NULL,
    suppressed_since TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT ${tablePrefix}suppression_pk PRIMARY KEY (email_hash)
);
