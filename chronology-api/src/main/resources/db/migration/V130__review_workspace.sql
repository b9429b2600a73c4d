-- The review workspace's read model: reviewers' notes, their own findings, their verdicts on the rules' findings
-- and their merge decisions, all projected from each review's own stream (never from the agencies' facts).
CREATE TABLE review_note (
    note_id      VARCHAR(64)   NOT NULL PRIMARY KEY,
    review_id    VARCHAR(64)   NOT NULL,
    target_kind  VARCHAR(16)   NOT NULL,
    target_ref   VARCHAR(200),
    period_from  DATE,
    period_to    DATE,
    note_text    VARCHAR(4000) NOT NULL,
    author       VARCHAR(200)  NOT NULL,
    written_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX review_note_review ON review_note (review_id, written_at);

CREATE TABLE reviewer_finding (
    finding_id   VARCHAR(64)   NOT NULL PRIMARY KEY,
    review_id    VARCHAR(64)   NOT NULL,
    pattern      VARCHAR(64)   NOT NULL,
    occurred_on  DATE          NOT NULL,
    entries      VARCHAR(4000) NOT NULL,
    finding_text VARCHAR(4000) NOT NULL,
    author       VARCHAR(200)  NOT NULL,
    raised_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX reviewer_finding_review ON reviewer_finding (review_id, occurred_on);

-- The latest verdict per finding of a review; counted per rule for administrators.
CREATE TABLE finding_triage (
    review_id    VARCHAR(64)   NOT NULL,
    finding_key  VARCHAR(64)   NOT NULL,
    rule         VARCHAR(64)   NOT NULL,
    verdict      VARCHAR(16)   NOT NULL,
    reason       VARCHAR(2000),
    author       VARCHAR(200)  NOT NULL,
    triaged_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (review_id, finding_key)
);
CREATE INDEX finding_triage_rule ON finding_triage (rule, verdict);

-- Splits and joins in the order they were made (the review stream's sequence number): applied in that order.
CREATE TABLE row_decision (
    review_id    VARCHAR(64)   NOT NULL,
    seq          BIGINT        NOT NULL,
    kind         VARCHAR(8)    NOT NULL,
    entries      VARCHAR(4000) NOT NULL,
    author       VARCHAR(200)  NOT NULL,
    decided_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (review_id, seq)
);
