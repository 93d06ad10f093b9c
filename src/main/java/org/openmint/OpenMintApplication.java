package org.openmint;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of OpenMint, an implementation of the Apigee Edge Monetization (mint) API. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class OpenMintApplication {

    public static void main(String[] args) {
        SpringApplication.run(OpenMintApplication.class, args);
    }
}
