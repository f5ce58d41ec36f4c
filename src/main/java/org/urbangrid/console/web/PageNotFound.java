package org.urbangrid.console.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A browser that opens an address the platform does not have gets a page (in the console's layout, with its
 * language and title), not the problem JSON an API client gets: only when it asks for HTML by name and the path is
 * not under {@code /api/}; every other request falls through to the RFC 9457 problem.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageNotFound implements HandlerExceptionResolver {

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception e) {
        if (!(e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) || !wantsPage(request)) {
            return null;
        }
        followLanguageSwitch(request, response);
        var page = new ModelAndView("error");
        page.setStatus(HttpStatus.NOT_FOUND);
        page.addObject("status", HttpStatus.NOT_FOUND.value());
        page.addObject("lang", PageLanguage.of(org.springframework.web.servlet.support.RequestContextUtils.getLocale(request)));
        return page;
    }

    /**
     * {@code ?lang=} as on every other page: the language switch is an interceptor, and interceptors run only for a
     * request some handler took, which an unknown address is not.
     */
    private static void followLanguageSwitch(HttpServletRequest request, HttpServletResponse response) {
        var lang = request.getParameter("lang");
        var resolver = org.springframework.web.servlet.support.RequestContextUtils.getLocaleResolver(request);
        if (lang == null || lang.isBlank() || resolver == null) {
            return;
        }
        try {
            resolver.setLocale(request, response, org.springframework.util.StringUtils.parseLocale(lang));
        } catch (IllegalArgumentException ignored) {
            // not a language: the page stays in the one already chosen
        }
    }

    static boolean wantsPage(HttpServletRequest request) {
        var accept = request.getHeader("Accept");
        var path = request.getRequestURI().substring(request.getContextPath().length());
        return accept != null && accept.contains("text/html") && !path.startsWith("/api/") && !path.equals("/api");
    }
}
