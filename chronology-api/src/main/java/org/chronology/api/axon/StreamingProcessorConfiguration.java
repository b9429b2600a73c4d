package org.chronology.api.axon;

import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The streaming projections' coordinators refill a work package's buffer as soon as it takes a batch out of it,
 * rather than up to 100 ms later ({@link PromptCoordinator}), so a replay or a projection catching up after a bulk
 * load is limited by the work it does, not by the coordinator's pauses.
 */
@Configuration
public class StreamingProcessorConfiguration {

    private static final String LOOKED_AGAIN = StreamingProcessorConfiguration.class.getName() + ".lookedAgain";

    @Bean
    ConfigurerModule promptCoordinators() {
        return configurer -> DeadLetterConfiguration.GROUPS.forEach(group -> {
            PromptCoordinator coordinator = new PromptCoordinator(group);
            configurer.onShutdown(coordinator::shutdown);
            configurer.eventProcessing()
                    .registerPooledStreamingEventProcessorConfiguration(group,
                            (config, builder) -> builder.coordinatorExecutor(coordinator))
                    .registerHandlerInterceptor(group, config -> batchTaken(coordinator));
        });
    }

    /** A batch's first event: its work package has just taken the batch out of its buffer, so there is room. */
    private static MessageHandlerInterceptor<EventMessage<?>> batchTaken(PromptCoordinator coordinator) {
        return (unitOfWork, chain) -> {
            unitOfWork.root().getOrComputeResource(LOOKED_AGAIN, key -> {
                coordinator.lookAgain();
                return Boolean.TRUE;
            });
            return chain.proceed();
        };
    }
}
