package dev.talksbot.eval;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;

/** A small PNG line chart of a coverage–accuracy curve (headless; no plotting library). */
final class CurvePlot {
  private CurvePlot() {}

  static final int WIDTH = 560;
  static final int HEIGHT = 380;
  private static final int LEFT = 60;
  private static final int RIGHT = 20;
  private static final int TOP = 40;
  private static final int BOTTOM = 50;

  /**
   * Draws {@code points} ({x = coverage 0..1, y = accuracy 0..1}) with a dashed reference line at
   * {@code reference} (e.g. the accuracy of always refusing) and writes a PNG.
   */
  static void write(Path file, String title, double[][] points, double reference, String refLabel)
      throws IOException {
    BufferedImage img = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    int w = WIDTH - LEFT - RIGHT;
    int h = HEIGHT - TOP - BOTTOM;
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 12));
    g.setColor(new Color(225, 225, 225));
    for (int i = 0; i <= 10; i++) {
      int x = LEFT + w * i / 10;
      int y = TOP + h * i / 10;
      g.drawLine(x, TOP, x, TOP + h);
      g.drawLine(LEFT, y, LEFT + w, y);
    }
    g.setColor(Color.DARK_GRAY);
    g.drawRect(LEFT, TOP, w, h);
    for (int i = 0; i <= 10; i += 2) {
      String v = String.format(Locale.ROOT, "%.1f", i / 10.0);
      g.drawString(v, LEFT + w * i / 10 - 8, TOP + h + 16);
      g.drawString(v, LEFT - 28, TOP + h - h * i / 10 + 4);
    }
    g.drawString("share of questions answered (most confident first)", LEFT + 40, HEIGHT - 12);
    g.rotate(-Math.PI / 2);
    g.drawString("accuracy of the answers", -(TOP + h / 2 + 70), 18);
    g.rotate(Math.PI / 2);
    g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
    g.drawString(title, LEFT, 24);
    g.setColor(new Color(200, 80, 60));
    g.setStroke(
        new BasicStroke(
            1.5f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0));
    int ry = TOP + h - (int) Math.round(reference * h);
    g.drawLine(LEFT, ry, LEFT + w, ry);
    g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
    g.drawString(refLabel, LEFT + 6, ry - 4);
    g.setColor(new Color(30, 90, 170));
    g.setStroke(new BasicStroke(2.2f));
    for (int i = 1; i < points.length; i++) {
      g.drawLine(
          LEFT + (int) Math.round(points[i - 1][0] * w),
          TOP + h - (int) Math.round(points[i - 1][1] * h),
          LEFT + (int) Math.round(points[i][0] * w),
          TOP + h - (int) Math.round(points[i][1] * h));
    }
    g.dispose();
    if (file.toAbsolutePath().getParent() != null)
      Files.createDirectories(file.toAbsolutePath().getParent());
    ImageIO.write(img, "png", file.toFile());
  }
}
