package io.cxsite.charts;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.CRC32;
import java.util.zip.CheckedOutputStream;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Writes an RGB image as a PNG: the header, the pixels and the end, no other chunk (no time, no
 * text), so the same pixels give the same bytes. Rows are stored unfiltered (or as "same as the
 * row above") and deflated at the fastest level: charts are mostly flat colour, which compresses
 * well that way, and a build draws hundreds of them (ImageIO's writer took several times as long).
 */
final class PngEncoder {
    private static final ThreadLocal<Deflater> DEFLATER = ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED));
    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private PngEncoder() {
    }

    /** The image, which must be {@link BufferedImage#TYPE_INT_RGB}, as PNG bytes. */
    static byte[] encode(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_INT_RGB) {
            throw new IllegalArgumentException("expected an RGB image, got type " + image.getType());
        }
        int width = image.getWidth();
        int height = image.getHeight();
        ByteArrayOutputStream png = new ByteArrayOutputStream(64 * 1024);
        try {
            png.write(SIGNATURE);
            ByteArrayOutputStream header = new ByteArrayOutputStream(13);
            DataOutputStream h = new DataOutputStream(header);
            h.writeInt(width);
            h.writeInt(height);
            h.write(new byte[] {8, 2, 0, 0, 0}); // 8 bits per channel, RGB, deflate, no filter set, no interlace
            chunk(png, "IHDR", header.toByteArray());
            chunk(png, "IDAT", pixels(((DataBufferInt) image.getRaster().getDataBuffer()).getData(), width, height));
            chunk(png, "IEND", new byte[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }

    // Each row as filter type 0 and its R, G, B bytes, or, when it repeats the row above (blank
    // rows, rows crossed only by upright lines), as filter type 2 ("up") and zeros, which needs no
    // conversion and deflates to almost nothing. The deflater is this thread's, reset for each image.
    private static byte[] pixels(int[] argb, int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        Deflater deflater = DEFLATER.get();
        deflater.reset();
        try (DeflaterOutputStream zip = new DeflaterOutputStream(out, deflater, 64 * 1024)) {
            byte[] row = new byte[1 + 3 * width];
            byte[] same = new byte[1 + 3 * width];
            same[0] = 2;
            for (int y = 0; y < height; y++) {
                int start = y * width;
                if (y > 0 && Arrays.equals(argb, start, start + width, argb, start - width, start)) {
                    zip.write(same);
                    continue;
                }
                int at = 1;
                for (int i = start, end = start + width; i < end; i++) {
                    int p = argb[i];
                    row[at++] = (byte) (p >> 16);
                    row[at++] = (byte) (p >> 8);
                    row[at++] = (byte) p;
                }
                zip.write(row);
            }
        }
        return out.toByteArray();
    }

    private static void chunk(OutputStream png, String type, byte[] data) throws IOException {
        DataOutputStream out = new DataOutputStream(png);
        out.writeInt(data.length);
        CRC32 crc = new CRC32();
        CheckedOutputStream checked = new CheckedOutputStream(out, crc);
        checked.write(type.getBytes(StandardCharsets.US_ASCII));
        checked.write(data);
        out.writeInt((int) crc.getValue());
        out.flush();
    }
}
