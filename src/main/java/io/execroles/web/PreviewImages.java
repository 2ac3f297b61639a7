package io.execroles.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The link-preview pictures of profiles and comparisons. A picture's address carries a
 * hash of the card it is drawn from, so browsers and link previews may keep it for a
 * year: a changed card gets a new address. Pictures are drawn when first asked for and
 * kept, within {@value #KEPT_BYTES} bytes, the least used leaving first.
 */
@Component
public class PreviewImages {

	/** About a hundred pictures: more than the site's pages that have one. */
	static final long KEPT_BYTES = 8L * 1024 * 1024;

	private final Cache<String, byte[]> drawn = Caffeine.newBuilder()
		.maximumWeight(KEPT_BYTES)
		.weigher((String hash, byte[] png) -> png.length)
		.build();

	/**
	 * The picture a page's link preview shows.
	 * @param route where the page's pictures live, such as
	 * {@code /images/preview/roles/cto}
	 */
	public PageMeta.PreviewImage describe(String route, PreviewCard card, String alt) {
		return new PageMeta.PreviewImage(route + "/" + hash(card) + ".png", alt);
	}

	/**
	 * The picture at an address whose hash names the card: 200 with the PNG, or 404 for a
	 * hash of a card that is no more.
	 */
	public ResponseEntity<byte[]> serve(PreviewCard card, String requestedHash) {
		String hash = hash(card);
		if (!hash.equals(requestedHash)) {
			return ResponseEntity.notFound().build();
		}
		byte[] png = this.drawn.get(hash, h -> PreviewRenderer.png(card));
		return ResponseEntity.ok()
			.contentType(MediaType.IMAGE_PNG)
			.cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable())
			.body(png);
	}

	static String hash(PreviewCard card) {
		try {
			var digest = MessageDigest.getInstance("SHA-256");
			digest.update((PreviewRenderer.VERSION + "\n" + card).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest.digest()).substring(0, 20);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every JVM has SHA-256", ex);
		}
	}

}
