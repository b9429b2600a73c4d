/** A review's chronology exported to CSV, Word and PDF. */
package org.chronology.api.export;
