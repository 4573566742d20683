-- Sensitive data stored per leaf and category instead of per value (issue 17): a payroll export held about
-- 650 rows of sensitive_value and item_person, written while extraction waited. One row now holds, for one
-- member of an item (location '' for the item itself) and one category, what the reports need: how many
-- distinct values, how often they occur, the first line, and the values themselves as three aligned lists
-- in the order of their keyed hashes. Values are still never in clear: masked forms and keyed hashes only.
CREATE TABLE sensitive_value_set (
    run_id           BIGINT NOT NULL,
    item_id          BIGINT NOT NULL REFERENCES inventory_item (item_id),
    location         VARCHAR NOT NULL,           -- member path inside the item, '' for the item itself
    category         VARCHAR(32) NOT NULL,       -- SSN, PAYMENT_CARD, BANK_ACCOUNT, ...
    distinct_values  INTEGER NOT NULL,
    occurrences      BIGINT NOT NULL,            -- of all its values together
    first_line       INTEGER NOT NULL,           -- of the first value found
    -- The keyed hashes (HMAC-SHA-256 under the case key, 64 hex digits each), sorted and concatenated without
    -- separator: fixed width, so a client's distinct values are the union of these sets, computed in Java.
    -- Hex rather than binary so that the same SQL converts the old rows on PostgreSQL and H2 (STRING_AGG).
    value_hashes     TEXT NOT NULL,
    value_lines      TEXT NOT NULL,              -- first line of each value, comma-separated, in hash order
    masked_values    TEXT NOT NULL,              -- masked form of each value, one per line ('\' escapes), in hash order
    PRIMARY KEY (item_id, location, category)
);

INSERT INTO sensitive_value_set (run_id, item_id, location, category, distinct_values, occurrences, first_line,
    value_hashes, value_lines, masked_values)
SELECT MIN(run_id), item_id, location, category, COUNT(*), SUM(occurrences), MIN(first_line),
    STRING_AGG(value_hash, '' ORDER BY value_hash),
    STRING_AGG(CAST(first_line AS VARCHAR), ',' ORDER BY value_hash),
    STRING_AGG(REPLACE(REPLACE(masked_value, '\', '\\'), CHR(10), '\n'), CHR(10) ORDER BY value_hash)
FROM sensitive_value
GROUP BY item_id, location, category;

DROP TABLE sensitive_value;
