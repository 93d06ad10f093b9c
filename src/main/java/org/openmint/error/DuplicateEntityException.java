package org.openmint.error;

/** An id or name that already exists ({@code mint.duplicateEntity}). */
public class DuplicateEntityException extends MintException {

    public DuplicateEntityException(String entity, String id) {
        super(ErrorCode.DUPLICATE_ENTITY, entity + " with id [" + id + "] already exists");
    }

    public DuplicateEntityException(String message) {
        super(ErrorCode.DUPLICATE_ENTITY, message);
    }
}
