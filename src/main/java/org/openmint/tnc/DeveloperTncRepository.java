package org.openmint.tnc;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeveloperTncRepository extends JpaRepository<DeveloperTncEntity, DeveloperTncEntity.Key> {

    /** The account's history, newest first. */
    @Query("""
            select h from DeveloperTncEntity h where h.orgId = :orgId and h.developerId = :developerId
            order by h.auditDate desc, h.seq desc""")
    List<DeveloperTncEntity> findHistory(String orgId, UUID developerId);

    /** The account's history of one T&C, newest first. */
    @Query("""
            select h from DeveloperTncEntity h
            where h.orgId = :orgId and h.developerId = :developerId and h.tncId = :tncId
            order by h.auditDate desc, h.seq desc""")
    List<DeveloperTncEntity> findHistory(String orgId, UUID developerId, String tncId);

    boolean existsByOrgIdAndTncId(String orgId, String tncId);

    boolean existsByOrgIdAndDeveloperId(String orgId, UUID developerId);
}
