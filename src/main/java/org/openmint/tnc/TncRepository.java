package org.openmint.tnc;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.LockModeType;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;

interface TncRepository extends JpaRepository<TncEntity, TncEntity.Key> {

    Page<TncEntity> findByOrgId(String orgId, Pageable pageable);

    List<TncEntity> findByOrgId(String orgId);

    Optional<TncEntity> findByOrgIdAndId(String orgId, String id);

    /** The T&C in effect at {@code at}: the latest start not after it (the newest of a tie). */
    default Optional<TncEntity> findCurrent(String orgId, Instant at) {
        return findFirstByOrgIdAndStartDateLessThanEqualOrderByStartDateDescCreatedAtDescIdDesc(orgId, at);
    }

    Optional<TncEntity> findFirstByOrgIdAndStartDateLessThanEqualOrderByStartDateDescCreatedAtDescIdDesc(
            String orgId, Instant at);

    /** The T&C, kept from being deleted until the transaction ends (an accept or decline records it). */
    @Lock(LockModeType.PESSIMISTIC_READ)
    Optional<TncEntity> findForShareByOrgIdAndId(String orgId, String id);

    /** The T&C, locked until the transaction ends (a delete checks that nothing records it). */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    Optional<TncEntity> findForUpdateByOrgIdAndId(String orgId, String id);
}
