package org.openmint.error;

/** The caller may not do this ({@code mint.forbidden}). */
public class ForbiddenException extends MintException {

    public ForbiddenException(String message) {
        super(ErrorCode.FORBIDDEN, message);
    }
}
