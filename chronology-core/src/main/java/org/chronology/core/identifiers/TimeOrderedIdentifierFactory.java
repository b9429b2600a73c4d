package org.chronology.core.identifiers;

import org.axonframework.common.IdentifierFactory;

/**
 * The identifiers Axon gives messages, events included. Registered with Java's service loader
 * ({@code META-INF/services}), which is how Axon finds its identifier factory.
 */
public class TimeOrderedIdentifierFactory extends IdentifierFactory {

    @Override
    public String generateIdentifier() {
        return TimeOrderedUuids.next().toString();
    }
}
