-- Sensitive data found in items: never a clear value, only masked forms and keyed hashes (HMAC-SHA-256
-- under the case key), so that equal values compare equal across files without being kept.

-- One row per distinct value per member of an item.
CREATE TABLE sensitive_value (
    run_id        BIGINT NOT NULL,
    item_id       BIGINT NOT NULL REFERENCES inventory_item (item_id),
    location      VARCHAR NOT NULL,           -- member path inside the item, '' for the item itself
    category      VARCHAR(32) NOT NULL,       -- SSN, PAYMENT_CARD, BANK_ACCOUNT, ...
    masked_value  VARCHAR(255) NOT NULL,
    value_hash    VARCHAR(64) NOT NULL,
    occurrences   INTEGER NOT NULL,
    first_line    INTEGER NOT NULL,
    PRIMARY KEY (item_id, location, category, value_hash)
);

CREATE INDEX sensitive_value_run ON sensitive_value (run_id, item_id);

-- The people in an item: one row per link key of each person (a structured record, or a value in free
-- text). People of different items sharing a link key (the same SSN, or account + name) are one person.
CREATE TABLE item_person (
    run_id      BIGINT NOT NULL,
    item_id     BIGINT NOT NULL REFERENCES inventory_item (item_id),
    person_no   INTEGER NOT NULL,
    link_key    VARCHAR(160) NOT NULL
);

CREATE INDEX item_person_item ON item_person (item_id);

-- Per item: structured records read, and whether classification was cut short (write limit, parse
-- failure, retention limit), so a count is never silently low.
ALTER TABLE inventory_item ADD COLUMN records BIGINT;
ALTER TABLE inventory_item ADD COLUMN sensitive_incomplete BOOLEAN;
