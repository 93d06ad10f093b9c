package org.openmint.subscription;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AcceptedRatePlanRepository extends JpaRepository<AcceptedRatePlanEntity, AcceptedRatePlanEntity.Key> {

    Optional<AcceptedRatePlanEntity> findByOrgIdAndDeveloperIdAndId(String orgId, UUID developerId, UUID id);

    /** Every plan of the account, earliest start first. */
    List<AcceptedRatePlanEntity> findByOrgIdAndDeveloperIdOrderByStartDateAscCreatedAtAsc(String orgId,
            UUID developerId);

    Page<AcceptedRatePlanEntity> findByOrgIdAndDeveloperId(String orgId, UUID developerId, Pageable pageable);

    /** The account's plans in effect at {@code at}, latest start first. */
    @Query("""
            select p from AcceptedRatePlanEntity p
            where p.orgId = :orgId and p.developerId = :developerId and p.startDate <= :at
              and (p.endDate is null or p.endDate > :at)
            order by p.startDate desc, p.createdAt desc""")
    List<AcceptedRatePlanEntity> findInEffect(String orgId, UUID developerId, Instant at);

    boolean existsByOrgIdAndDeveloperId(String orgId, UUID developerId);

    boolean existsByOrgIdAndDeveloperIdAndRatePlanId(String orgId, UUID developerId, String ratePlanId);
}
