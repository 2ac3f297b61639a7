package io.execroles.preview;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;

import org.springframework.core.io.ClassPathResource;

/**
 * Draws a {@link PreviewCard} as the 1200 × 630 PNG that link previews show. It draws
 * with the typeface the site ships (Noto Sans, in resources/fonts), never a system font:
 * a fresh server may have none.
 */
final class PreviewRenderer {

	static final int WIDTH = 1200;

	static final int HEIGHT = 630;

	/** Changes whenever the drawing changes, so that pictures get new addresses. */
	static final String VERSION = "1";

	private static final Color BACKGROUND = new Color(0xfbfaf7);

	private static final Color INK = new Color(0x1b1f23);

	private static final Color MUTED = new Color(0x50585f);

	private static final Color BAND = new Color(0x14213d);

	private static final Color PANEL = Color.WHITE;

	private static final Color BORDER = new Color(0xd9d5cc);

	private static final int MARGIN = 64;

	private static final Font REGULAR = load("fonts/NotoSans-Regular.ttf");

	private static final Font BOLD = load("fonts/NotoSans-Bold.ttf");

	private PreviewRenderer() {
	}

	static byte[] png(PreviewCard card) {
		var image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
			g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
			g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
			draw(g, card);
		}
		finally {
			g.dispose();
		}
		var out = new ByteArrayOutputStream(64 * 1024);
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	private static void draw(Graphics2D g, PreviewCard card) {
		g.setColor(BACKGROUND);
		g.fillRect(0, 0, WIDTH, HEIGHT);
		g.setColor(BAND);
		g.fillRect(0, 0, WIDTH, 12);

		int y = 76;
		g.setFont(BOLD.deriveFont(22f));
		g.setColor(MUTED);
		g.drawString(card.kicker().toUpperCase(java.util.Locale.ROOT), MARGIN, y);

		y += 64;
		Font title = fit(g, BOLD, card.title(), 60f, WIDTH - 2 * MARGIN);
		g.setFont(title);
		g.setColor(INK);
		g.drawString(card.title(), MARGIN, y);

		if (card.sentence() != null) {
			g.setFont(REGULAR.deriveFont(27f));
			g.setColor(INK);
			y += 10;
			for (String line : wrap(g.getFontMetrics(), card.sentence(), WIDTH - 2 * MARGIN, 2)) {
				y += 40;
				g.drawString(line, MARGIN, y);
			}
		}

		int top = y + 36;
		int bottom = HEIGHT - 72;
		int gap = 24;
		int count = card.columns().size();
		int width = (WIDTH - 2 * MARGIN - (count - 1) * gap) / Math.max(count, 1);
		for (int i = 0; i < count; i++) {
			column(g, card.columns().get(i), MARGIN + i * (width + gap), top, width, bottom - top);
		}

		g.setFont(REGULAR.deriveFont(20f));
		g.setColor(MUTED);
		g.drawString("Executive Roles · every statement cited to the sentence it comes from", MARGIN, HEIGHT - 32);
	}

	private static void column(Graphics2D g, PreviewCard.Column column, int x, int y, int width, int height) {
		Color colour = Color.decode(column.colour());
		g.setColor(PANEL);
		g.fill(new RoundRectangle2D.Float(x, y, width, height, 16, 16));
		g.setColor(BORDER);
		g.setStroke(new BasicStroke(1.5f));
		g.draw(new RoundRectangle2D.Float(x, y, width, height, 16, 16));
		g.setColor(colour);
		g.fillRect(x, y, width, 8);

		int inner = width - 48;
		int left = x + 24;
		int line = y + 56;
		g.setFont(BOLD.deriveFont(36f));
		g.drawString(column.heading(), left, line);
		g.setFont(REGULAR.deriveFont(20f));
		g.setColor(MUTED);
		FontMetrics metrics = g.getFontMetrics();
		int headingWidth = g.getFontMetrics(BOLD.deriveFont(36f)).stringWidth(column.heading());
		List<String> sub = wrap(metrics, column.subheading(), inner - headingWidth - 16, 1);
		if (!sub.isEmpty()) {
			g.drawString(sub.get(0), left + headingWidth + 16, line);
		}
		int limit = y + height - 16;
		// A wide column (one role alone) sets its lines in two columns of its own.
		int across = (width > 800) ? 2 : 1;
		int lineWidth = (inner - (across - 1) * 32) / across;
		int top = line;
		List<PreviewCard.Line> lines = column.lines();
		int perColumn = (lines.size() + across - 1) / across;
		for (int i = 0; i < lines.size(); i++) {
			if (i % perColumn == 0) {
				line = top;
			}
			int lineLeft = left + (i / perColumn) * (lineWidth + 32);
			PreviewCard.Line row = lines.get(i);
			g.setFont(REGULAR.deriveFont(18f));
			g.setColor(MUTED);
			if (line + 34 + 30 > limit) {
				continue;
			}
			line += 34;
			g.drawString(row.label(), lineLeft, line);
			g.setFont(BOLD.deriveFont(23f));
			g.setColor(INK);
			for (String text : wrap(g.getFontMetrics(), row.text(), lineWidth, 2)) {
				if (line + 30 > limit) {
					break;
				}
				line += 30;
				g.drawString(text, lineLeft, line);
			}
		}
	}

	/** The largest size up to {@code size} at which the text fits the width. */
	private static Font fit(Graphics2D g, Font font, String text, float size, int width) {
		Font sized = font.deriveFont(size);
		while (size > 28 && g.getFontMetrics(sized).stringWidth(text) > width) {
			size -= 2;
			sized = font.deriveFont(size);
		}
		return sized;
	}

	/**
	 * The text broken into at most {@code maxLines} lines that fit the width, the last
	 * ending in an ellipsis if the text does not fit.
	 */
	static List<String> wrap(FontMetrics metrics, String text, int width, int maxLines) {
		var lines = new ArrayList<String>();
		var line = new StringBuilder();
		String[] words = text.split("\\s+");
		for (int i = 0; i < words.length; i++) {
			String candidate = line.isEmpty() ? words[i] : line + " " + words[i];
			if (metrics.stringWidth(candidate) <= width || line.isEmpty()) {
				line.setLength(0);
				line.append(candidate);
				continue;
			}
			if (lines.size() == maxLines - 1) {
				lines.add(ellipsis(metrics, line + " " + String.join(" ", List.of(words).subList(i, words.length)),
						width));
				return lines;
			}
			lines.add(line.toString());
			line.setLength(0);
			line.append(words[i]);
		}
		if (!line.isEmpty()) {
			lines.add(metrics.stringWidth(line.toString()) <= width ? line.toString()
					: ellipsis(metrics, line.toString(), width));
		}
		return lines;
	}

	private static String ellipsis(FontMetrics metrics, String text, int width) {
		String shortened = text;
		while (!shortened.isEmpty() && metrics.stringWidth(shortened + "…") > width) {
			int space = shortened.lastIndexOf(' ');
			shortened = (space > 0) ? shortened.substring(0, space) : shortened.substring(0, shortened.length() - 1);
		}
		return shortened.stripTrailing() + "…";
	}

	private static Font load(String path) {
		try (InputStream in = new ClassPathResource(path).getInputStream()) {
			return Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException | FontFormatException ex) {
			throw new IllegalStateException("the typeface " + path + " is missing or unreadable", ex);
		}
	}

}
