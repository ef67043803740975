-- The Zalo OA's token pair (the refresh token works once): one row per app id, the pair AES-GCM encrypted.
-- A refreshed pair is written here before it is used.

CREATE TABLE zalo_token (
    app_id     VARCHAR(64) PRIMARY KEY,
    tokens_enc VARCHAR NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    stored_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
