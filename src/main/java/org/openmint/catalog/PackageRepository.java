package org.openmint.catalog;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PackageRepository extends JpaRepository<PackageEntity, PackageEntity.Key> {

    Optional<PackageEntity> findByOrgIdAndId(String orgId, String id);

    Page<PackageEntity> findByOrgId(String orgId, Pageable pageable);

    /** Packages with at least one published rate plan. */
    @Query("""
            select p from PackageEntity p where p.orgId = :orgId and exists (
                select 1 from RatePlanEntity r where r.orgId = p.orgId and r.packageId = p.id and r.published = true)""")
    Page<PackageEntity> findMonetizedByOrgId(String orgId, Pageable pageable);

    @Query("select p.id from PackageEntity p join p.productIds product where p.orgId = :orgId and product = :productId")
    List<String> findIdsByOrgIdAndProductId(String orgId, String productId);

    /** The products of packages with at least one published rate plan. */
    @Query("""
            select distinct product from PackageEntity p join p.productIds product where p.orgId = :orgId and exists (
                select 1 from RatePlanEntity r where r.orgId = p.orgId and r.packageId = p.id and r.published = true)""")
    List<String> findMonetizedProductIds(String orgId);
}
