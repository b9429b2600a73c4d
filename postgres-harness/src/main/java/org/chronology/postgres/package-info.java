/** A private PostgreSQL server for the multi-node test and the benchmark. */
package org.chronology.postgres;
