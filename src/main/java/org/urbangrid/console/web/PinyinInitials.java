package org.urbangrid.console.web;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * 拼音首字母: the first letters of the pinyin of a catalogue name, {@code 暴露垃圾} (bào lù lā jī) → {@code bllj}, so a class can be
 * found by typing a few letters on a phone keyboard. Each character takes pinyin4j's first reading; the words
 * where a polyphone (多音字) is read otherwise are listed in {@link #WORDS} (the catalogue's own, 调压/空调, and the
 * common ones a city adds: 长度, 银行, 重复 …). Letters and digits stay as they are (lower case), the rest is
 * dropped. Results are kept per text, so each catalogue name is worked out once.
 */
public final class PinyinInitials {

    /** Words whose polyphones pinyin4j's first reading gets wrong, with their initials. */
    static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("调压", "ty"), Map.entry("空调", "kt"), Map.entry("调节", "tj"), Map.entry("调温", "tw"),
            Map.entry("长度", "cd"), Map.entry("长期", "cq"), Map.entry("超长", "cc"), Map.entry("延长", "yc"),
            Map.entry("长时间", "csj"), Map.entry("长条", "ct"), Map.entry("长廊", "cl"),
            Map.entry("银行", "yh"), Map.entry("行业", "hy"), Map.entry("商行", "sh"),
            Map.entry("重复", "cf"), Map.entry("重新", "cx"), Map.entry("重建", "cj"), Map.entry("重铺", "cp"),
            Map.entry("会计", "kj"), Map.entry("畜牧", "xm"), Map.entry("猪圈", "zj"), Map.entry("羊圈", "yj"), Map.entry("弹簧", "th"));

    private static final int LONGEST_WORD = WORDS.keySet().stream().mapToInt(String::length).max().orElse(1);
    private static final Map<String, String> KNOWN = new ConcurrentHashMap<>();

    private PinyinInitials() {}

    /** The initials of a text, e.g. {@code 燃气调压站(箱)} → {@code rqtyzx}. */
    public static String of(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return KNOWN.computeIfAbsent(text, PinyinInitials::compute);
    }

    /**
     * What a person typed, as initials to look for: Latin letters in lower case, spaces dropped; empty when the text
     * holds anything else (Chinese, digits of a code), which is then matched as it is.
     */
    public static String typed(String text) {
        if (text == null) {
            return "";
        }
        var letters = text.replaceAll("\\s+", "").toLowerCase(Locale.ROOT);
        return letters.matches("[a-z]+") ? letters : "";
    }

    private static String compute(String text) {
        var out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            var word = wordAt(text, i);
            if (word != null) {
                out.append(WORDS.get(word));
                i += word.length();
                continue;
            }
            char c = text.charAt(i++);
            if (c < 128) {
                if (Character.isLetterOrDigit(c)) {
                    out.append(Character.toLowerCase(c));
                }
                continue;
            }
            var readings = PinyinHelper.toHanyuPinyinStringArray(c);
            if (readings != null && readings.length > 0 && !readings[0].isEmpty()) {
                out.append(readings[0].charAt(0));
            }
        }
        return out.toString();
    }

    private static String wordAt(String text, int at) {
        for (int length = Math.min(LONGEST_WORD, text.length() - at); length >= 2; length--) {
            var candidate = text.substring(at, at + length);
            if (WORDS.containsKey(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
