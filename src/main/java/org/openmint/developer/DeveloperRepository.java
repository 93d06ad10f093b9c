package org.openmint.developer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface DeveloperRepository extends JpaRepository<DeveloperEntity, DeveloperEntity.Key> {

    Optional<DeveloperEntity> findByOrgIdAndId(String orgId, UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<DeveloperEntity> findForUpdateByOrgIdAndId(String orgId, UUID id);

    @Query("select d from DeveloperEntity d where d.orgId = :orgId and d.company = false"
            + " and lower(d.email) = lower(:email)")
    Optional<DeveloperEntity> findDeveloperByEmail(String orgId, String email);

    @Query("select d from DeveloperEntity d where d.orgId = :orgId and d.company = true and lower(d.name) = lower(:name)")
    Optional<DeveloperEntity> findCompanyByName(String orgId, String name);

    @Query("select d.id from DeveloperEntity d where d.orgId = :orgId and d.company = false"
            + " and lower(d.email) = lower(:email)")
    Optional<UUID> findDeveloperIdByEmail(String orgId, String email);

    @Query("select d.id from DeveloperEntity d where d.orgId = :orgId and d.company = true and lower(d.name) = lower(:name)")
    Optional<UUID> findCompanyIdByName(String orgId, String name);

    @Query(value = "select d from DeveloperEntity d where d.orgId = :orgId and d.company = false order by lower(d.email)", countQuery = "select count(d) from DeveloperEntity d where d.orgId = :orgId and d.company = false")
    Page<DeveloperEntity> findDevelopers(String orgId, Pageable pageable);

    @Query(value = "select d from DeveloperEntity d where d.orgId = :orgId and d.company = true order by lower(d.name)", countQuery = "select count(d) from DeveloperEntity d where d.orgId = :orgId and d.company = true")
    Page<DeveloperEntity> findCompanies(String orgId, Pageable pageable);

    /** The developers (not companies) owning an app of this name (any case). */
    @Query(value = "SELECT d.* FROM developers d WHERE d.org_id = :orgId AND NOT d.is_company AND EXISTS (SELECT 1"
            + " FROM apps a WHERE a.org_id = d.org_id AND a.developer_id = d.id AND lower(a.name) = lower(:app))"
            + " ORDER BY lower(d.email)", nativeQuery = true)
    List<DeveloperEntity> findDevelopersByApp(String orgId, String app);

    @Query("select d from DeveloperEntity d where d.orgId = :orgId and d.company = false"
            + " and lower(d.email) >= lower(:startKey) order by lower(d.email)")
    List<DeveloperEntity> findDevelopersFrom(String orgId, String startKey, Limit limit);

    @Query("select d from DeveloperEntity d where d.orgId = :orgId and d.company = true"
            + " and lower(d.name) >= lower(:startKey) order by lower(d.name)")
    List<DeveloperEntity> findCompaniesFrom(String orgId, String startKey, Limit limit);

    /** The emails or company names of the accounts whose {@code MINT_DEVELOPER_CATEGORY} is this id, at most {@code limit}. */
    @Query(value = """
            SELECT coalesce(d.email, d.name) FROM developer_attributes a
            JOIN developers d ON d.org_id = a.org_id AND d.id = a.developer_id
            WHERE a.org_id = :orgId AND a.name = 'MINT_DEVELOPER_CATEGORY'
              AND md5(a.value) = md5(:categoryId) AND a.value = :categoryId
            ORDER BY 1 LIMIT :limit""", nativeQuery = true)
    List<String> findKeysInCategory(String orgId, String categoryId, int limit);
}
