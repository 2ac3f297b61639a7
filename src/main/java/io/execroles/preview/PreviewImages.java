package io.execroles.preview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.execroles.web.SiteLimits;
import io.execroles.web.layout.PageMeta;

import org.springframework.stereotype.Component;

/**
 * The link-preview pictures of the site's pages. A picture's address is its page's path
 * under {@code /images/preview}, with a hash of the card it is drawn from
 * ({@code /images/preview/roles/cto/1a2b….png}), so browsers and link previews may keep
 * it for a year: a changed card gets a new address. Pictures are drawn when first asked
 * for and kept, within {@code SiteLimits.previewImages}, the least used leaving first.
 */
@Component
public class PreviewImages {

	static final String ROOT = "/images/preview";

	private final List<PreviewCards> cards;

	private final Cache<String, byte[]> drawn;

	PreviewImages(List<PreviewCards> cards, SiteLimits limits) {
		this.cards = cards;
		this.drawn = Caffeine.newBuilder()
			.maximumWeight(limits.previewImages().toBytes())
			.weigher((String hash, byte[] png) -> png.length)
			.build();
	}

	/**
	 * The picture a page's link preview shows: where it is, and what it shows in words.
	 */
	public PageMeta.PreviewImage describe(String pagePath, PreviewCard card, String alt) {
		return new PageMeta.PreviewImage(ROOT + pagePath + "/" + hash(card) + ".png", alt);
	}

	/**
	 * The picture of the page at the path, if the page has one and the hash names its
	 * card as it is now.
	 */
	Optional<byte[]> png(String pagePath, String requestedHash) {
		return this.cards.stream()
			.flatMap(source -> source.cardFor(pagePath).stream())
			.findFirst()
			.filter(card -> hash(card).equals(requestedHash))
			.map(card -> this.drawn.get(requestedHash, h -> PreviewRenderer.png(card)));
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
