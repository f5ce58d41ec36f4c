package org.urbangrid.notifications.internal;

/** A failure as one line for {@code last_error} and the attempt's {@code error} (at most 1,000 characters). */
final class Errors {

    static final int MAX = 1000;

    private Errors() {}

    static String describe(Throwable e) {
        var message = e.getMessage();
        return clip(e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message));
    }

    static String clip(String text) {
        if (text == null) {
            return null;
        }
        var line = text.replaceAll("[\\p{Cntrl}&&[^\t]]", " ");
        return line.length() <= MAX ? line : line.substring(0, MAX);
    }
}
