package org.urbangrid.platform;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.beans.TypeMismatchException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * Every refusal as an RFC 9457 problem with a message in the request's language (zh-CN unless
 * Accept-Language asks for English). The {@code code} property carries the stable message key, {@code type} is
 * {@code /problems/<key>}; framework errors (unreadable JSON, wrong enum, missing parameter or part, wrong method or
 * media type, unknown path) get the same shape and name the field where there is one ({@code field}).
 */
@RestControllerAdvice
class ProblemDetailsAdvice extends ResponseEntityExceptionHandler {

    private final MessageSource messages;
    private final Problems problems;

    ProblemDetailsAdvice(MessageSource messages, Problems problems) {
        this.messages = messages;
        this.problems = problems;
        setMessageSource(messages);
    }

    @ExceptionHandler(UrbanGridException.class)
    ProblemDetail onRefusal(UrbanGridException e) {
        return problems.of(e, locale());
    }

    /** A lost version check, or a row lock not granted in time (deadlock, lock timeout): someone else was faster. */
    @ExceptionHandler({OptimisticLockingFailureException.class, PessimisticLockingFailureException.class})
    ProblemDetail onConcurrentChange(Exception e) {
        return problem(HttpStatus.CONFLICT, "error.concurrent-change");
    }

    /** A unique key or constraint hit by a concurrent edit (two administrators at once): 409, never 500. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail onDataConflict(DataIntegrityViolationException e) {
        logger.info("Refused a change that conflicts with stored data: " + e.getMostSpecificCause().getMessage());
        return problem(HttpStatus.CONFLICT, "error.data-conflict");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail onAccessDenied(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "error.forbidden");
    }

    @ExceptionHandler(IllegalArgumentException.class)
    ProblemDetail onIllegalArgument(IllegalArgumentException e) {
        var problem = problem(HttpStatus.BAD_REQUEST, "error.invalid-input");
        problem.setProperty("reason", e.getMessage());
        return problem;
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, "error.validation");
        List<Map<String, String>> errors = e.getBindingResult().getAllErrors().stream()
                .map(error -> Map.of(
                        "field", error instanceof FieldError f ? f.getField() : error.getObjectName(),
                        "message", messages.getMessage(error, locale())))
                .toList();
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHandlerMethodValidationException(HandlerMethodValidationException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, "error.validation");
        problem.setProperty("errors", e.getAllErrors().stream()
                .map(error -> messages.getMessage(error, locale())).toList());
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(HttpStatus.CONTENT_TOO_LARGE, headers, problem(HttpStatus.CONTENT_TOO_LARGE, "error.upload-too-large"));
    }

    /** Malformed JSON, a wrong enum value, text in a number, a control character, a missing body. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(HttpStatus.BAD_REQUEST, headers, unreadable(e));
    }

    @Override
    protected ResponseEntity<Object> handleTypeMismatch(TypeMismatchException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        var name = e.getPropertyName() != null ? e.getPropertyName()
                : e instanceof org.springframework.web.method.annotation.MethodArgumentTypeMismatchException m ? m.getName() : "?";
        var value = String.valueOf(e.getValue());
        var type = e.getRequiredType();
        var problem = type != null && type.isEnum()
                ? problem(HttpStatus.BAD_REQUEST, "error.parameter-enum", name, value, accepted(type))
                : problem(HttpStatus.BAD_REQUEST, "error.parameter-type", name, value);
        problem.setProperty("field", name);
        return respond(HttpStatus.BAD_REQUEST, headers, problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestParameter(MissingServletRequestParameterException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, "error.parameter-missing", e.getParameterName());
        problem.setProperty("field", e.getParameterName());
        return respond(HttpStatus.BAD_REQUEST, headers, problem);
    }

    @Override
    protected ResponseEntity<Object> handleMissingServletRequestPart(MissingServletRequestPartException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var problem = problem(HttpStatus.BAD_REQUEST, "error.part-missing", e.getRequestPartName());
        problem.setProperty("field", e.getRequestPartName());
        return respond(HttpStatus.BAD_REQUEST, headers, problem);
    }

    @Override
    protected ResponseEntity<Object> handleServletRequestBindingException(ServletRequestBindingException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return respond(HttpStatus.BAD_REQUEST, headers, problem(HttpStatus.BAD_REQUEST, "error.request-binding"));
    }

    @Override
    protected ResponseEntity<Object> handleHttpRequestMethodNotSupported(HttpRequestMethodNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var supported = e.getSupportedHttpMethods() == null ? "" : e.getSupportedHttpMethods().stream()
                .map(Object::toString).collect(Collectors.joining(", "));
        return respond(HttpStatus.METHOD_NOT_ALLOWED, headers,
                problem(HttpStatus.METHOD_NOT_ALLOWED, "error.method-not-allowed", e.getMethod(), supported));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotSupported(HttpMediaTypeNotSupportedException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var given = e.getContentType() == null ? "-" : e.getContentType().toString();
        var supported = e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, headers,
                problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "error.media-type-unsupported", given, supported));
    }

    @Override
    protected ResponseEntity<Object> handleHttpMediaTypeNotAcceptable(HttpMediaTypeNotAcceptableException e,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        var supported = e.getSupportedMediaTypes().stream().map(MediaType::toString).collect(Collectors.joining(", "));
        // The client accepts none of our types; answer in problem JSON anyway, which every client can read.
        var answer = new HttpHeaders();
        answer.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        return respond(HttpStatus.NOT_ACCEPTABLE, answer,
                problem(HttpStatus.NOT_ACCEPTABLE, "error.not-acceptable", supported));
    }

    @Override
    protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return respond(HttpStatus.NOT_FOUND, headers, problem(HttpStatus.NOT_FOUND, "error.path-not-found",
                "/" + e.getResourcePath()));
    }

    @Override
    protected ResponseEntity<Object> handleNoHandlerFoundException(NoHandlerFoundException e, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        return respond(HttpStatus.NOT_FOUND, headers, problem(HttpStatus.NOT_FOUND, "error.path-not-found",
                e.getRequestURL()));
    }

    /** Any other framework error keeps its status and gains the common shape. */
    @Override
    protected ResponseEntity<Object> handleExceptionInternal(Exception e, Object body, HttpHeaders headers,
            HttpStatusCode status, WebRequest request) {
        if (body instanceof ProblemDetail detail && detail.getProperties() != null
                && detail.getProperties().containsKey("code")) {
            return super.handleExceptionInternal(e, body, headers, status, request);
        }
        var known = HttpStatus.resolve(status.value());
        var generic = problem(known == null ? HttpStatus.BAD_REQUEST : known, "error.request-failed");
        return super.handleExceptionInternal(e, generic, headers, status, request);
    }

