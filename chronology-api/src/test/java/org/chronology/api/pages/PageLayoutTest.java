package org.chronology.api.pages;

import org.chronology.api.support.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page is served in the one layout: its file declares only its own content, and the service adds the frame. */
class PageLayoutTest extends ServiceTest {

    @Test
    void aPageFileHoldsOnlyItsContentAndIsServedWithTheSharedHeadAndHeader() throws IOException {
        Resource[] pages = new PathMatchingResourcePatternResolver().getResources("classpath:static/app/*.html");
        assertThat(pages).hasSizeGreaterThan(7);
        for (Resource resource : pages) {
            String page = resource.getFilename();
            String file = resource.getContentAsString(StandardCharsets.UTF_8);
            String served = api.get("/app/" + page).text();

            assertThat(file).as(page).doesNotContain("css/app.css", "site-header", "viewport");
            assertThat(served).as(page).containsOnlyOnce("<link rel=\"stylesheet\" href=\"css/app.css\">")
                    .containsOnlyOnce("<header id=\"site-header\" class=\"site-header\">")
                    .contains("name=\"viewport\"", "favicon.svg", "<main id=\"main\"");
            assertThat(served.indexOf("css/app.css")).as(page + ": the site's stylesheet after a vendor's")
                    .isGreaterThan(served.indexOf("vendor/") < 0 ? -1 : served.indexOf("vendor/"));
        }
    }
}
