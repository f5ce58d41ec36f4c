package org.urbangrid.platform;

/**
 * Text that comes in from outside: every C0 control character but tab, line feed and carriage return (and DEL)
 * is refused. PostgreSQL cannot store NUL in text at all, and the others only ever arrive by mistake or malice.
 */
public final class TextInput {

    private TextInput() {}

    /** The index of the first refused control character, or -1 when the text is clean (or null). */
    public static int firstControl(CharSequence text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F) {
                return i;
            }
        }
        return -1;
    }

    public static boolean isClean(CharSequence text) {
        return firstControl(text) < 0;
    }

    /** How the refused character is named in a message: {@code U+0000}. */
    static String codePoint(CharSequence text) {
        int i = firstControl(text);
        return i < 0 ? "" : "U+%04X".formatted((int) text.charAt(i));
    }
}
