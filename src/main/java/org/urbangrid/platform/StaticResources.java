package org.urbangrid.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/**
 * Where the static files are served from: our own under {@code /css}, {@code /js}, {@code /img} and
 * {@code /favicon.ico} (from {@code classpath:/static}), the WebJars under {@code /webjars} by version-less paths
 * ({@code /webjars/leaflet/dist/leaflet.js}). Spring Boot's default maps {@code /**} instead
 * ({@code spring.web.resources.add-mappings} is off for that reason): with the WebJars locator on the classpath
 * the resource chain is on, and every link a page prints ({@code @{/console/cases/…}}) was then looked up as a
 * possible static file in every classpath location, jar by jar, on every render — about 70 % of a queue page's
 * time. Now a link that is not under one of these prefixes is left alone, and resolved WebJar links are cached.
 */
@Configuration(proxyBeanMethods = false)
class StaticResources implements WebMvcConfigurer {

    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        for (var folder : new String[] {"css", "js", "img"}) {
            registry.addResourceHandler("/" + folder + "/**").addResourceLocations("classpath:/static/" + folder + "/");
        }
        registry.addResourceHandler("/favicon.ico").addResourceLocations("classpath:/static/");
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
    }
}
