package org.openmint.tnc;

import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.openmint.catalog.PlanDates;
import org.openmint.organization.OrganizationProfile;

/** A terms-and-conditions document of an organization, in effect from its start date. */
@Entity
@Table(name = "terms_and_conditions")
@IdClass(TncEntity.Key.class)
class TncEntity {

    @Id
    private String orgId;
    @Id
    private String id;
    private String url;
    private String tncText;
    private String version;
    private Instant startDate;
    @Version
    private long lockVersion;
    private Instant createdAt;
    private Instant updatedAt;

    protected TncEntity() {
    }

    TncEntity(String orgId, String id, Instant now) {
        this.orgId = orgId;
        this.id = id;
        this.createdAt = now;
    }

    void replace(TncFields fields, Instant now) {
        url = fields.url();
        tncText = fields.tncText();
        version = fields.version();
        startDate = fields.startDate();
        updatedAt = now;
    }

    String id() {
        return id;
    }

    /** The T&C as the API shows it, its start date in the organization's time zone. */
    Tnc view(OrganizationProfile organization) {
        ZoneId zone = organization.zone();
        return new Tnc(id, organization, PlanDates.format(startDate, zone), tncText, url, version);
    }

    /** The validated fields a create or replace sets. */
    record TncFields(String url, String tncText, String version, Instant startDate) {
    }

    /** The primary key: organization and T&C id. */
    record Key(String orgId, String id) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
