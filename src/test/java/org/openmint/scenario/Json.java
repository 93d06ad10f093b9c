package org.openmint.scenario;

import tools.jackson.databind.json.JsonMapper;

/** The JSON writer of the request bodies: compact, fields in the order put. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    static String write(Object value) {
        return MAPPER.writeValueAsString(value);
    }
}
