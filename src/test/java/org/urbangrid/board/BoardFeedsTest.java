package org.urbangrid.board;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.grid.Grids;
import org.urbangrid.support.IntegrationTest;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The Atom feeds parsed as XML: RFC 4287's required elements, stable tag: ids, new and closed entries, 304, 404. */
class BoardFeedsTest extends IntegrationTest {

    static final String ATOM = "http://www.w3.org/2005/Atom";

    @Autowired
    Grids grids;

    static Document parse(byte[] xml) throws Exception {
        var factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }

    static List<Element> children(Element parent, String name) {
        var found = new ArrayList<Element>();
        for (var n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && ATOM.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) {
                found.add(e);
            }
        }
        return found;
    }

    static String one(Element parent, String name) {
        var found = children(parent, name);
        assertThat(found).as(name + " in " + parent.getLocalName()).hasSize(1);
        return found.get(0).getTextContent();
    }

    @Test
    void a_street_feed_is_valid_atom_with_a_new_and_a_closed_entry_per_case() throws Exception {
        var seeds = new BoardSeeds(api, mvc, grids);
        long open = seeds.reported("订阅测试:新报告");
        long closed = seeds.closed("订阅测试:已办结");
        var openNumber = seeds.number(open);
        var closedNumber = seeds.number(closed);

        var result = mvc.get().uri("/public/feeds/street/{c}.atom", BoardSeeds.STREET).exchange();
        assertThat(result).hasStatusOk();
        assertThat(result.getResponse().getContentType()).startsWith("application/atom+xml");
        var etag = result.getResponse().getHeader("ETag");
        assertThat(etag).isNotBlank();
        assertThat(result.getResponse().getHeader("Last-Modified")).isNotBlank();
        var doc = parse(result.getResponse().getContentAsByteArray());
        var feed = doc.getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(feed.getLocalName()).isEqualTo("feed");
        assertThat(one(feed, "id")).isEqualTo("tag:urbangrid,2026:feed/street/" + BoardSeeds.STREET);
        assertThat(one(feed, "title")).contains("凌水街道");
        OffsetDateTime.parse(one(feed, "updated"));
        assertThat(children(feed, "author")).hasSize(1);
        var self = children(feed, "link").stream().filter(l -> "self".equals(l.getAttribute("rel"))).toList();
        assertThat(self).hasSize(1);
        assertThat(self.get(0).getAttribute("href")).endsWith("/public/feeds/street/" + BoardSeeds.STREET + ".atom");

        var entries = children(feed, "entry");
        assertThat(entries).isNotEmpty().hasSizeLessThanOrEqualTo(50);
        var ids = new ArrayList<String>();
        OffsetDateTime previous = null;
        for (var e : entries) {
            var id = one(e, "id");
            assertThat(id).matches("tag:urbangrid,2026:case/\\d{8}-\\d{5,}/(reported|closed)");
            ids.add(id);
            assertThat(one(e, "title")).isNotBlank();
            var updated = OffsetDateTime.parse(one(e, "updated"));
            if (previous != null) {
                assertThat(updated).isBeforeOrEqualTo(previous);
            }
            previous = updated;
            assertThat(children(e, "link")).anySatisfy(l -> assertThat(l.getAttribute("href")).contains("/public/board/cases/"));
            assertThat(one(e, "summary")).contains("当前状态");
        }
        assertThat(ids).doesNotHaveDuplicates().contains(
                "tag:urbangrid,2026:case/" + openNumber + "/reported",
                "tag:urbangrid,2026:case/" + closedNumber + "/reported",
                "tag:urbangrid,2026:case/" + closedNumber + "/closed");
        var closedEntry = entries.stream().filter(e -> one(e, "id").endsWith(closedNumber + "/closed")).findFirst()
                .orElseThrow();
        assertThat(one(closedEntry, "summary")).contains("已办结", "已清运完毕");

        var again = mvc.get().uri("/public/feeds/street/{c}.atom", BoardSeeds.STREET).header("If-None-Match", etag)
                .exchange();
        assertThat(again).hasStatus(304);
    }

    @Test
    void a_community_feed_is_valid_and_an_unknown_or_wrong_level_code_is_404() throws Exception {
        var result = mvc.get().uri("/public/feeds/community/{c}.atom", BoardSeeds.COMMUNITY).exchange();
        assertThat(result).hasStatusOk();
        var feed = parse(result.getResponse().getContentAsByteArray()).getDocumentElement();
        assertThat(feed.getNamespaceURI()).isEqualTo(ATOM);
        assertThat(one(feed, "id")).isEqualTo("tag:urbangrid,2026:feed/community/" + BoardSeeds.COMMUNITY);
        for (var e : children(feed, "entry")) {
            assertThat(one(e, "id")).startsWith("tag:urbangrid,2026:case/");
        }
        assertThat(mvc.get().uri("/public/feeds/street/999999999.atom").exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/public/feeds/street/{c}.atom", BoardSeeds.COMMUNITY).exchange()).hasStatus(404);
        assertThat(mvc.get().uri("/public/feeds/community/{c}.atom", BoardSeeds.STREET).exchange()).hasStatus(404);
    }
}
