package org.urbangrid.platform;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.json.JsonMapper;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /**
     * The one clock all code reads: the system clock, simulated only on the simulator's own thread
     * ({@link SimulatedTime}); tests replace it with a movable one.
     */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(PlatformProperties properties) {
        return new PlatformClock(Clock.system(properties.zone()));
    }

    /**
     * Chinese first. A person's choice ({@code ?lang=en} or {@code ?lang=zh-CN}, kept in a cookie) wins; otherwise
     * pages are Chinese, and the API follows the Accept-Language header between the two languages we speak.
     */
    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("URBANGRID_LANG");
        resolver.setDefaultLocaleFunction(PlatformConfiguration::fromHeader);
        return resolver;
    }

    static Locale fromHeader(jakarta.servlet.http.HttpServletRequest request) {
        var header = request.getHeader("Accept-Language");
        // Pages speak Chinese until the person picks English; API clients choose with Accept-Language.
        if (header == null || header.isBlank() || !request.getRequestURI().substring(request.getContextPath().length()).startsWith("/api/")) {
            return Locale.SIMPLIFIED_CHINESE;
        }
        var match = Locale.lookup(Locale.LanguageRange.parse(header), SUPPORTED);
        return match == null ? Locale.SIMPLIFIED_CHINESE : match;
    }

    static final List<Locale> SUPPORTED = List.of(Locale.SIMPLIFIED_CHINESE, Locale.CHINESE, Locale.ENGLISH);

    @Bean
    WebMvcConfigurer languageSwitch() {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                var interceptor = new LocaleChangeInterceptor();
                interceptor.setParamName("lang");
                registry.addInterceptor(interceptor);
                registry.addInterceptor(new AuthorizeBeforeBinding());
            }
        };
    }

    @Bean
    Problems problems(MessageSource messages, LocaleResolver localeResolver) {
        return new Problems(messages, localeResolver);
    }

    /** JSON strings with control characters are refused while the body is read. */
    @Bean
    JacksonModule controlCharacterModule() {
        return new ControlCharacterModule();
    }

    /** Path, query and form parameters with control characters are refused before anything else reads them. */
    @Bean
    FilterRegistrationBean<ControlCharacterFilter> controlCharacterFilter(Problems problems, JsonMapper json) {
        var registration = new FilterRegistrationBean<>(new ControlCharacterFilter(problems, json));
        // After the character-encoding filter (highest precedence), before Spring Security (-100).
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
