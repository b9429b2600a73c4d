/** The packaged service run as an operating-system process, for the integration tests and the benchmark. */
package org.chronology.harness.service;
