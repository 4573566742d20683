-- The person records of each leaf of an item (a row, a JSON object, a NACHA entry, or one SSN, card or account number
-- in free text), in keyed hashes only: the persons of a client are joined from them at report time
-- (persons.PersonResolver), so reruns, registry changes and review decisions recompute them without
-- reading the inventory again.
CREATE TABLE person_record (
    run_id          BIGINT NOT NULL,
    item_id         BIGINT NOT NULL REFERENCES inventory_item (item_id),
    location        VARCHAR NOT NULL,         -- the leaf: member path inside the item, '' for the item
    record_no       INTEGER NOT NULL,
    ssn_hashes      TEXT NOT NULL,            -- space-separated keyed hashes
    card_hashes     TEXT NOT NULL,
    account_hashes  TEXT NOT NULL,
    name_hash       VARCHAR(64),              -- keyed hash of the folded name
    dob_hash        VARCHAR(64),
    elements        VARCHAR(255) NOT NULL,    -- data elements, comma-separated (name,ssn,address,...)
    residence       VARCHAR(16) NOT NULL,     -- US-TX, DE, or unknown
    PRIMARY KEY (item_id, record_no)
);
