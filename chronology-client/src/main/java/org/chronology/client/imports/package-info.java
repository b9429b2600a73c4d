/** Importing events from agencies' files (CSV, JSON lines, Annex A lists). */
package org.chronology.client.imports;
