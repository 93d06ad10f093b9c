package org.openmint.organization;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An address row of an organization. */
@Embeddable
class AddressEmbeddable {

    @Column(name = "address_id")
    private String addressId;
    private String address1;
    private String address2;
    private String city;
    private String country;
    @Column(name = "is_primary")
    private Boolean primary;
    private String state;
    private String zip;

    protected AddressEmbeddable() {
    }

    static AddressEmbeddable from(Address address) {
        AddressEmbeddable row = new AddressEmbeddable();
        row.addressId = address.id();
        row.address1 = address.address1();
        row.address2 = address.address2();
        row.city = address.city();
        row.country = address.country();
        row.primary = address.isPrimary();
        row.state = address.state();
        row.zip = address.zip();
        return row;
    }

    Address toAddress() {
        return new Address(address1, address2, city, country, addressId, primary, state, zip);
    }
}
