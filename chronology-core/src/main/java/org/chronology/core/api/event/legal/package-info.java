/** Events of legal proceedings: court applications, hearings and orders, pre-proceedings. */
package org.chronology.core.api.event.legal;
