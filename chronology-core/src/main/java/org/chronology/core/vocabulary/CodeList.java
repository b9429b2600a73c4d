package org.chronology.core.vocabulary;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values of a coded field: each canonical value with the synonyms agencies' systems use for it
 * ("DNA", "No further action"). Matching ignores case, spaces, hyphens and underscores.
 */
public record CodeList(String name, Map<String, List<String>> values) {

    public CodeList {
        values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** @return the canonical value {@code given} stands for, if the list knows it */
    public Optional<String> canonical(String given) {
        String key = key(given);
        for (Map.Entry<String, List<String>> value : values.entrySet()) {
            if (key(value.getKey()).equals(key) || value.getValue().stream().anyMatch(s -> key(s).equals(key))) {
                return Optional.of(value.getKey());
            }
        }
        return Optional.empty();
    }

    /** Each synonym as written, mapped to its canonical value. */
    public Map<String, String> synonyms() {
        Map<String, String> synonyms = new LinkedHashMap<>();
        values.forEach((canonical, words) -> words.forEach(word -> synonyms.put(word, canonical)));
        return synonyms;
    }

    /** "No further action", "no-further-action" and "NO_FURTHER_ACTION" are one key. */
    static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}&]+", "_").replaceAll("^_|_$", "");
    }
}
