package io.execroles;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ExecutiveRolesApplication {

	public static void main(String[] args) {
		SpringApplication.run(ExecutiveRolesApplication.class, args);
	}

}
