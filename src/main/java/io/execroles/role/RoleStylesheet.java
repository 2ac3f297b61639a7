package io.execroles.role;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;

import io.execroles.content.Role;
import io.execroles.web.layout.PageStylesheets;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The roles' colours as a stylesheet: each role's class sets {@code --role} for light and
 * for dark pages. The colours are data, stored with the roles, so the stylesheet is built
 * from them rather than written by hand; it changes only with the content, so its address
 * carries a hash of it and browsers keep it for a year.
 */
@Controller
class RoleStylesheet implements PageStylesheets {

	private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

	private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

	private final RoleService roles;

	private volatile Built built;

	RoleStylesheet(RoleService roles) {
		this.roles = roles;
	}

	@Override
	public List<String> paths() {
		return List.of(built().path());
	}

	@GetMapping("/css/roles-{hash}.css")
	ResponseEntity<String> stylesheet(@PathVariable String hash) {
		Built stylesheet = built();
		if (!stylesheet.hash().equals(hash)) {
			return ResponseEntity.notFound().build();
		}
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.maxAge(java.time.Duration.ofDays(365)).cachePublic().immutable())
			.body(stylesheet.css());
	}

	/**
	 * Built the first time it is needed: the roles are read while the application starts.
	 */
	private Built built() {
		Built stylesheet = this.built;
		if (stylesheet == null) {
			stylesheet = Built.of(this.roles.findAll());
			this.built = stylesheet;
		}
		return stylesheet;
	}

	private record Built(String css, String hash) {

		static Built of(List<Role> roles) {
			var light = new StringBuilder("/* The roles' colours, from the role documents. */\n");
			var dark = new StringBuilder("@media screen and (prefers-color-scheme: dark) {\n");
			for (Role role : roles) {
				// Written into CSS, so checked: content cannot smuggle in a rule.
				if (!SLUG.matcher(role.slug()).matches() || !COLOUR.matcher(role.colour()).matches()
						|| !COLOUR.matcher(role.darkColour()).matches()) {
					throw new IllegalStateException("role " + role.slug() + " has a malformed slug or colour");
				}
				light.append('.').append(role.cssClass()).append(" { --role: ").append(role.colour()).append("; }\n");
				dark.append("  .")
					.append(role.cssClass())
					.append(" { --role: ")
					.append(role.darkColour())
					.append("; }\n");
			}
			String css = light.append(dark).append("}\n").toString();
			return new Built(css, sha256(css).substring(0, 16));
		}

		String path() {
			return "/css/roles-" + this.hash + ".css";
		}

		private static String sha256(String text) {
			try {
				return HexFormat.of()
					.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
			}
			catch (NoSuchAlgorithmException ex) {
				throw new IllegalStateException("every JVM has SHA-256", ex);
			}
		}

	}

}
