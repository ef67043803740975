-- Idempotent submit: the draft a report was filed from (an HMAC of reporter and consent time). Pressing
-- "Gửi" again, on any instance, finds the report already filed instead of filing a second one.

ALTER TABLE incident_report ADD COLUMN draft_key VARCHAR(64);
CREATE UNIQUE INDEX incident_report_draft ON incident_report (draft_key);
