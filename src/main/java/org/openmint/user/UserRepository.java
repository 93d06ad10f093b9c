package org.openmint.user;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface UserRepository extends JpaRepository<UserEntity, UUID> {

    /** The user with this username, compared case-insensitively (index {@code ux_mint_users_username}). */
    @Query("select u from UserEntity u where lower(u.username) = lower(:username)")
    Optional<UserEntity> findByUsername(String username);

    /** The same, with the roles, in one query: authentication runs this on every request of an organization user. */
    @Query("select u from UserEntity u left join fetch u.roles where lower(u.username) = lower(:username)")
    Optional<UserEntity> findWithRolesByUsername(String username);

    @Query(value = "select u from UserEntity u order by lower(u.username)", countQuery = "select count(u) from UserEntity u")
    Page<UserEntity> findAllOrderByUsername(Pageable pageable);
}
