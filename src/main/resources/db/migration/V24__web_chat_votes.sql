-- 👍/👎 already given from a web chat session: one per session and topic (session_ref is an HMAC of the
-- session cookie). Purged with the session's lifetime.

CREATE TABLE channel_web_vote (
    session_ref VARCHAR(64) NOT NULL,
    topic       VARCHAR(128) NOT NULL,
    voted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (session_ref, topic)
);

CREATE INDEX channel_web_vote_at ON channel_web_vote (voted_at);
