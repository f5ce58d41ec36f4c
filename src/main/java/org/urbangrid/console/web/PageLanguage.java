package org.urbangrid.console.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The page language ({@code <html lang>}) for every page, also those no {@code @ModelAttribute} reaches: the error
 * pages an {@code @ExceptionHandler} or the error controller draws. It is a request attribute, set before the
 * handler runs and after {@code ?lang=} was applied, so the templates' {@code ${lang}} always has a value.
 */
@Configuration
class PageLanguage implements WebMvcConfigurer, HandlerInterceptor {

    static final String ATTRIBUTE = "lang";

    static String of(Locale locale) {
        return locale != null && locale.getLanguage().equals("en") ? "en" : "zh-CN";
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(this).order(Ordered.LOWEST_PRECEDENCE);
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (request.getAttribute(ATTRIBUTE) == null) {
            request.setAttribute(ATTRIBUTE, of(RequestContextUtils.getLocale(request)));
        }
        return true;
    }
}
