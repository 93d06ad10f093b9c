package org.openmint.app;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

interface AppRepository extends JpaRepository<AppEntity, AppEntity.Key> {

    Optional<AppEntity> findByOrgIdAndId(String orgId, UUID id);

    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<AppEntity> findForUpdateByOrgIdAndId(String orgId, UUID id);

    @Query("select a from AppEntity a where a.orgId = :orgId and a.ownerId = :ownerId and lower(a.name) = lower(:name)")
    Optional<AppEntity> findByOwnerAndName(String orgId, UUID ownerId, String name);

    @Query("select a.id from AppEntity a where a.orgId = :orgId and a.ownerId = :ownerId"
            + " and lower(a.name) = lower(:name)")
    Optional<UUID> findIdByOwnerAndName(String orgId, UUID ownerId, String name);

    @Query("select a from AppEntity a where a.orgId = :orgId and a.ownerId = :ownerId"
            + " and lower(a.name) >= lower(:startKey) order by lower(a.name)")
    List<AppEntity> findByOwnerFrom(String orgId, UUID ownerId, String startKey, Limit limit);

    /** The organization's apps ordered by id, from {@code startKey} (inclusive), of {@code status} when given. */
    @Query(value = "SELECT * FROM apps WHERE org_id = :orgId AND (CAST(:status AS TEXT) IS NULL"
            + " OR lower(status) = lower(CAST(:status AS TEXT))) AND CAST(id AS TEXT) >= :startKey"
            + " ORDER BY id LIMIT :limit", nativeQuery = true)
    List<AppEntity> findInOrganizationFrom(String orgId, String status, String startKey, int limit);
}
