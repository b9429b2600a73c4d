/** Events of plans and escalations: child protection and child in need plans, written agreements. */
package org.chronology.core.api.event.plan;
