package org.urbangrid.open311.internal;

import java.util.List;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.xml.JacksonXmlHttpMessageConverter;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.urbangrid.organization.PublicDoors;

/**
 * The Open311 door: {@code /open311/**} open to everyone, stateless, with the platform's security headers. Reads need
 * nothing; {@code POST requests} is checked by the controller itself (the API key, 403 in Open311's error shape),
 * since the spec carries the key as a form field. The public guard's filter rate-limits the whole door.
 */
@Configuration(proxyBeanMethods = false)
class Open311Security implements WebMvcConfigurer {

    @Bean
    @Order(PublicDoors.ORDER)
    SecurityFilterChain open311Door(HttpSecurity http, PublicDoors doors) throws Exception {
        doors.stateless(http.securityMatcher("/open311/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll());
        return http.build();
    }

    /**
     * Jackson XML is on the class path for Open311 only, which writes its XML itself. Spring would otherwise add an XML
     * converter to every controller, and a browser's {@code Accept: …application/xml;q=0.9…} would turn the staff
     * API's JSON into XML: the converter list stays as it was without the library.
     */
    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.removeIf(converter -> converter instanceof JacksonXmlHttpMessageConverter);
    }
}
