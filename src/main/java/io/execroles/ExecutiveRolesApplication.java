package io.execroles;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.boot.web.server.context.WebServerPortFileWriter;

@SpringBootApplication
@ConfigurationPropertiesScan
public class ExecutiveRolesApplication {

	public static void main(String[] args) {
		var application = new SpringApplication(ExecutiveRolesApplication.class);
		if (System.getenv("PORTFILE") != null) {
			// bin/serve's training run starts on any free port and learns which from this
			// file, rather than from the log.
			application.addListeners(new WebServerPortFileWriter());
		}
		application.run(args);
	}

}
