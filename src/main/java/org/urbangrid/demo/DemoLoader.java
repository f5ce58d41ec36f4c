package org.urbangrid.demo;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.urbangrid.grid.BaseMap;
import org.urbangrid.grid.Grid;
import org.urbangrid.grid.GridLevel;
import org.urbangrid.grid.Grids;
import org.urbangrid.organization.Organization;

/**
 * Loads the demo district on the first start of the embedded database ({@code urbangrid.demo=auto}, the
 * default), or wherever {@code urbangrid.demo=true} says so; never into a configured database otherwise. Then
 * the district's last few days are played ({@link DemoHistory}) unless {@code urbangrid.demo-history=false}.
 */
@Component
@org.springframework.core.annotation.Order(1)
class DemoLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoLoader.class);

    private final Environment environment;
    private final Organization organization;
    private final DemoOrganization demoOrganization;
    private final DemoGrids demoGrids;
    private final DemoRouting demoRouting;
    private final DemoComponents demoComponents;
    private final Grids grids;
    private final BaseMap baseMap;
    private final DemoHistory history;
    private final DemoChannels demoChannels;
    private final List<DemoPart> parts;

    DemoLoader(Environment environment, Organization organization, DemoOrganization demoOrganization,
            DemoGrids demoGrids, DemoRouting demoRouting, DemoComponents demoComponents, Grids grids, BaseMap baseMap,
            DemoHistory history, DemoChannels demoChannels, org.springframework.beans.factory.ObjectProvider<DemoPart> parts) {
        this.demoChannels = demoChannels;
        this.parts = parts.orderedStream().toList();
        this.baseMap = baseMap;
        this.environment = environment;
        this.organization = organization;
        this.demoOrganization = demoOrganization;
        this.demoGrids = demoGrids;
        this.demoRouting = demoRouting;
        this.demoComponents = demoComponents;
        this.grids = grids;
        this.history = history;
    }

    private Map<String, List<String>> unitGridsByCommunity() {
        var byCommunity = new TreeMap<String, List<String>>();
        for (var community : grids.ofLevel(GridLevel.COMMUNITY)) {
            byCommunity.put(community.code(), grids.children(community.code()).stream().map(Grid::code).toList());
        }
        return byCommunity;
    }

    static boolean enabled(String setting, String datasourceUrl) {
        return org.urbangrid.platform.DemoMode.enabled(setting, datasourceUrl);
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled(environment.getProperty("urbangrid.demo"), environment.getProperty("spring.datasource.url"))) {
            log.info("Demo data not loaded (urbangrid.demo={}, configured database)", environment.getProperty("urbangrid.demo"));
            return;
        }
        demoChannels.load();
        if (!organization.departments().isEmpty()) {
            if (baseMap.count() == 0 && grids.find(DemoGrids.DISTRICT).isPresent()) {
                // a demo database from before the base map: give it the demo base map once
                demoGrids.loadBaseMap();
                log.info("Demo base map loaded into the existing demo district");
            }
            return;
        }
        long started = System.nanoTime();
        demoOrganization.loadDepartments();
        demoGrids.load();
        demoOrganization.loadStaff(unitGridsByCommunity());
        demoComponents.load();
        demoRouting.load();
        parts.forEach(DemoPart::load);
        log.info("Demo district loaded in {} ms", (System.nanoTime() - started) / 1_000_000);
        if (history.wanted()) {
            history.play();
        }
    }
}
