package org.openmint.organization;

import jakarta.persistence.Embeddable;

/** A stored association of an organization with a pod. */
@Embeddable
class PodEmbeddable {

    private String region;
    private String pod;

    protected PodEmbeddable() {
    }

    PodEmbeddable(Pod pod) {
        this.region = pod.region();
        this.pod = pod.name();
    }

    Pod toPod() {
        return new Pod(pod, region);
    }
}
