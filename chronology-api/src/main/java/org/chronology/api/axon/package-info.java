/** Axon on plain JDBC: the event store, tokens, processors and their tuning; the only code that knows Axon's tables. */
package org.chronology.api.axon;
