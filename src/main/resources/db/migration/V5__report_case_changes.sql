-- Every status change an officer makes on a report (#14): who, when, from what to what, and a note. The note may
-- hold personal data an officer wrote down, so it is encrypted like the report (AES-GCM, bound to its row).
-- Deleted with the report (retention purge, "xóa dữ liệu của tôi").

CREATE TABLE report_case_change (
    id          UUID PRIMARY KEY,
    report_id   UUID NOT NULL,
    changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    officer     VARCHAR(160) NOT NULL,
    from_status VARCHAR(16) NOT NULL,
    to_status   VARCHAR(16) NOT NULL,
    note_enc    VARCHAR,
    CONSTRAINT report_case_change_report FOREIGN KEY (report_id) REFERENCES incident_report (id) ON DELETE CASCADE
);

CREATE INDEX report_case_change_of ON report_case_change (report_id, changed_at);
