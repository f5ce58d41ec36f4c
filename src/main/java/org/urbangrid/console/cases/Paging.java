package org.urbangrid.console.cases;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.urbangrid.cases.CasePage;

/**
 * Where a pager's links lead: the same address and filters, another page. The next page is read after the
 * list's cursor (keyset paging, as fast on page 500 as on page 1); the previous one by its number. A total past
 * the count cap reads "1,000+".
 */
record Paging(int page, int pages, long total, String totalText, String previous, String next) {

    static Paging of(CasePage page, HttpServletRequest request) {
        int pages = (int) Math.max(1, (page.total() + page.size() - 1) / page.size());
        String next = null;
        if (page.next() != null) {
            next = link(request, page.page() + 1, page.next());
        } else if (!page.totalCapped() && page.page() + 1 < pages) {
            next = link(request, page.page() + 1, null);
        }
        return new Paging(page.page(), pages, page.total(), totalText(page),
                page.page() > 0 ? link(request, page.page() - 1, null) : null, next);
    }

    /** "234", or "1,000+" when counting stopped at the cap. */
    static String totalText(CasePage page) {
        return String.format(Locale.ROOT, "%,d", page.total()) + (page.totalCapped() ? "+" : "");
    }

    /** Whether there is more than one page to move between. */
    public boolean shown() {
        return previous != null || next != null;
    }

    private static String link(HttpServletRequest request, int page, String after) {
        var uri = ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page", page)
                .replaceQueryParam("lang").replaceQueryParam("after");
        if (after != null) {
            uri.replaceQueryParam("after", after);
        }
        return uri.build().toUriString().replaceFirst("^https?://[^/]+", "");
    }
}
