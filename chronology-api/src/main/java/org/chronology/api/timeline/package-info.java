/** A child's and a person's timeline, and what each agency knew. */
package org.chronology.api.timeline;
