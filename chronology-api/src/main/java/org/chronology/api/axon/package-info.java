/** Axon on plain JDBC: the event store, tokens, processors and their tuning. */
package org.chronology.api.axon;
