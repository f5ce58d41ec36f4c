package org.urbangrid.platform;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authorization.method.PreAuthorizeAuthorizationManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Checks a controller's {@code @PreAuthorize} before its arguments are read, so a caller who may not use an
 * endpoint gets 403, not the field list of an invalid body (method security alone runs only after binding and
 * validation). The annotation stays the one place that says who may call; expressions that read the method's
 * arguments ({@code #…}) cannot be judged before binding and are left to method security.
 */
class AuthorizeBeforeBinding implements HandlerInterceptor {

    private final PreAuthorizeAuthorizationManager authorization = new PreAuthorizeAuthorizationManager();
    /**
     * Each handler's rule, found once (annotations do not change at run time): scanning them was per request. Keyed
     * by controller class and method, since a class-level rule differs between controllers sharing a method.
     */
    private final Map<Handler, Optional<PreAuthorize>> rules = new ConcurrentHashMap<>();

    private record Handler(Class<?> beanType, java.lang.reflect.Method method) {}

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)) {
            return true;
        }
        var rule = rules.computeIfAbsent(new Handler(method.getBeanType(), method.getMethod()), h -> Optional
                .ofNullable(AnnotatedElementUtils.findMergedAnnotation(h.method(), PreAuthorize.class))
                .or(() -> Optional.ofNullable(AnnotatedElementUtils.findMergedAnnotation(h.beanType(),
                        PreAuthorize.class))))
                .orElse(null);
        if (rule == null || rule.value().contains("#")) {
            return true;
        }
        var invocation = new SimpleMethodInvocation(method.getBean(), method.getMethod(),
                new Object[method.getMethodParameters().length]);
        var result = authorization.authorize(() -> SecurityContextHolder.getContext().getAuthentication(), invocation);
        if (result != null && !result.isGranted()) {
            throw new AccessDeniedException("denied before binding: " + rule.value());
        }
        return true;
    }
}
