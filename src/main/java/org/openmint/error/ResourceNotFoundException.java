package org.openmint.error;

/** A referenced entity that does not exist ({@code mint.resourceDoesNotExist}). */
public class ResourceNotFoundException extends MintException {

    public ResourceNotFoundException(String entity, String id) {
        super(ErrorCode.RESOURCE_DOES_NOT_EXIST, entity + " with id [" + id + "] does not exist");
    }
}
