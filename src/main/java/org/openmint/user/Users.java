package org.openmint.user;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** A page of organization users: {@code {"user": [...], "totalRecords": n}}, the list first as it always was. */
@JsonPropertyOrder({"user", "totalRecords"})
record Users(List<UserResponse> user, long totalRecords) {
}
