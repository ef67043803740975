-- Local alerts (#14): a warning moderators publish for the province ("tin nhắn giả danh Điện lực đang lan truyền"),
-- valid between two instants, optionally tied to a knowledge-base topic and to communes/wards. Never deleted:
-- withdrawing one keeps it for the record. local_alert_shown remembers which chat accounts (an HMAC pseudonym, never
-- the user id) already saw an alert in front of an answer, so it is prepended once; rows go once the alert has ended.

CREATE TABLE local_alert (
    id           UUID PRIMARY KEY,
    title        VARCHAR(120) NOT NULL,
    body         VARCHAR(2400) NOT NULL,
    valid_from   TIMESTAMP WITH TIME ZONE NOT NULL,
    valid_until  TIMESTAMP WITH TIME ZONE NOT NULL,
    topic        VARCHAR(80),
    communes     VARCHAR(2000),
    author       VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at TIMESTAMP WITH TIME ZONE,
    withdrawn_by VARCHAR(64)
);

CREATE INDEX local_alert_until ON local_alert (valid_until);

CREATE TABLE local_alert_shown (
    alert_id UUID NOT NULL,
    user_ref VARCHAR(64) NOT NULL,
    shown_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT local_alert_shown_pk PRIMARY KEY (alert_id, user_ref),
    CONSTRAINT local_alert_shown_alert FOREIGN KEY (alert_id) REFERENCES local_alert (id) ON DELETE CASCADE
);
