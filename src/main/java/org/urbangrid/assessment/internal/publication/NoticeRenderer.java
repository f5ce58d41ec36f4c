package org.urbangrid.assessment.internal.publication;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.logging.Level;

import org.springframework.core.io.ClassPathResource;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;

/**
 * Renders the notice (通报) from the one Thymeleaf template the console shows, and turns that HTML into a PDF with
 * OpenHTMLtoPDF. The Chinese font comes with the application ({@value #FONT}, a GB 2312 cut of WenQuanYi Micro
 * Hei), embedded as a subset, so the PDF is the same on a machine without any system font.
 */
@Component
class NoticeRenderer {

    static final String TEMPLATE = "assessment/notice";
    static final String FONT = "fonts/wqy-microhei-gb2312.ttf";
    static final String FAMILY = "UrbanGrid CJK";
    static final String CSS = "static/css/assessment-notice.css";

    static {
        // OpenHTMLtoPDF logs every font load and stylesheet parse at INFO on its own console handler: warnings only.
        XRLog.listRegisteredLoggers().forEach(name -> XRLog.setLevel(name, Level.WARNING));
    }

    private final ITemplateEngine templates;

    NoticeRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /** What only the console page has: the downloads, the publish form (with its CSRF token) and a refusal. */
    record Page(String xlsxUrl, String pdfUrl, boolean canPublish, CsrfToken csrf, String error) {}

    /** The console page's HTML. */
    String html(Notice notice, Locale locale, Page page) {
        return render(notice, locale, page);
    }

    /** The same template for the PDF: the stylesheet inlined, the console's parts left out. */
    private String render(Notice notice, Locale locale, Page page) {
        var context = new Context(locale);
        context.setVariable("notice", notice);
        context.setVariable("pdf", page == null);
        context.setVariable("css", page == null ? read(CSS) : "");
        context.setVariable("lang", locale.getLanguage().equals("en") ? "en" : "zh-CN");
        context.setVariable("page", page);
        return templates.process(TEMPLATE, context);
    }

    byte[] pdf(Notice notice, Locale locale) {
        var html = render(notice, locale, null);
        try (var out = new ByteArrayOutputStream()) {
            var builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(NoticeRenderer::font, FAMILY, 400, FontStyle.NORMAL, true);
            builder.useFont(NoticeRenderer::font, FAMILY, 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            builder.toStream(out);
            builder.run();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream font() {
        try {
            return new ClassPathResource(FONT).getInputStream();
        } catch (IOException e) {
            throw new UncheckedIOException("the notice font " + FONT + " is not on the class path", e);
        }
    }

    private static String read(String resource) {
        try (var in = new ClassPathResource(resource).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
