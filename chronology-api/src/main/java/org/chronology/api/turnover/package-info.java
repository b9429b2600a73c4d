/** Worker turnover of a child. */
package org.chronology.api.turnover;
