/** Alert rules: what a newly recorded entry about a child on a plan calls for telling its lead agency at once. */
package org.chronology.projections.alerts;
