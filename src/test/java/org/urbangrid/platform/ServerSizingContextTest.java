package org.urbangrid.platform;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.urbangrid.support.IntegrationTest;

import com.zaxxer.hikari.HikariDataSource;

/** The running platform takes its pool size from the machine (the factories entry is read). */
class ServerSizingContextTest extends IntegrationTest {

    @Autowired
    DataSource dataSource;

    @Test
    void the_pool_is_sized_to_the_cores() {
        var pool = (HikariDataSource) dataSource;
        assertThat(pool.getMaximumPoolSize()).isEqualTo(2 * Runtime.getRuntime().availableProcessors() + 1);
    }
}
