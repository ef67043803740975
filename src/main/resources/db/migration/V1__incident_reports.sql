-- Incident reports and the drafts the chat intake fills. Portable SQL: runs on H2 2.x and PostgreSQL.
-- Columns ending in _enc hold AES-GCM ciphertext ("v1:" + base64); reporter_ref is an HMAC, not the user id.

CREATE TABLE report_draft (
    reporter_ref VARCHAR(64) PRIMARY KEY,
    content_enc  VARCHAR NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX report_draft_updated ON report_draft (updated_at);

CREATE TABLE incident_report (
    id              UUID PRIMARY KEY,
    reference_code  VARCHAR(24) NOT NULL,
    reporter_ref    VARCHAR(64) NOT NULL,
    channel         VARCHAR(16) NOT NULL,
    incident_kind   VARCHAR(32),
    contact_channel VARCHAR(16),
    content_enc     VARCHAR NOT NULL,
    status          VARCHAR(16) NOT NULL,
    consent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    forwarded_at    TIMESTAMP WITH TIME ZONE,
    closed_at       TIMESTAMP WITH TIME ZONE,
    CONSTRAINT incident_report_reference UNIQUE (reference_code)
);

CREATE INDEX incident_report_reporter ON incident_report (reporter_ref);
CREATE INDEX incident_report_status ON incident_report (status, closed_at);

-- One row per day: the last number handed out in that day's reference codes (LS-yyyymmdd-nnnn).
CREATE TABLE report_day_counter (
    report_day  DATE PRIMARY KEY,
    last_number INTEGER NOT NULL
);
