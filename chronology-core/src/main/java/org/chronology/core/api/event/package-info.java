/** Events: the facts recorded, and their common envelope. */
package org.chronology.core.api.event;
