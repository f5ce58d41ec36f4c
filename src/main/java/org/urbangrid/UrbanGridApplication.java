package org.urbangrid;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** UrbanGrid, 数字化城市管理平台: grid management for a district's streets, sanitation, greenery and order. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class UrbanGridApplication {

    public static void main(String[] args) {
        SpringApplication.run(UrbanGridApplication.class, args);
    }
}
