package org.chronology.api.openapi;

import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import org.chronology.api.export.Download;
import org.springframework.core.ResolvableType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MimeType;
import org.springframework.web.method.HandlerMethod;

import java.util.Set;

/**
 * The exports: a handler answering {@code ResponseEntity<byte[]>} sends a file, in the format its path's extension
 * names ({@link Download.Format}), as an attachment. springdoc would call it JSON of base64 text.
 */
final class Downloads {

    private Downloads() {
    }

    static boolean answers(HandlerMethod handler) {
        ResolvableType answer = ResolvableType.forMethodReturnType(handler.getMethod());
        return ResponseEntity.class.isAssignableFrom(answer.toClass())
                && answer.getGeneric(0).toClass() == byte[].class;
    }

    static Operation describe(Operation operation) {
        Content files = new Content();
        for (Download.Format format : Download.Format.values()) {
            MimeType mime = MimeType.valueOf(format.contentType());
            String type = mime.getType() + "/" + mime.getSubtype();
            files.addMediaType(type, new MediaType().schema(new JsonSchema().types(Set.of("string"))
                    .contentMediaType(type).description("The chronology as a ." + format.extension() + " file")));
        }
        operation.getResponses().remove("2XX");
        operation.getResponses().addApiResponse("200", new ApiResponse()
                .description("The chronology as a file, in the format the path's extension names: .csv (UTF-8),"
                        + " .pdf or .docx (the printable review table)")
                .addHeaderObject("Content-Disposition", new Header().description("attachment; filename=chronology-....ext")
                        .schema(new JsonSchema().types(Set.of("string"))))
                .content(files));
        return operation;
    }
}
