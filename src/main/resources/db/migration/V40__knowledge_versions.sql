-- The knowledge base as edited data: the moderators' shared draft and the numbered, published versions.
-- Every item (an entry, the contacts, one lexicon table) is a JSON document kept once per content (kb_blob,
-- keyed by its SHA-256), so a version is a list of (kind, key, hash) and two versions share what did not change.
-- kb_live holds the version every instance serves; instances poll it and swap within a second.
-- Portable SQL: runs on H2 2.x and PostgreSQL.

CREATE TABLE kb_blob (
    hash    VARCHAR(64) PRIMARY KEY,
    content VARCHAR NOT NULL
);

CREATE TABLE kb_version (
    number     BIGINT PRIMARY KEY,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    author     VARCHAR(64) NOT NULL,
    kind       VARCHAR(16) NOT NULL,
    note       VARCHAR(2000) NOT NULL,
    restores   BIGINT,
    gate       VARCHAR
);

CREATE TABLE kb_version_item (
    version   BIGINT NOT NULL,
    kind      VARCHAR(16) NOT NULL,
    item_key  VARCHAR(128) NOT NULL,
    blob_hash VARCHAR(64) NOT NULL,
    PRIMARY KEY (version, kind, item_key)
);

CREATE TABLE kb_live (
    id         INT PRIMARY KEY,
    version    BIGINT NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE kb_draft_item (
    kind       VARCHAR(16) NOT NULL,
    item_key   VARCHAR(128) NOT NULL,
    blob_hash  VARCHAR(64) NOT NULL,
    revision   INT NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by VARCHAR(64) NOT NULL,
    PRIMARY KEY (kind, item_key)
);
