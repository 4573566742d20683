-- Names shared by several clients (namesakes) that nothing in an item settled: the item is attributed to none
-- of them on that name. One row per name and set of namesakes per member of an item. Names are public (the
-- registry's own), so nothing here is masked. No foreign key to inventory_item: tools and tests that empty
-- the per-run tables need not know this one to do so.
CREATE TABLE ambiguous_candidate (
    run_id         BIGINT NOT NULL,
    item_id        BIGINT NOT NULL,
    location       TEXT NOT NULL,            -- member path inside the item, '' for the item itself
    name           TEXT NOT NULL,            -- the shared name in normal form
    candidate_ids  TEXT NOT NULL,            -- the namesakes' client ids, sorted, comma-separated
    line_no        INTEGER NOT NULL,         -- of the first unsettled mention
    occurrences    INTEGER NOT NULL,         -- unsettled mentions of the name in the member
    context        TEXT NOT NULL             -- why it stayed ambiguous
);

CREATE INDEX ambiguous_candidate_run ON ambiguous_candidate (run_id, item_id);
