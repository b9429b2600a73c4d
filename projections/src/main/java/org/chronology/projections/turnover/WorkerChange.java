package org.chronology.projections.turnover;

/** A worker starting or stopping work with a child. */
public enum WorkerChange {
    ALLOCATED, LEFT
}
