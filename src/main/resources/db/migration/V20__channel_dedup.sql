-- Platform deliveries already accepted (Facebook mid, Zalo msg_id), so a repeated delivery is processed
-- once by whichever instance receives it: the primary key makes "insert if absent" atomic. delivery_ref is
-- an HMAC of channel, user and message id. Rows older than anm.channel.delivery.dedup-ttl are purged.

CREATE TABLE channel_delivery_seen (
    delivery_ref VARCHAR(64) PRIMARY KEY,
    seen_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX channel_delivery_seen_at ON channel_delivery_seen (seen_at);
