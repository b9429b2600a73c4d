/** Time-ordered identifiers. */
package org.chronology.core.identifiers;
