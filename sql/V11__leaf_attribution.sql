-- Archive members, attachments and embedded documents are items of their own for attribution and counting
-- (issue 13). An attribution, a candidate below the threshold, a person and a review decision concern one leaf
-- of an item: location is the member path inside the item ('' for the item itself), as in client_finding and
-- sensitive_value.

-- item_attribution gains the leaf's location, which joins its primary key: the table is rebuilt so that
-- PostgreSQL and H2 both get the new key without naming the old constraint.
CREATE TABLE item_attribution_leaf (
    run_id              BIGINT NOT NULL,
    item_id             BIGINT NOT NULL REFERENCES inventory_item (item_id),
    location            VARCHAR NOT NULL DEFAULT '',
    client_id           VARCHAR(128) NOT NULL,
    score               DOUBLE PRECISION NOT NULL,
    evidence_kinds      TEXT NOT NULL,
    review_status       VARCHAR(16),
    review_reason       TEXT,
    review_decision_id  BIGINT,
    PRIMARY KEY (item_id, location, client_id)
);
INSERT INTO item_attribution_leaf (run_id, item_id, location, client_id, score, evidence_kinds, review_status,
    review_reason, review_decision_id)
SELECT run_id, item_id, '', client_id, score, evidence_kinds, review_status, review_reason, review_decision_id
FROM item_attribution;
DROP TABLE item_attribution;
ALTER TABLE item_attribution_leaf RENAME TO item_attribution;
CREATE INDEX item_attribution_run_client ON item_attribution (run_id, client_id);

-- Every (leaf, client) pair with evidence that stayed under the threshold: never dropped silently, it is in
-- unmatched.csv and the review queue, where one 'added' decision attributes it.
CREATE TABLE attribution_candidate (
    run_id          BIGINT NOT NULL,
    item_id         BIGINT NOT NULL REFERENCES inventory_item (item_id),
    location        VARCHAR NOT NULL,
    client_id       VARCHAR(128) NOT NULL,
    score           DOUBLE PRECISION NOT NULL,
    evidence_kinds  TEXT NOT NULL,
    PRIMARY KEY (item_id, location, client_id)
);
CREATE INDEX attribution_candidate_run ON attribution_candidate (run_id, client_id);

ALTER TABLE item_person ADD COLUMN location VARCHAR NOT NULL DEFAULT '';
ALTER TABLE review_decision ADD COLUMN location VARCHAR NOT NULL DEFAULT '';
