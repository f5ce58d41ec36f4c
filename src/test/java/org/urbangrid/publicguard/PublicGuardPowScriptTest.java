package org.urbangrid.publicguard;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.urbangrid.publicguard.internal.GuardSecret;
import org.urbangrid.publicguard.internal.PublicGuardProperties;
import org.urbangrid.publicguard.internal.UsedChallenges;

/**
 * The browser's solver ({@code static/js/pow.js}, run by Node where it is installed) finds nonces the Java verifier
 * accepts, at the default difficulty, for challenges of every length around the script's 64-byte block boundary.
 */
class PublicGuardPowScriptTest {

    @Test
    void the_script_solves_what_the_server_checks() throws Exception {
        Assumptions.assumeTrue(nodeInstalled(), "node is not installed");
        var script = Path.of("src/main/resources/static/js/pow.js").toAbsolutePath();
        var clock = Clock.fixed(Instant.parse("2026-11-25T01:00:00Z"), ZoneOffset.UTC);
        var proofOfWork = new ProofOfWork(new GuardSecret("a secret for the script test of the proof of work"),
                new UsedChallenges(JdbcClient.create(new org.springframework.jdbc.datasource.SimpleDriverDataSource()),
                        clock, 10, Duration.ofMinutes(5)), clock, new PublicGuardProperties.Pow(), address -> 0);
        var challenge = proofOfWork.issue(18).challenge();
        for (var text : new String[] {challenge, "x".repeat(63), "y".repeat(64), "z".repeat(120)}) {
            var node = new ProcessBuilder("node", "-e",
                    "process.stdout.write(require(process.argv[1]).solve(process.argv[2], 18, 0, 1, Infinity))",
                    script.toString(), text).redirectErrorStream(true).start();
            assertThat(node.waitFor(60, TimeUnit.SECONDS)).isTrue();
            var nonce = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertThat(nonce).as(text).matches("[0-9]+");
            assertThat(ProofOfWork.leadingZeroBits(text, nonce)).as(text).isGreaterThanOrEqualTo(18);
        }
    }

    private static boolean nodeInstalled() {
        try {
            return new ProcessBuilder("node", "--version").start().waitFor(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            return false;
        }
    }
}
