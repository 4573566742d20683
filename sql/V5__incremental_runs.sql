-- Incremental runs over a named case: a rerun analyses only new and changed content.

-- The case a run belongs to, the run it builds on, and when it completed.
ALTER TABLE scan_run ADD COLUMN case_name VARCHAR(255);
ALTER TABLE scan_run ADD COLUMN previous_run_id BIGINT;
ALTER TABLE scan_run ADD COLUMN completed_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX scan_run_case ON scan_run (case_name, run_id);

-- parent_path: the item's folder, for looking up the previous run folder by folder.
-- source_item_id: an earlier item with the same content whose results this item reuses
-- (the same file unchanged, or the same content at another path); reuse says which.
ALTER TABLE inventory_item ADD COLUMN parent_path VARCHAR;
ALTER TABLE inventory_item ADD COLUMN source_item_id BIGINT;
ALTER TABLE inventory_item ADD COLUMN reuse VARCHAR(16);
CREATE INDEX inventory_item_folder ON inventory_item (run_id, parent_path);
CREATE INDEX inventory_item_sha256 ON inventory_item (sha256);
CREATE INDEX inventory_item_source ON inventory_item (run_id, source_item_id);

-- Files of the previous run that are gone from the inventory: kept in history, never dropped silently.
CREATE TABLE removed_item (
    run_id        BIGINT NOT NULL,
    rel_path      VARCHAR NOT NULL,
    sha256        VARCHAR(64),
    last_run_id   BIGINT NOT NULL,
    last_item_id  BIGINT NOT NULL,
    PRIMARY KEY (run_id, rel_path)
);

-- Warnings on extracted text (little or no text from a large file, an image-only PDF that needs OCR,
-- a high share of non-words): where a human must look.
ALTER TABLE inventory_item ADD COLUMN quality_flags VARCHAR(255);

-- Embedded members (archive entries, attachments, embedded objects) are ledger rows of their own:
-- entry_type 'member', rel_path '<file>!/<member path>', parent_item_id the file's row.
ALTER TABLE inventory_item ADD COLUMN parent_item_id BIGINT;
CREATE INDEX inventory_item_parent ON inventory_item (parent_item_id);

-- What the inventory's manifest (an export of the transfer platform's logs) says of each file.
ALTER TABLE inventory_item ADD COLUMN platform_user VARCHAR(255);
ALTER TABLE inventory_item ADD COLUMN platform_folder VARCHAR;
ALTER TABLE inventory_item ADD COLUMN transferred_at VARCHAR(64);
