/** A private PostgreSQL server for the integration tests and the benchmark. */
package org.chronology.postgres;
