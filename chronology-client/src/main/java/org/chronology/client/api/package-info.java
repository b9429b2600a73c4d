/** The agency client library: the REST contract as Java calls. */
package org.chronology.client.api;
