package org.urbangrid.open311.web;

import org.springframework.http.HttpStatus;

/** A refusal in Open311's shape: the HTTP status (400, 403 or 404) and a description naming the parameter. */
class Open311Refusal extends RuntimeException {

    private final HttpStatus status;

    Open311Refusal(HttpStatus status, String description) {
        super(description, null, false, false);
        this.status = status;
    }

    HttpStatus status() {
        return status;
    }
}
