-- What the bot remembers about each citizen between messages, shared by every instance and kept across
-- restarts. user_ref is an HMAC of the user id (not the id); state_enc is AES-GCM ciphertext ("v1:" + base64).
-- A row untouched for the idle timeout (30 minutes by default) counts as gone and is purged by a job.

CREATE TABLE conversation_state (
    user_ref   VARCHAR(64) PRIMARY KEY,
    state_enc  VARCHAR NOT NULL,
    touched_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX conversation_state_touched ON conversation_state (touched_at);
