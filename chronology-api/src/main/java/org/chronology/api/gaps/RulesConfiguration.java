package org.chronology.api.gaps;

import org.chronology.projections.gaps.GapEngine;
import org.chronology.projections.gaps.GapRule;
import org.chronology.projections.gaps.Parameter;
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
import java.util.stream.Collectors;

/**
 * Rule parameters come from configuration: {@code chronology.rules.SW_TURNOVER.W: 60d} in application.yml, or
 * the environment variable {@code CHRONOLOGY_RULES_SWTURNOVER_W=60d}. Names are matched ignoring case and
 * underscores (Spring's relaxed binding drops them from map keys); an unknown rule or parameter stops start-up.
 */
@Configuration
public class RulesConfiguration {

    @Bean
    GapEngine gapEngine(List<GapRule> rules, Environment environment) {
        return new GapEngine(rules, configured(environment, "chronology.rules",
                rules.stream().collect(Collectors.toMap(GapRule::name, GapRule::parameters))));
    }

    /**
     * The parameter values configured under {@code prefix} for {@code rules} (each rule's name to its declared
     * parameters), by the rules' and parameters' own names.
     */
    public static Map<String, Map<String, String>> configured(Environment environment, String prefix,
                                                              Map<String, List<Parameter>> rules) {
        Bindable<Map<String, Map<String, String>>> ruleMap = Bindable.of(ResolvableType.forClassWithGenerics(Map.class,
                ResolvableType.forClass(String.class), ResolvableType.forClassWithGenerics(Map.class, String.class, String.class)));
        Map<String, Map<String, String>> configured = Binder.get(environment).bind(prefix, ruleMap)
                .orElse(Map.of());
        Map<String, Map<String, String>> overrides = new HashMap<>();
        configured.forEach((ruleKey, values) -> {
            String rule = rules.keySet().stream().filter(name -> normal(name).equals(normal(ruleKey))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(prefix + "." + ruleKey + " names no rule"));
            Map<String, String> parameters = new HashMap<>();
            values.forEach((parameterKey, value) -> parameters.put(rules.get(rule).stream()
                    .filter(p -> normal(p.name()).equals(normal(parameterKey))).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException(rule + " has no parameter " + parameterKey))
                    .name(), value));
            overrides.put(rule, parameters);
        });
        return overrides;
    }

    private static String normal(String name) {
        return name.replaceAll("[^A-Za-z0-9]", "").toUpperCase(Locale.ROOT);
    }
}
