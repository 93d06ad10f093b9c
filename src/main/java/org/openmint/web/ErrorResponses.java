package org.openmint.web;

import org.openmint.error.MintException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/** The error response of a broken rule, for code that answers errors itself (idempotent replays). */
public final class ErrorResponses {

    private ErrorResponses() {
    }

    public static ResponseEntity<ErrorBody> of(MintException e) {
        return ResponseEntity.status(ErrorStatus.of(e.errorCode())).contentType(MediaType.APPLICATION_JSON)
                .body(new ErrorBody(e.errorCode().code(), e.getMessage(), e.contexts()));
    }
}
