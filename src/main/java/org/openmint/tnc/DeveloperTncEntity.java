package org.openmint.tnc;

import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.openmint.web.Timestamps;

/** One accept or decline of a T&C by a developer or company; never changed (the table is insert-only). */
@Entity
@Immutable
@Table(name = "developer_tncs")
@IdClass(DeveloperTncEntity.Key.class)
class DeveloperTncEntity {

    @Id
    private String orgId;
    @Id
    private UUID id;
    /** Insertion order, set by the database: orders the entries that share an audit date. */
    @Column(insertable = false, updatable = false)
    private Long seq;
    private UUID developerId;
    private String tncId;
    private String action;
    private Instant auditDate;

    protected DeveloperTncEntity() {
    }

    DeveloperTncEntity(String orgId, UUID developerId, String tncId, String action, Instant auditDate) {
        this.orgId = orgId;
        this.id = UUID.randomUUID();
        this.developerId = developerId;
        this.tncId = tncId;
        this.action = action;
        this.auditDate = auditDate;
    }

    String tncId() {
        return tncId;
    }

    /** The entry as the API shows it, with its T&C; the audit date in UTC. */
    DeveloperTnc view(Tnc tnc) {
        return new DeveloperTnc(action, Timestamps.utc(auditDate), id.toString(), tnc);
    }

    /** The primary key: organization and entry id. */
    record Key(String orgId, UUID id) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
