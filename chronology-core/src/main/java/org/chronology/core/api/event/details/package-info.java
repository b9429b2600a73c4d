/** Typed details of events, as the vocabulary lists them. */
package org.chronology.core.api.event.details;
