-- What several nodes on one database need: the dead-letter queue of the streaming projections, a way for a read
-- on any node to find the last recorded entry, and the nodes' heartbeats that segments are balanced by.

-- Axon's JdbcSequencedDeadLetterQueue with its default schema; payloads binary like the event store's.
CREATE TABLE DeadLetterEntry (
    deadLetterIdentifier VARCHAR(255)  NOT NULL,
    processingGroup      VARCHAR(255)  NOT NULL,
    sequenceIdentifier   VARCHAR(255)  NOT NULL,
    sequenceIndex        BIGINT        NOT NULL,
    messageType          VARCHAR(255)  NOT NULL,
    eventIdentifier      VARCHAR(255)  NOT NULL,
    timeStamp            VARCHAR(255)  NOT NULL,
    payloadType          VARCHAR(255)  NOT NULL,
    payloadRevision      VARCHAR(255),
    payload              BYTEA         NOT NULL,
    metaData             BYTEA,
    type                 VARCHAR(255),
    aggregateIdentifier  VARCHAR(255),
    sequenceNumber       BIGINT,
    tokenType            VARCHAR(255),
    token                BYTEA,
    enqueuedAt           VARCHAR(255)  NOT NULL,
    lastTouched          VARCHAR(255),
    processingStarted    VARCHAR(255),
    causeType            VARCHAR(255),
    causeMessage         VARCHAR(1023),
    diagnostics          BYTEA,
    CONSTRAINT dead_letter_pk PRIMARY KEY (deadLetterIdentifier),
    CONSTRAINT dead_letter_sequence_index UNIQUE (processingGroup, sequenceIdentifier, sequenceIndex)
);
CREATE INDEX dead_letter_group ON DeadLetterEntry (processingGroup);
CREATE INDEX dead_letter_sequence ON DeadLetterEntry (processingGroup, sequenceIdentifier);

-- The newest entry event, found without scanning: reads on any node wait for projections to reach it.
CREATE INDEX domain_event_type_position ON DomainEventEntry (type, globalIndex);

-- Each running node touches its row every few seconds; segments are shared among the nodes seen recently.
CREATE TABLE cluster_node (
    node_id  VARCHAR(255) NOT NULL PRIMARY KEY,
    seen_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
