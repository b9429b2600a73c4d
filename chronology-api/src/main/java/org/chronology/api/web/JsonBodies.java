package org.chronology.api.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Reads a JSON request body defensively: bounded in bytes and nesting, duplicate keys refused, and every
 * failure a problem naming the body rather than an exception from deep inside Jackson.
 */
public final class JsonBodies {

    private static final ObjectMapper STRICT = JsonMapper.builder(JsonFactory.builder()
                    .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                    .streamReadConstraints(StreamReadConstraints.builder()
                            .maxNestingDepth(32)
                            .maxNumberLength(100)
                            .maxStringLength(1_000_000)
                            .build())
                    .build())
            .build();

    private JsonBodies() {
    }

    public static JsonNode read(HttpServletRequest request, int maxBytes) {
        requireJson(request.getContentType());
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        byte[] body = readAtMost(request, maxBytes);
        if (body.length == 0) {
            throw Problem.invalid("body", "must be a JSON object");
        }
        try (JsonParser parser = STRICT.createParser(body)) {
            JsonNode node = STRICT.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw Problem.invalid("body", "must be a JSON object");
            }
            if (parser.nextToken() != null) {
                throw Problem.invalid("body", "must hold exactly one JSON value");
            }
            return node;
        } catch (StreamConstraintsException e) {
            throw Problem.invalid("body", "nests too deeply or holds an oversized value");
        } catch (JsonParseException e) {
            String message = e.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field")) {
                throw Problem.invalid("body", "repeats a key: " + message.substring(message.indexOf('\'')));
            }
            throw Problem.invalid("body", "is not well-formed JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw Problem.invalid("body", "is not well-formed JSON");
        }
    }

    private static void requireJson(String contentType) {
        MediaType type;
        try {
            type = contentType == null ? null : MediaType.parseMediaType(contentType);
        } catch (IllegalArgumentException e) {
            type = null;
        }
        boolean json = type != null && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"))
                && "application".equals(type.getType());
        if (!json) {
            throw Problem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as application/json.");
        }
    }

    private static byte[] readAtMost(HttpServletRequest request, int maxBytes) {
        try (InputStream in = request.getInputStream()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(Math.min(maxBytes, 64 * 1024));
            byte[] buffer = new byte[16 * 1024];
            int read;
            while ((read = in.read(buffer)) != -1) {
                if (out.size() + read > maxBytes) {
                    throw tooLarge(maxBytes);
                }
                out.write(buffer, 0, read);
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw Problem.invalid("body", "could not be read");
        }
    }

    private static Problem tooLarge(int maxBytes) {
        return Problem.invalid("body", "is larger than " + maxBytes + " bytes");
    }
}
