package io.execroles.preview;

import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** Serves the link-preview pictures at the addresses their pages name. */
@Controller
class PreviewController {

	/** The page's path, then the card's hash: {@code /roles/cto/1a2b….png}. */
	private static final Pattern ADDRESS = Pattern.compile("(/[a-z0-9/-]+)/([0-9a-f]{20})\\.png");

	private final PreviewImages images;

	PreviewController(PreviewImages images) {
		this.images = images;
	}

	@GetMapping(PreviewImages.ROOT + "/{*picture}")
	ResponseEntity<byte[]> picture(@PathVariable String picture) {
		Matcher address = ADDRESS.matcher(picture);
		byte[] png = (address.matches() ? this.images.png(address.group(1), address.group(2))
				: Optional.<byte[]>empty())
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
					"There is no picture at this address; the page it showed may have changed."));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.body(png);
	}

}
