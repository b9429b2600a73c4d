/** The published vocabulary of event types and their typed fields. */
package org.chronology.core.vocabulary;
