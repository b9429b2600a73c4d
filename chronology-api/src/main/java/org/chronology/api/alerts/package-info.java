/** Live alerts: entries judged as they are recorded, alerts raised, listed, acknowledged and sent to webhooks. */
package org.chronology.api.alerts;
