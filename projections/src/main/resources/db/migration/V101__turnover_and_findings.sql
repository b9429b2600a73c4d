-- Worker allocations per child, from worker.allocated / worker.left (corrections applied, retractions removed).
CREATE TABLE worker_event (
    child_id       VARCHAR(64)  NOT NULL,
    entry_id       VARCHAR(200) NOT NULL,
    event_id       VARCHAR(128) NOT NULL,
    worker_id      VARCHAR(64)  NOT NULL,
    role           VARCHAR(40)  NOT NULL,
    kind           VARCHAR(10)  NOT NULL,
    occurred_at    VARCHAR(40),
    occurred_from  DATE         NOT NULL,
    occurred_to    DATE         NOT NULL,
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    position       BIGINT       NOT NULL,
    PRIMARY KEY (child_id, entry_id)
);
CREATE INDEX worker_event_entry ON worker_event (entry_id);

-- Gap findings per child as of their last evaluation, for dashboards.
CREATE TABLE finding (
    child_id      VARCHAR(64)  NOT NULL,
    seq           INTEGER      NOT NULL,
    rule          VARCHAR(64)  NOT NULL,
    category      VARCHAR(32)  NOT NULL,
    severity      VARCHAR(8)   NOT NULL,
    occurred_at   VARCHAR(40)  NOT NULL,
    occurred_on   DATE         NOT NULL,
    evaluated_on  DATE         NOT NULL,
    PRIMARY KEY (child_id, seq)
);
CREATE INDEX finding_rule ON finding (rule, occurred_on);
CREATE INDEX finding_occurred ON finding (occurred_on);

CREATE TABLE finding_agency (
    child_id  VARCHAR(64) NOT NULL,
    seq       INTEGER     NOT NULL,
    agency    VARCHAR(32) NOT NULL,
    PRIMARY KEY (child_id, seq, agency)
);
CREATE INDEX finding_agency_agency ON finding_agency (agency);

-- People whose entries changed since their children's findings were last evaluated. Marks are only ever
-- inserted (concurrent projection threads never contend); the refresher deletes those it has dealt with.
CREATE TABLE finding_mark (
    person_id  VARCHAR(64) NOT NULL,
    position   BIGINT      NOT NULL
);
CREATE INDEX finding_mark_person ON finding_mark (person_id, position);
