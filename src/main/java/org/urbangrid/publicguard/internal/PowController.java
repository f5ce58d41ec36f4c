package org.urbangrid.publicguard.internal;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.urbangrid.publicguard.ProofOfWork;
import org.urbangrid.publicguard.PublicClient;

/** Hands out proof-of-work challenges (工作量证明挑战): {@code GET /public/pow/challenge}. */
@RestController
class PowController {

    private final ProofOfWork proofOfWork;

    PowController(ProofOfWork proofOfWork) {
        this.proofOfWork = proofOfWork;
    }

    /**
     * A new challenge, {@code {challenge, difficulty, expiresAt}}: find a nonce such that SHA-256(challenge ":" nonce)
     * starts with {@code difficulty} zero bits and send both with the write before {@code expiresAt}.
     */
    @GetMapping(path = "/public/pow/challenge", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<ProofOfWork.Challenge> challenge(HttpServletRequest request) {
        return ResponseEntity.ok().cacheControl(CacheControl.noStore())
                .body(proofOfWork.issue(PublicClient.of(request)));
    }
}
