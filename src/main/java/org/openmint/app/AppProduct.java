package org.openmint.app;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * An API product of an app and the status of its approval ({@code approved}, or {@code pending} for a
 * product approved by hand); {@code position} keeps the client's order.
 */
@Embeddable
record AppProduct(
        @Column(name = "product_name") String productName,
        @Column(name = "position") int position,
        @Column(name = "status") String status) {
}
