package org.chronology.client.support;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Hands tests a {@link ChronologyService}: ONE service process for the whole run, started when a test first
 * asks for it and stopped when the run ends (it lives in the root context's store), so the integration
 * tests pay for one start-up.
 */
public final class WithChronologyService implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ChronologyService.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                .getOrComputeIfAbsent(ChronologyService.class, key -> ChronologyService.start(), ChronologyService.class);
    }
}
