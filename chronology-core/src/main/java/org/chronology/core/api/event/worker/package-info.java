/** Events of workers' allocation and change. */
package org.chronology.core.api.event.worker;
