package org.urbangrid.citizens;

import java.util.Locale;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.grid.GridsChanged;

/**
 * 公众站点: what the public pages' shared layout ({@code templates/public/layout.html}) reads, as the bean
 * {@code publicSite}: the city's name — the district's (区) name in the page's language — kept until the grids change.
 */
@Component("publicSite")
public class PublicSite {

    private final Grids grids;
    private volatile String[] names;

    PublicSite(Grids grids) {
        this.grids = grids;
    }

    /** The district's name in the language (its English name when it has one), else "UrbanGrid". */
    public String cityName(Locale locale) {
        var known = names;
        if (known == null) {
            var district = grids.ofLevel(GridLevel.DISTRICT).stream().findFirst();
            known = new String[] {district.map(d -> d.name()).orElse("UrbanGrid"),
                    district.map(d -> d.nameEn() == null ? d.name() : d.nameEn()).orElse("UrbanGrid")};
            names = known;
        }
        return locale != null && "en".equals(locale.getLanguage()) ? known[1] : known[0];
    }

    /** The district's box, WGS84 {@code minLng,minLat,maxLng,maxLat}, for maps (empty when there is no district). */
    public String districtBox() {
        return grids.districtBox();
    }

    @EventListener
    void on(GridsChanged changed) {
        names = null;
    }
}
