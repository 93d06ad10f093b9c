package org.openmint.developer;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The members of a company as Edge shows and takes them ({@code /companies/{company}/developers}):
 * {@code {"developer": [{"email", "role"}]}}.
 */
record CompanyMembership(List<Member> developer) {

    /** One member: the developer's email and its role in the company (left out when none). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Member(String email, String role) {
    }
}
