package org.openmint.category;

import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DeveloperCategoryRepository extends JpaRepository<DeveloperCategoryEntity, DeveloperCategoryEntity.Key> {

    @Query(value = "select c from DeveloperCategoryEntity c where c.orgId = :orgId order by lower(c.name), c.id", countQuery = "select count(c) from DeveloperCategoryEntity c where c.orgId = :orgId")
    Page<DeveloperCategoryEntity> findByOrgId(String orgId, Pageable pageable);

    List<DeveloperCategoryEntity> findAllByOrgId(String orgId);

    Optional<DeveloperCategoryEntity> findByOrgIdAndId(String orgId, String id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<DeveloperCategoryEntity> findForUpdateByOrgIdAndId(String orgId, String id);

    @Query("select c from DeveloperCategoryEntity c where c.orgId = :orgId and lower(c.name) = lower(:name)")
    Optional<DeveloperCategoryEntity> findByOrgIdAndNameIgnoreCase(String orgId, String name);
}
