package org.chronology.api.web;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
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
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.function.ObjIntConsumer;

/**
 * Reads a JSON request body defensively: UTF-8 only, bounded in bytes and nesting, duplicate keys refused, text
 * free of characters no document can hold, and every failure a problem naming the body or the field rather than
 * an exception from deep inside Jackson. Checking characters here, once, keeps them out of every stored event,
 * agency and review, so exports never meet them.
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
        String body = utf8(readAtMost(request, maxBytes));
        if (body.isEmpty()) {
            throw Problem.invalid("body", "must be a JSON object");
        }
        JsonNode node = parse(body);
        requirePrintable(node, "");
        return node;
    }

    private static JsonNode parse(String body) {
        try (JsonParser parser = STRICT.createParser(body)) {
            JsonNode node = STRICT.readTree(parser);
            if (node == null || node.isMissingNode()) {
                throw Problem.invalid("body", "must be a JSON object");
            }
            if (parser.nextToken() != null) {
                throw Problem.invalid("body", "must hold exactly one JSON value");
            }
            return node;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    /**
     * Reads the array {@code field} of a JSON object body item by item as a stream, so a large batch is never
     * held whole as a tree: each item is checked like any body and handed to {@code each} with its index. Other
     * top-level keys are checked and ignored. Returns the number of items.
     */
    public static int readEach(HttpServletRequest request, String field, int maxBytes, int maxItems,
                               ObjIntConsumer<JsonNode> each) {
        requireJson(request.getContentType());
        if (request.getContentLengthLong() > maxBytes) {
            throw tooLarge(maxBytes);
        }
        Problem count = Problem.invalid(field, "must hold between 1 and " + maxItems + " events");
        try (JsonParser parser = STRICT.createParser(utf8Reader(new BoundedStream(request.getInputStream(), maxBytes)))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                throw Problem.invalid("body", "must be a JSON object");
            }
            int items = -1;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                if (!printable(name)) {
                    throw Problem.invalid("body", "has a key holding a control character, U+FFFE, U+FFFF or an"
                            + " unpaired surrogate");
                }
                if (!name.equals(field)) {
                    parser.nextToken();
                    requirePrintable(STRICT.readTree(parser), name);
                } else if (parser.nextToken() != JsonToken.START_ARRAY) {
                    throw Problem.invalid(field, "must be an array of events");
                } else {
                    for (items = 0; parser.nextToken() != JsonToken.END_ARRAY; items++) {
                        if (items == maxItems) {
                            throw count;
                        }
                        JsonNode item = STRICT.readTree(parser);
                        requirePrintable(item, field + "[" + items + "]");
                        each.accept(item, items);
                    }
                }
            }
            if (parser.nextToken() != null) {
                throw Problem.invalid("body", "must hold exactly one JSON value");
            }
            if (items < 0) {
                throw Problem.invalid(field, "must be an array of events");
            }
            if (items == 0) {
                throw count;
            }
            return items;
        } catch (IOException e) {
            throw failure(e);
        }
    }

    private static Problem failure(IOException e) {
        if (e instanceof CharacterCodingException) {
            return notUtf8();
        }
        if (e instanceof StreamConstraintsException) {
            return Problem.invalid("body", "nests too deeply or holds an oversized value");
        }
        if (e instanceof JsonParseException parse) {
            String message = parse.getOriginalMessage();
            if (message != null && message.startsWith("Duplicate field")) {
                return Problem.invalid("body", "repeats a key: " + message.substring(message.indexOf('\'')));
            }
            return Problem.invalid("body", "is not well-formed JSON (line " + parse.getLocation().getLineNr()
                    + ", column " + parse.getLocation().getColumnNr() + ")");
        }
        return Problem.invalid("body", "is not well-formed JSON");
    }

    /** A strict UTF-8 reader of the body: malformed bytes and a byte order mark are refused, as in {@link #utf8}. */
    private static Reader utf8Reader(InputStream in) throws IOException {
        PushbackReader reader = new PushbackReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)));
        int first = reader.read();
        if (first == '\uFEFF') {
            throw notUtf8();
        }
        if (first != -1) {
            reader.unread(first);
        }
        return reader;
    }

    /** The request body, refused as too large past {@code maxBytes}, however it is sent (chunked included). */
    private static final class BoundedStream extends FilterInputStream {
        private final int maxBytes;
        private long read;

        BoundedStream(InputStream in, int maxBytes) {
            super(in);
            this.maxBytes = maxBytes;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            read += n;
            if (read > maxBytes) {
                throw tooLarge(maxBytes);
            }
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
        String charset = type.getParameter("charset");
        if (charset != null && !"utf-8".equalsIgnoreCase(charset.replace("\"", ""))) {
            throw Problem.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "Send the body as UTF-8 JSON.");
        }
    }

    /**
     * Jackson would guess UTF-16 or UTF-32 from the first bytes and replace what it cannot decode; the contract
     * says UTF-8, so anything else, a byte order mark included, is refused rather than guessed at.
     */
    private static String utf8(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body)).toString();
            if (text.startsWith("\uFEFF")) {
                throw notUtf8();
            }
            return text;
        } catch (CharacterCodingException e) {
            throw notUtf8();
        }
    }

    private static Problem notUtf8() {
        return Problem.invalid("body", "must be UTF-8 JSON");
    }

    /** Refuses, naming the field, keys or strings holding characters that are not text (see {@link #printable}). */
    private static void requirePrintable(JsonNode node, String path) {
        if (node.isTextual() && !printable(node.textValue())) {
            throw Problem.invalid(path.isEmpty() ? "body" : path,
                    "holds a control character, U+FFFE, U+FFFF or an unpaired surrogate");
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                requirePrintable(node.get(i), path + "[" + i + "]");
            }
        }
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!printable(field.getKey())) {
                // The key itself is not echoed: it is the unprintable part.
                throw Problem.invalid(path.isEmpty() ? "body" : path,
                        "has a key holding a control character, U+FFFE, U+FFFF or an unpaired surrogate");
            }
            requirePrintable(field.getValue(), path.isEmpty() ? field.getKey() : path + "." + field.getKey());
        }
    }

    /**
     * Tab, line feed and carriage return are text; other control characters, the noncharacters U+FFFE and
     * U+FFFF and unpaired surrogates are not, and make PDF and DOCX writers fail on every export that holds them.
     */
    private static boolean printable(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF'
                    || Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return false;
            }
        }
        return true;
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
