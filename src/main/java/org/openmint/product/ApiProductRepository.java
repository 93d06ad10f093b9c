package org.openmint.product;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ApiProductRepository extends JpaRepository<ApiProductEntity, ApiProductEntity.Key> {

    Optional<ApiProductEntity> findByOrgIdAndName(String orgId, String name);

    @Query("select p from ApiProductEntity p where p.orgId = :orgId and lower(p.name) = lower(:name)")
    Optional<ApiProductEntity> findByOrgIdAndNameIgnoreCase(String orgId, String name);

    @Query("select p from ApiProductEntity p where p.orgId = :orgId and p.name in :names")
    List<ApiProductEntity> findByOrgIdAndNameIn(String orgId, Collection<String> names);

    @Query(value = "select * from api_products where org_id = :orgId order by name collate \"C\"", nativeQuery = true)
    List<ApiProductEntity> findByOrgIdInNameOrder(String orgId);
}
