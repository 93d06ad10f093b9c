package org.openmint.provider;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ProviderRepository extends JpaRepository<ProviderEntity, ProviderEntity.Key> {

    List<ProviderEntity> findByOrgIdOrderById(String orgId);
}
