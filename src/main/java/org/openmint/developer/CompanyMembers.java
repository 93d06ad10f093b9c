package org.openmint.developer;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.openmint.error.InvalidRequestException;
import org.openmint.error.ResourceNotFoundException;
import org.openmint.organization.OrganizationService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of a company (core Edge): developers of the organization, each with an optional role. Adding a member
 * that is one already sets its role; a membership goes with its company or developer.
 */
@Service
class CompanyMembers {

    private static final int MAX_ROLE = 255;

    private final JdbcClient jdbc;
    private final DeveloperService developers;
    private final OrganizationService organizations;
    private final Clock clock;

    CompanyMembers(JdbcClient jdbc, DeveloperService developers, OrganizationService organizations, Clock clock) {
        this.jdbc = jdbc;
        this.developers = developers;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The company's members ordered by email. */
    @Transactional(readOnly = true)
    CompanyMembership list(String org, String companyName) {
        organizations.get(org);
        return members(org, developers.findCompany(org, companyName).id());
    }

    /**
     * Adds the developers given (or sets their role when members already) and answers them as Edge does.
     *
     * @throws InvalidRequestException when the list or an email is missing
     * @throws ResourceNotFoundException when the organization, the company or a developer does not exist
     */
    @Transactional
    CompanyMembership add(String org, String companyName, CompanyMembership request) {
        organizations.get(org);
        UUID companyId = developers.lockCompany(org, companyName).id();
        if (request == null || request.developer() == null) {
            throw InvalidRequestException.missing("developer");
        }
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        List<CompanyMembership.Member> added = request.developer().stream().map(member -> {
            if (member == null || member.email() == null || member.email().isBlank()) {
                throw InvalidRequestException.missing("developer.email");
            }
            if (member.role() != null && member.role().length() > MAX_ROLE) {
                throw InvalidRequestException.forField("developer.role", member.role(),
                        "Field [developer.role] must be at most " + MAX_ROLE + " characters");
            }
            DeveloperEntity developer = developers.findDeveloper(org, member.email().trim());
            jdbc.sql("""
                    INSERT INTO company_members (org_id, company_id, developer_id, role, created_at, updated_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (org_id, company_id, developer_id) DO UPDATE SET role = EXCLUDED.role,
                        updated_at = EXCLUDED.updated_at""")
                    .params(org, companyId, developer.id(), member.role(), now, now).update();
            return new CompanyMembership.Member(developer.email(), member.role());
        }).toList();
        return new CompanyMembership(added);
    }

    /**
     * Removes the developer (by email or id) from the company and answers the members left.
     *
     * @throws ResourceNotFoundException when the organization, the company or the developer does not exist, or the
     *         developer is not a member
     */
    @Transactional
    CompanyMembership remove(String org, String companyName, String emailOrId) {
        organizations.get(org);
        UUID companyId = developers.lockCompany(org, companyName).id();
        DeveloperEntity developer = developers.findDeveloper(org, emailOrId);
        int removed = jdbc.sql("DELETE FROM company_members WHERE org_id = ? AND company_id = ? AND developer_id = ?")
                .params(org, companyId, developer.id()).update();
        if (removed == 0) {
            throw new ResourceNotFoundException("Company member", emailOrId);
        }
        return members(org, companyId);
    }

    private CompanyMembership members(String org, UUID companyId) {
        return new CompanyMembership(jdbc.sql("""
                SELECT d.email, m.role FROM company_members m
                JOIN developers d ON d.org_id = m.org_id AND d.id = m.developer_id
                WHERE m.org_id = ? AND m.company_id = ? ORDER BY lower(d.email)""")
                .params(org, companyId)
                .query((rs, row) -> new CompanyMembership.Member(rs.getString("email"), rs.getString("role")))
                .list());
    }
}