    private ProblemDetail unreadable(HttpMessageNotReadableException e) {
        var jackson = cause(e, JacksonException.class);
        if (jackson == null) {
            return problem(HttpStatus.BAD_REQUEST, e.getMessage() != null && e.getMessage().startsWith("Required request body")
                    ? "error.body-missing" : "error.json-malformed");
        }
        var field = path(jackson);
        ProblemDetail problem;
        if (jackson instanceof ControlCharacterModule.ControlCharacterException) {
            problem = problem(HttpStatus.BAD_REQUEST, "error.control-character", field);
        } else if (jackson instanceof InvalidFormatException invalid && invalid.getTargetType() != null
                && invalid.getTargetType().isEnum()) {
            problem = problem(HttpStatus.BAD_REQUEST, "error.json-enum", field, String.valueOf(invalid.getValue()),
                    accepted(invalid.getTargetType()));
        } else if (jackson instanceof MismatchedInputException mismatch && isNumber(mismatch.getTargetType())) {
            problem = problem(HttpStatus.BAD_REQUEST, "error.json-number", field);
        } else if (jackson instanceof MismatchedInputException) {
            problem = problem(HttpStatus.BAD_REQUEST, "error.json-type", field);
        } else if (jackson instanceof StreamReadException read && read.getLocation() != null) {
            return problem(HttpStatus.BAD_REQUEST, "error.json-malformed-at", read.getLocation().getLineNr(),
                    read.getLocation().getColumnNr());
        } else {
            return problem(HttpStatus.BAD_REQUEST, "error.json-malformed");
        }
        if (!field.isEmpty()) {
            problem.setProperty("field", field);
        }
        return problem;
    }

    /** The JSON path of the failing value, as the request spells it: {@code conditions[0].limitAmount}. */
    static String path(JacksonException e) {
        var path = new StringBuilder();
        for (var reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static boolean isNumber(Class<?> type) {
        if (type == null) {
            return false;
        }
        return Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class
                || type == float.class || type == short.class || type == byte.class;
    }

    private static String accepted(Class<?> enumType) {
        var separator = Locale.ENGLISH.getLanguage().equals(locale().getLanguage()) ? ", " : "、";
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(separator));
    }

    private static <T extends Throwable> T cause(Throwable e, Class<T> type) {
        for (var t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

    private ResponseEntity<Object> respond(HttpStatus status, HttpHeaders headers, ProblemDetail problem) {
        return ResponseEntity.status(status).headers(headers).body(problem);
    }

    private ProblemDetail problem(HttpStatus status, String key, Object... args) {
        return problems.of(status, key, locale(), args);
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
