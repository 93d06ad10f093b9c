package org.openmint.category;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface DeveloperRoleRepository extends JpaRepository<DeveloperRoleEntity, DeveloperRoleEntity.Key> {

    @Query(value = "select r from DeveloperRoleEntity r where r.orgId = :orgId order by lower(r.name), r.name", countQuery = "select count(r) from DeveloperRoleEntity r where r.orgId = :orgId")
    Page<DeveloperRoleEntity> findByOrgId(String orgId, Pageable pageable);

    List<DeveloperRoleEntity> findAllByOrgId(String orgId);

    @Query("select r from DeveloperRoleEntity r where r.orgId = :orgId and lower(r.name) = lower(:name)")
    Optional<DeveloperRoleEntity> findByOrgIdAndNameIgnoreCase(String orgId, String name);
}
