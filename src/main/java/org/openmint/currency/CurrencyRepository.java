package org.openmint.currency;

import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface CurrencyRepository extends JpaRepository<CurrencyEntity, CurrencyEntity.Key> {

    Page<CurrencyEntity> findByOrgId(String orgId, Pageable pageable);

    Optional<CurrencyEntity> findByOrgIdAndId(String orgId, String id);

    @Query("select c from CurrencyEntity c where c.orgId = :orgId and upper(c.name) = upper(:name)")
    Optional<CurrencyEntity> findByOrgIdAndNameIgnoreCase(String orgId, String name);

    @Query("select c.name from CurrencyEntity c where c.orgId = :orgId order by c.id")
    List<String> findNamesByOrgId(String orgId);
}
