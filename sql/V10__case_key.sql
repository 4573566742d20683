-- The fingerprint of the key each case's values are hashed under (an HMAC of a fixed
-- label under the key: it identifies the key without revealing it). A run whose key
-- does not match refuses to start: its distinct counts would not match earlier runs.
CREATE TABLE case_key (
    case_name       VARCHAR(255) PRIMARY KEY,
    key_fingerprint VARCHAR(64) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
