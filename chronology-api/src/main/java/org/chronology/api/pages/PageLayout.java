package org.chronology.api.pages;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.resource.ResourceTransformer;
import org.springframework.web.servlet.resource.ResourceTransformerChain;
import org.springframework.web.servlet.resource.TransformedResource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The frame every page shares, added as the page is served: a page's file declares its title, its scripts and its
 * {@code <main>}, and this adds the rest of the head (viewport, icon, the stylesheet, after the page's own so that
 * it wins over a vendor's) and the site header, which {@code js/session.js} fills for the signed-in role. The
 * fragments are in {@code resources/pages/}.
 */
final class PageLayout implements ResourceTransformer {

    private final String head = fragment("pages/head.html");
    private final String header = fragment("pages/header.html");

    @Override
    public Resource transform(HttpServletRequest request, Resource resource, ResourceTransformerChain chain)
            throws IOException {
        Resource page = chain.transform(request, resource);
        String name = page.getFilename();
        if (name == null || !name.endsWith(".html")) {
            return page;
        }
        String html = page.getContentAsString(StandardCharsets.UTF_8);
        if (html.contains("id=\"site-header\"")) {
            return page; // written whole, frame and all: served as written
        }
        String framed = html.replace("</head>", head + "</head>").replace("<body>\n", "<body>\n" + header);
        return new TransformedResource(page, framed.getBytes(StandardCharsets.UTF_8));
    }

    private static String fragment(String path) {
        try {
            return new ClassPathResource(path).getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
