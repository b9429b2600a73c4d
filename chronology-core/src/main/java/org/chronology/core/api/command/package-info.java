/** Commands: what callers ask the aggregates to do. */
package org.chronology.core.api.command;
