package org.openmint.developer;

import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.BatchSize;
import org.openmint.attribute.Attribute;
import org.openmint.attribute.Attributes;

/** A developer or a company of an organization, with its custom attributes. */
@Entity
@Table(name = "developers")
@IdClass(DeveloperEntity.Key.class)
class DeveloperEntity {

    @Id
    @Column(name = "org_id")
    private String orgId;
    @Id
    @Column(name = "id")
    private UUID id;
    @Column(name = "is_company")
    private boolean company;
    private String email;
    private String name;
    private String firstName;
    private String lastName;
    private String userName;
    private String displayName;
    private String status;

    @ElementCollection
    @CollectionTable(name = "developer_attributes", joinColumns = {
            @JoinColumn(name = "org_id", referencedColumnName = "org_id"),
            @JoinColumn(name = "developer_id", referencedColumnName = "id")})
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<Attribute> attributes = new ArrayList<>();

    @Version
    private long version;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    private String updatedBy;

    protected DeveloperEntity() {
    }

    private DeveloperEntity(String orgId, boolean company, Instant now, String user) {
        this.orgId = orgId;
        this.id = UUID.randomUUID();
        this.company = company;
        this.status = "active";
        this.createdAt = now;
        this.createdBy = user;
        this.updatedAt = now;
        this.updatedBy = user;
    }

    static DeveloperEntity newDeveloper(String orgId, Instant now, String user) {
        return new DeveloperEntity(orgId, false, now, user);
    }

    static DeveloperEntity newCompany(String orgId, String name, Instant now, String user) {
        DeveloperEntity entity = new DeveloperEntity(orgId, true, now, user);
        entity.name = name;
        return entity;
    }

    /** Replaces a developer's profile with already validated values. */
    void replaceDeveloper(DeveloperFields fields, List<Attribute> newAttributes, Instant now, String user) {
        email = fields.email();
        firstName = fields.firstName();
        lastName = fields.lastName();
        userName = fields.userName();
        replaceAttributes(newAttributes);
        touch(now, user);
    }

    /** Replaces a company's profile with already validated values; the name never changes. */
    void replaceCompany(String newDisplayName, List<Attribute> newAttributes, Instant now, String user) {
        displayName = newDisplayName;
        replaceAttributes(newAttributes);
        touch(now, user);
    }

    /** Replaces the attributes alone with already validated ones. */
    void replaceAttributes(List<Attribute> newAttributes, Instant now, String user) {
        replaceAttributes(newAttributes);
        touch(now, user);
    }

    /** Sets the status, {@code active} or {@code inactive}. */
    void setStatus(String newStatus, Instant now, String user) {
        status = newStatus;
        touch(now, user);
    }

    private void replaceAttributes(List<Attribute> newAttributes) {
        if (newAttributes != null) {
            attributes.clear();
            attributes.addAll(newAttributes);
        }
    }

    private void touch(Instant now, String user) {
        updatedAt = now;
        updatedBy = user;
    }

    /** The value of an attribute, or null when it is absent. */
    String attribute(String attributeName) {
        return Attributes.valueOf(attributes, attributeName);
    }

    /** The value of an attribute, or null when it is absent or blank. */
    String attributeOrNull(String attributeName) {
        return Attributes.nonBlankValueOf(attributes, attributeName);
    }

    /** The email the mint API shows: the developer's, or one generated for a company. */
    String mintEmail() {
        return company ? orgId + "###" + name + "@APIGEE-GEN.FOR-COMPANY" : email;
    }

    /** The name the mint API shows: the developer's first and last name, or the company name. */
    String mintName() {
        return company ? name : firstName + " " + lastName;
    }

    /** How the account is addressed in paths and messages: the email, or the company name. */
    String key() {
        return company ? name : email;
    }

    String orgId() {
        return orgId;
    }

    UUID id() {
        return id;
    }

    boolean company() {
        return company;
    }

    String email() {
        return email;
    }

    String name() {
        return name;
    }

    String firstName() {
        return firstName;
    }

    String lastName() {
        return lastName;
    }

    String userName() {
        return userName;
    }

    String displayName() {
        return displayName;
    }

    String status() {
        return status;
    }

    List<Attribute> attributes() {
        return List.copyOf(attributes);
    }

    Instant createdAt() {
        return createdAt;
    }

    String createdBy() {
        return createdBy;
    }

    Instant updatedAt() {
        return updatedAt;
    }

    String updatedBy() {
        return updatedBy;
    }

    /** The validated core fields of a developer. */
    record DeveloperFields(String email, String firstName, String lastName, String userName) {
    }

    /** The primary key: organization and id. */
    record Key(String orgId, UUID id) implements Serializable {
        Key() {
            this(null, null);
        }
    }
}
