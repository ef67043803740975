-- The dashboard's figures (#14): messages counted per day (in the province's time), channel, decision and topic.
-- Anonymous by construction: no user id, no text, only counts. decision is the turn's kind (ANSWER, CLARIFY,
-- FALLBACK, URGENT, MENU…, FEEDBACK_UP/FEEDBACK_DOWN for votes); topic is '' when there is none.

CREATE TABLE conversation_daily_count (
    count_day DATE NOT NULL,
    channel  VARCHAR(16) NOT NULL,
    decision VARCHAR(32) NOT NULL,
    topic    VARCHAR(80) NOT NULL,
    messages BIGINT NOT NULL,
    CONSTRAINT conversation_daily_count_pk PRIMARY KEY (count_day, channel, decision, topic)
);
