package org.urbangrid.console.cases;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.urbangrid.cases.CasePage;

/** Where a pager's links lead: the same address and filters, another page. */
record Paging(int page, int pages, long total, String previous, String next) {

    static Paging of(CasePage page, HttpServletRequest request) {
        int pages = (int) Math.max(1, (page.total() + page.size() - 1) / page.size());
        return new Paging(page.page(), pages, page.total(),
                page.page() > 0 ? link(request, page.page() - 1) : null,
                page.page() + 1 < pages ? link(request, page.page() + 1) : null);
    }

    private static String link(HttpServletRequest request, int page) {
        return ServletUriComponentsBuilder.fromRequest(request).replaceQueryParam("page", page)
                .replaceQueryParam("lang").build().toUriString().replaceFirst("^https?://[^/]+", "");
    }
}
