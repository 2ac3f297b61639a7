package io.execroles.web.error;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/** Refusals of the JSON API come as problem details (RFC 9457), not as pages. */
@RestControllerAdvice(annotations = org.springframework.web.bind.annotation.RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiProblems {

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<ProblemDetail> refused(ResponseStatusException refusal, HttpServletRequest request) {
		return problem(HttpStatus.valueOf(refusal.getStatusCode().value()), refusal.getReason(),
				request.getRequestURI());
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, String path) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status,
				(detail != null) ? detail : status.getReasonPhrase());
		problem.setTitle(status.getReasonPhrase());
		problem.setType(URI.create("about:blank"));
		problem.setInstance(URI.create(path));
		return ResponseEntity.status(status)
			.contentType(MediaType.APPLICATION_PROBLEM_JSON)
			.cacheControl(CacheControl.noStore())
			.body(problem);
	}

}
