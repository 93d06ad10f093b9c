package org.openmint.organization;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface OrganizationRepository extends JpaRepository<OrganizationEntity, String> {

    @Query("select o.id from OrganizationEntity o")
    List<String> findAllIds();
}
