package org.urbangrid.platform;

/**
 * 演示模式: whether this installation runs the demo district — {@code urbangrid.demo=true}, or {@code auto} (the
 * default) on the embedded H2 database; never on a configured production database unless forced.
 */
public final class DemoMode {

    private DemoMode() {}

    public static boolean enabled(String setting, String datasourceUrl) {
        return switch (setting == null ? "auto" : setting.trim().toLowerCase()) {
            case "true" -> true;
            case "false" -> false;
            default -> datasourceUrl != null && datasourceUrl.startsWith("jdbc:h2:");
        };
    }

    public static boolean enabled(org.springframework.core.env.Environment environment) {
        return enabled(environment.getProperty("urbangrid.demo"), environment.getProperty("spring.datasource.url"));
    }
}
