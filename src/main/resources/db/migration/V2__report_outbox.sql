-- Transactional outbox: one delivery per report and destination, written in the report's transaction,
-- and every attempt to deliver it. lease_owner/lease_until let several instances share the work.

CREATE TABLE report_delivery (
    id              UUID PRIMARY KEY,
    report_id       UUID NOT NULL,
    destination     VARCHAR(16) NOT NULL,
    status          VARCHAR(16) NOT NULL,
    attempts        INTEGER NOT NULL,
    next_attempt_at TIMESTAMP WITH TIME ZONE NOT NULL,
    lease_owner     VARCHAR(64),
    lease_until     TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    delivered_at    TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(200),
    CONSTRAINT report_delivery_report FOREIGN KEY (report_id) REFERENCES incident_report (id) ON DELETE CASCADE,
    CONSTRAINT report_delivery_once UNIQUE (report_id, destination)
);

CREATE INDEX report_delivery_due ON report_delivery (status, next_attempt_at);

CREATE TABLE report_delivery_attempt (
    id          UUID PRIMARY KEY,
    delivery_id UUID NOT NULL,
    attempt     INTEGER NOT NULL,
    started_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    finished_at TIMESTAMP WITH TIME ZONE NOT NULL,
    outcome     VARCHAR(16) NOT NULL,
    detail      VARCHAR(200),
    CONSTRAINT report_delivery_attempt_delivery FOREIGN KEY (delivery_id) REFERENCES report_delivery (id) ON DELETE CASCADE
);

CREATE INDEX report_delivery_attempt_of ON report_delivery_attempt (delivery_id);
