package org.chronology.core.vocabulary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The vocabulary of facts, read once from {@code vocabulary.json} beside this class: the one place that says
 * which details each event type holds. Everything else (reading details, the published schemas, the
 * catalogue's typed fields) is derived from it.
 */
public final class Vocabulary {

    private static final String RESOURCE = "vocabulary.json";
    private static final Map<String, TypeVocabulary> TYPES = load();

    private Vocabulary() {
    }

    /** Every type in the order the vocabulary lists them, the revisions ({@code entry.*}) included. */
    public static List<TypeVocabulary> all() {
        return List.copyOf(TYPES.values());
    }

    public static Optional<TypeVocabulary> of(String type) {
        return Optional.ofNullable(TYPES.get(type));
    }

    private static Map<String, TypeVocabulary> load() {
        JsonNode root;
        try (InputStream in = Vocabulary.class.getResourceAsStream(RESOURCE)) {
            ObjectMapper mapper = JsonMapper.builder().build();
            root = mapper.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the vocabulary " + RESOURCE, e);
        }
        Map<String, CodeList> lists = new LinkedHashMap<>();
        root.get("codeLists").fields().forEachRemaining(list -> {
            Map<String, List<String>> values = new LinkedHashMap<>();
            list.getValue().fields().forEachRemaining(value -> {
                List<String> synonyms = new ArrayList<>();
                value.getValue().forEach(s -> synonyms.add(s.asText()));
                values.put(value.getKey(), List.copyOf(synonyms));
            });
            lists.put(list.getKey(), new CodeList(list.getKey(), values));
        });
        Map<String, TypeVocabulary> types = new LinkedHashMap<>();
        root.get("types").fields().forEachRemaining(type -> {
            JsonNode spec = type.getValue();
            Map<String, Field> fields = new LinkedHashMap<>();
            if (spec.has("like")) {
                TypeVocabulary base = types.get(spec.get("like").asText());
                if (base == null) {
                    throw new IllegalStateException(type.getKey() + " is like " + spec.get("like") + ", not listed before it");
                }
                base.fields().forEach(f -> fields.put(f.name(), f));
            }
            spec.path("fields").fields().forEachRemaining(f -> {
                String definition = f.getValue().asText().isEmpty() ? root.get("fields").path(f.getKey()).asText()
                        : f.getValue().asText();
                fields.put(f.getKey(), field(type.getKey(), f.getKey(), definition, lists));
            });
            types.put(type.getKey(), new TypeVocabulary(type.getKey(), spec.get("description").asText(),
                    List.copyOf(fields.values())));
        });
        return Collections.unmodifiableMap(types);
    }

    /** Parses {@code "kind[:codeList] | description"}. */
    private static Field field(String type, String name, String definition, Map<String, CodeList> lists) {
        String[] parts = definition.split("\\|", 2);
        if (parts.length < 2) {
            throw new IllegalStateException(type + "." + name + " has no definition of the form 'kind | description'");
        }
        String[] kind = parts[0].strip().split(":", 2);
        CodeList codes = kind.length == 2 ? lists.get(kind[1]) : null;
        if (kind.length == 2 && codes == null) {
            throw new IllegalStateException(type + "." + name + " names an unknown code list " + kind[1]);
        }
        return new Field(name, FieldKind.of(kind[0]), parts[1].strip(), codes);
    }
}
