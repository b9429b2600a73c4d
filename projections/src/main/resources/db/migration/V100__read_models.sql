-- Read models. Every table here can be dropped and rebuilt by replaying the event store.

CREATE TABLE agency (
    code        VARCHAR(32)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    sector      VARCHAR(32)  NOT NULL
);

-- One row per entry: its current document (with corrections folded in) and its first form.
CREATE TABLE timeline_entry (
    entry_id          VARCHAR(200) NOT NULL PRIMARY KEY,
    event_id          VARCHAR(128) NOT NULL,
    recording_agency  VARCHAR(32)  NOT NULL,
    acting_agency     VARCHAR(32),
    event_type        VARCHAR(64)  NOT NULL,
    occurred_from     DATE         NOT NULL,
    occurred_to       DATE         NOT NULL,
    sort_key          BIGINT       NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    position          BIGINT       NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    original          VARCHAR      NOT NULL,
    document          VARCHAR      NOT NULL
);

-- Who an entry concerns: children (whose timelines it is on) and adults.
CREATE TABLE timeline_person (
    person_id  VARCHAR(64)  NOT NULL,
    entry_id   VARCHAR(200) NOT NULL,
    is_child   BOOLEAN      NOT NULL,
    PRIMARY KEY (person_id, entry_id)
);
CREATE INDEX timeline_person_entry ON timeline_person (entry_id);

-- Corrections and retractions, in the order they were recorded.
CREATE TABLE timeline_revision (
    entry_id           VARCHAR(200) NOT NULL,
    revision_event_id  VARCHAR(128) NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    position           BIGINT       NOT NULL,
    document           VARCHAR      NOT NULL,
    PRIMARY KEY (entry_id, revision_event_id)
);

-- Since when each agency knew of an entry: it recorded it, was listed in knownTo, or was sent it.
CREATE TABLE timeline_knowledge (
    entry_id     VARCHAR(200) NOT NULL,
    agency       VARCHAR(32)  NOT NULL,
    known_since  TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (entry_id, agency)
);
