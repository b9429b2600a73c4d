/** Registering agencies and listing the event types they may record. */
package org.chronology.api.agency;
