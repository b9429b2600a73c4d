/** Validation of submitted envelopes into commands, with warnings for wording. */
package org.chronology.core.validation;
