/** Temporary directories the tests and the benchmark remove when done. */
package org.chronology.harness.files;
