-- The officers' desk (#14): the case status officers move a report through, and the two facts the queue filters
-- and the dashboard counts by without decrypting the content: the commune/ward as told and the money lost in đồng.
-- Neither identifies the citizen; everything else stays in content_enc. desk_indexed marks rows whose two
-- columns were filled from the content (new rows at insert, older rows once by the application at start).

ALTER TABLE incident_report ADD COLUMN case_status VARCHAR(16) DEFAULT 'NEW' NOT NULL;
ALTER TABLE incident_report ADD COLUMN commune VARCHAR(100);
ALTER TABLE incident_report ADD COLUMN money_lost_dong BIGINT;
ALTER TABLE incident_report ADD COLUMN desk_indexed BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX incident_report_case ON incident_report (case_status, submitted_at);
