package org.urbangrid.publicguard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.urbangrid.platform.UrbanGridException;
import org.urbangrid.publicguard.internal.GuardSecret;
import org.urbangrid.publicguard.internal.PublicGuardProperties;
import org.urbangrid.publicguard.internal.UsedChallenges;
import org.urbangrid.support.IntegrationTest;

/** Proof of work on H2 and on PostgreSQL alike: what is accepted once, and every way a challenge is refused. */
abstract class PublicGuardProofOfWorkContract extends IntegrationTest {

    @Autowired
    ProofOfWork proofOfWork;

    @Autowired
    JdbcClient jdbc;

    static UrbanGridException refusal(Runnable verify) {
        try {
            verify.run();
        } catch (UrbanGridException e) {
            assertThat(e.status().value()).isEqualTo(400);
            assertThat(e.properties()).containsEntry("field", "powNonce");
            return e;
        }
        throw new AssertionError("accepted");
    }

    /** A nonce that does not solve the challenge. */
    static String wrongNonce(String challenge, int difficulty) {
        for (int n = 0; ; n++) {
            if (ProofOfWork.leadingZeroBits(challenge, "w" + n) < difficulty) {
                return "w" + n;
            }
        }
    }

    /** A second node: its own memory, the same database and secret. */
    ProofOfWork otherNode(GuardSecret secret) {
        var settings = new PublicGuardProperties.Pow();
        return new ProofOfWork(secret, new UsedChallenges(jdbc, clock, 1000, settings.getTtl()), clock, settings,
                address -> 0);
    }

    @Test
    void a_challenge_solved_at_the_default_difficulty_is_accepted_once() {
        var issued = proofOfWork.issue(18);
        assertThat(issued.difficulty()).isEqualTo(18);
        assertThat(issued.expiresAt()).isEqualTo(clock.instant().plus(Duration.ofMinutes(5)));
        var nonce = ProofOfWork.solve(issued.challenge());
        assertThat(ProofOfWork.leadingZeroBits(issued.challenge(), nonce)).isGreaterThanOrEqualTo(18);
        proofOfWork.verify(issued.challenge(), nonce);
        assertThat(refusal(() -> proofOfWork.verify(issued.challenge(), nonce)).messageKey()).isEqualTo("error.pow.used");
    }

    @Test
    void a_wrong_nonce_is_refused_and_leaves_the_challenge_usable() {
        var issued = proofOfWork.issue(12);
        assertThat(refusal(() -> proofOfWork.verify(issued.challenge(), wrongNonce(issued.challenge(), 12))).messageKey())
                .isEqualTo("error.pow.wrong-nonce");
        proofOfWork.verify(issued.challenge(), ProofOfWork.solve(issued.challenge()));
    }

    @Test
    void an_expired_challenge_is_refused() {
        var issued = proofOfWork.issue(8);
        var nonce = ProofOfWork.solve(issued.challenge());
        clock.advance(Duration.ofMinutes(5));
        assertThat(refusal(() -> proofOfWork.verify(issued.challenge(), nonce)).messageKey()).isEqualTo("error.pow.expired");
    }

    @Test
    void a_tampered_challenge_is_refused() {
        var issued = proofOfWork.issue(16);
        var parts = issued.challenge().split("\\.");
        // an easier difficulty, a later expiry, another random part: each breaks the signature
        var easier = parts[0] + "." + parts[1] + ".1." + parts[3];
        var later = parts[0] + "." + (Long.parseLong(parts[1]) + 3600) + "." + parts[2] + "." + parts[3];
        var other = (parts[0].charAt(0) == 'A' ? "B" : "A") + parts[0].substring(1) + "." + parts[1] + "." + parts[2] + "." + parts[3];
        for (var tampered : new String[] {easier, later, other, "garbage", issued.challenge() + "x"}) {
            var nonce = ProofOfWork.difficultyOf(tampered) > 0 ? ProofOfWork.solve(tampered) : "1";
            assertThat(refusal(() -> proofOfWork.verify(tampered, nonce)).messageKey()).as(tampered)
                    .isEqualTo("error.pow.invalid");
        }
        // signed with another secret: invalid too
        var foreign = otherNodeWith(new GuardSecret("another secret, another city, another platform")).issue(4);
        assertThat(refusal(() -> proofOfWork.verify(foreign.challenge(), ProofOfWork.solve(foreign.challenge())))
                .messageKey()).isEqualTo("error.pow.invalid");
    }

