package org.openmint.catalog;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.QueryHint;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.QueryHints;

interface RatePlanRepository extends JpaRepository<RatePlanEntity, RatePlanEntity.Key> {

    Optional<RatePlanEntity> findByOrgIdAndId(String orgId, String id);

    Page<RatePlanEntity> findByOrgId(String orgId, Pageable pageable);

    List<RatePlanEntity> findByOrgIdAndPackageId(String orgId, String packageId, Sort sort);

    List<RatePlanEntity> findByOrgIdAndPackageIdIn(String orgId, Collection<String> packageIds, Sort sort);

    List<RatePlanEntity> findByOrgIdAndPublishedTrue(String orgId, Sort sort);

    boolean existsByOrgIdAndPackageId(String orgId, String packageId);

    boolean existsByOrgIdAndParentRatePlanId(String orgId, String parentRatePlanId);

    /**
     * The published revision of a plan: there is at most one. Read as committed, without first flushing a
     * revision being published (which would meet the database's unique index before the service's check).
     */
    @QueryHints(@QueryHint(name = "org.hibernate.flushMode", value = "COMMIT"))
    Optional<RatePlanEntity> findByOrgIdAndParentRatePlanIdAndPublishedTrue(String orgId, String parentRatePlanId);

    @Query("""
            select count(r) > 0 from RatePlanEntity r where r.orgId = :orgId and (r.currencyId = :currencyId
                or exists (select 1 from RatePlanDetailEntity d where d.orgId = r.orgId and d.ratePlanId = r.id
                    and d.currencyId = :currencyId))""")
    boolean existsUsingCurrency(String orgId, String currencyId);

    @Query("""
            select r.id from RatePlanEntity r where r.orgId = :orgId and r.packageId = :packageId and exists (
                select 1 from RatePlanDetailEntity d where d.orgId = r.orgId and d.ratePlanId = r.id
                    and d.productId = :productId)""")
    List<String> findIdsWithDetailForProduct(String orgId, String packageId, String productId);

    @Query("select r.id from RatePlanEntity r where r.orgId = :orgId and r.developerCategoryId = :categoryId order by r.id")
    List<String> findIdsByDeveloperCategory(String orgId, String categoryId);
}
