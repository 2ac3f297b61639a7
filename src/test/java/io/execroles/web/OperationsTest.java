package io.execroles.web;

import io.execroles.SiteTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Operators see health, with the database, and info; nothing else is exposed. */
@SiteTest
class OperationsTest {

	@Autowired
	MockMvcTester mvc;

	@Test
	void healthIsUpAndIncludesTheDatabase() {
		assertThat(this.mvc.get().uri("/actuator/health")).hasStatusOk().bodyJson().satisfies(json -> {
			assertThat(json).extractingPath("$.status").isEqualTo("UP");
			assertThat(json).extractingPath("$.components.db.status").isEqualTo("UP");
		});
	}

	@Test
	void infoNamesTheBuild() {
		assertThat(this.mvc.get().uri("/actuator/info")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.build.artifact")
			.isEqualTo("executive-roles");
	}

	@Test
	void nothingElseIsExposedAndTheH2ConsoleIsOff() {
		for (String path : new String[] { "/actuator/env", "/actuator/beans", "/actuator/heapdump", "/actuator/metrics",
				"/h2-console", "/h2-console/login.jsp" }) {
			assertThat(this.mvc.get().uri(path)).as(path).hasStatus(HttpStatus.NOT_FOUND);
		}
	}

}