    ProofOfWork otherNodeWith(GuardSecret secret) {
        return otherNode(secret);
    }

    @Test
    void a_missing_challenge_or_nonce_is_refused() {
        assertThat(refusal(() -> proofOfWork.verify(null, "1")).messageKey()).isEqualTo("error.pow.missing");
        assertThat(refusal(() -> proofOfWork.verify(proofOfWork.issue(4).challenge(), " ")).messageKey())
                .isEqualTo("error.pow.missing");
        assertThat(refusal(() -> proofOfWork.verify(new MockHttpServletRequest())).messageKey())
                .isEqualTo("error.pow.missing");
    }

    @Test
    void the_request_carries_it_as_form_fields_or_headers() {
        var form = new MockHttpServletRequest("POST", "/public/reports");
        var first = proofOfWork.issue(8);
        form.addParameter("powChallenge", first.challenge());
        form.addParameter("powNonce", ProofOfWork.solve(first.challenge()));
        proofOfWork.verify(form);

        var json = new MockHttpServletRequest("POST", "/public/reports");
        var second = proofOfWork.issue(8);
        json.addHeader("X-Pow-Challenge", second.challenge());
        json.addHeader("X-Pow-Nonce", ProofOfWork.solve(second.challenge()));
        proofOfWork.verify(json);
        assertThat(refusal(() -> proofOfWork.verify(json)).messageKey()).isEqualTo("error.pow.used");
    }

    @Test
    void a_challenge_used_on_one_node_is_refused_on_another() {
        var secret = new GuardSecret("one city secret shared by both nodes of this test");
        var nodeA = otherNode(secret);
        var nodeB = otherNode(secret);
        var issued = nodeA.issue(8);
        var nonce = ProofOfWork.solve(issued.challenge());
        nodeB.verify(issued.challenge(), nonce);
        assertThat(refusal(() -> nodeA.verify(issued.challenge(), nonce)).messageKey()).isEqualTo("error.pow.used");
        // and a third instance, memory empty, asks the database
        assertThat(refusal(() -> otherNode(secret).verify(issued.challenge(), nonce)).messageKey())
                .isEqualTo("error.pow.used");
    }

    @Test
    void expired_rows_are_purged() {
        var secret = new GuardSecret("a secret for the purge test of the proof of work");
        var node = otherNode(secret);
        var old = node.issue(4);
        node.verify(old.challenge(), ProofOfWork.solve(old.challenge()));
        var id = old.challenge().substring(0, 32);
        assertThat(rows(id)).isEqualTo(1);
        clock.advance(Duration.ofMinutes(7));
        var fresh = node.issue(4);
        node.verify(fresh.challenge(), ProofOfWork.solve(fresh.challenge()));
        assertThat(rows(id)).isZero();
        assertThat(rows(fresh.challenge().substring(0, 32))).isEqualTo(1);
    }

    @Test
    void a_busy_address_is_asked_for_more_work_up_to_the_most() {
        var settings = new PublicGuardProperties.Pow();
        var secret = new GuardSecret("a secret for the rising difficulty test of the guard");
        var used = new UsedChallenges(jdbc, clock, 1000, settings.getTtl());
        var quiet = new ProofOfWork(secret, used, clock, settings, address -> 0);
        var busy = new ProofOfWork(secret, used, clock, settings, address -> 7);
        var flooding = new ProofOfWork(secret, used, clock, settings, address -> 1000);
        var client = new PublicClient("203.0.113.9", null);
        assertThat(quiet.issue(client).difficulty()).isEqualTo(18);
        assertThat(busy.issue(client).difficulty()).isEqualTo(20);
        assertThat(flooding.issue(client).difficulty()).isEqualTo(22);
    }

    private long rows(String id) {
        return jdbc.sql("select count(*) from public_pow_used where challenge_id = ?").param(id).query(Long.class).single();
    }
}
