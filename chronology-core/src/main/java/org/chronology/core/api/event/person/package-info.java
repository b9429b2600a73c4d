/** Events about people and relationships. */
package org.chronology.core.api.event.person;
