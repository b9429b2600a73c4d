/** Alerts as facts: raised for an agency when an entry calls for it, delivered to its webhooks, acknowledged. */
package org.chronology.core.alert;
