package org.chronology.api.gaps;

import org.chronology.projections.gaps.GapEngine;
import org.chronology.projections.gaps.GapRule;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.ResolvableType;
import org.springframework.core.env.Environment;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Rule parameters come from configuration: {@code chronology.rules.SW_TURNOVER.W: 60d} in application.yml, or
 * the environment variable {@code CHRONOLOGY_RULES_SWTURNOVER_W=60d}. Names are matched ignoring case and
 * underscores (Spring's relaxed binding drops them from map keys); an unknown rule or parameter stops start-up.
 */
@Configuration
class RulesConfiguration {

    @Bean
    GapEngine gapEngine(List<GapRule> rules, Environment environment) {
        Bindable<Map<String, Map<String, String>>> ruleMap = Bindable.of(ResolvableType.forClassWithGenerics(Map.class,
                ResolvableType.forClass(String.class), ResolvableType.forClassWithGenerics(Map.class, String.class, String.class)));
        Map<String, Map<String, String>> configured = Binder.get(environment).bind("chronology.rules", ruleMap)
                .orElse(Map.of());
        Map<String, Map<String, String>> overrides = new HashMap<>();
        configured.forEach((ruleKey, values) -> {
            GapRule rule = rules.stream().filter(r -> normal(r.name()).equals(normal(ruleKey))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("chronology.rules." + ruleKey + " names no rule"));
            Map<String, String> parameters = new HashMap<>();
            values.forEach((parameterKey, value) -> parameters.put(rule.parameters().stream()
                    .filter(p -> normal(p.name()).equals(normal(parameterKey))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(rule.name() + " has no parameter " + parameterKey))
                    .name(), value));
            overrides.put(rule.name(), parameters);
        });
        return new GapEngine(rules, overrides);
    }

    private static String normal(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }
}
