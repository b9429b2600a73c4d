-- Background jobs that one node at a time should run (the findings refresher): who holds each, and until when.
CREATE TABLE job_lease (
    job         VARCHAR(64)  NOT NULL PRIMARY KEY,
    owner       VARCHAR(64)  NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
