package org.chronology.api.pages;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The web pages are static files under {@code /app/} (src/main/resources/static/app): they hold no data and
 * read everything from the API with the token signed in with. {@code /app/} is the sign-in page, and the
 * service's root sends a browser there. Each page is served in the layout all share ({@link PageLayout}).
 */
@Configuration
class PagesConfiguration implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/app/").setViewName("forward:/app/index.html");
        registry.addRedirectViewController("/", "/app/");
    }

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/app/**").addResourceLocations("classpath:/static/app/")
                .resourceChain(true).addTransformer(new PageLayout());
    }
}
