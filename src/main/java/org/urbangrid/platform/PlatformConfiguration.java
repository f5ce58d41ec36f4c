package org.urbangrid.platform;

import java.time.Clock;
import java.util.List;
import java.util.Locale;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

@Configuration(proxyBeanMethods = false)
class PlatformConfiguration {

    /** The one clock all code reads; tests replace it with a movable one. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock(PlatformProperties properties) {
        return Clock.system(properties.zone());
    }

    /** Chinese first; English when the request asks for it. */
    @Bean
    LocaleResolver localeResolver() {
        var resolver = new AcceptHeaderLocaleResolver();
        resolver.setSupportedLocales(List.of(Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH));
        resolver.setDefaultLocale(Locale.SIMPLIFIED_CHINESE);
        return resolver;
    }
}
