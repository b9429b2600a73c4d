/** The fifty gap rules, each a pure function from a case file to findings. */
package org.chronology.projections.gaps.rules;
