package org.chronology.api.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.databind.type.TypeFactory;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.oas.models.media.Schema;
import org.springframework.stereotype.Component;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

/**
 * The service writes every component of a record it answers with, null or not ({@code default-property-inclusion:
 * always}), so the document marks each as required: a client may rely on the key being there, and the end-to-end
 * tests check that it is. A component that Jackson leaves out when empty ({@code @JsonInclude}) or spreads into its
 * parent ({@code @JsonUnwrapped}) is not required, nor is any of a record that leaves out its empty components.
 */
@Component
class RecordsAnswerWhole implements ModelConverter {

    private static final String REF = "#/components/schemas/";

    @Override
    public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> schema = chain.next().resolve(type, context, chain);
        Class<?> raw = TypeFactory.defaultInstance().constructType(type.getType()).getRawClass();
        if (schema == null || !raw.isRecord() || raw.isAnnotationPresent(JsonInclude.class)) {
            return schema;
        }
        Schema<?> model = schema.get$ref() != null && schema.get$ref().startsWith(REF)
                ? context.getDefinedModels().get(schema.get$ref().substring(REF.length())) : schema;
        if (model != null && model.getProperties() != null) {
            List<String> required = Arrays.stream(raw.getRecordComponents()).filter(c -> alwaysWritten(raw, c))
                    .map(RecordComponent::getName).filter(model.getProperties()::containsKey).toList();
            model.setRequired(required.isEmpty() ? null : required);
        }
        return schema;
    }

    private static boolean alwaysWritten(Class<?> record, RecordComponent component) {
        try {
            var field = record.getDeclaredField(component.getName());
            return !field.isAnnotationPresent(JsonInclude.class) && !field.isAnnotationPresent(JsonUnwrapped.class);
        } catch (NoSuchFieldException e) {
            return false;
        }
    }
}
