package org.openmint.user;

import org.openmint.web.Paging;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /emulator/users}: organization users (emulator-only, not part of Apigee's API). Only system
 * administrators get here; the security configuration enforces that for all of {@code /emulator/**}.
 */
@RestController
@RequestMapping("/emulator/users")
class UserController {

    private final UserService users;

    UserController(UserService users) {
        this.users = users;
    }

    @GetMapping
    Users list(Paging paging) {
        return users.list(paging);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    UserResponse create(@RequestBody UserRequest request) {
        return users.create(request);
    }

    @GetMapping("/{username}")
    UserResponse get(@PathVariable String username) {
        return users.get(username);
    }

    @PutMapping("/{username}")
    UserResponse replace(@PathVariable String username, @RequestBody UserRequest request) {
        return users.replace(username, request);
    }

    @DeleteMapping("/{username}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void delete(@PathVariable String username) {
        users.delete(username);
    }
}
