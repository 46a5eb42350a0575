/*
 * Copyright (c) 2010-2026 Contributors to the openHAB project
 *
 * See the NOTICE file(s) distributed with this work for additional
 * information.
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * http://www.eclipse.org/legal/epl-2.0
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package org.openhab.binding.vms.internal.api.picture;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;

import javax.imageio.ImageIO;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The committed one-frame MP4s (src/test/resources/snapshot, made by make-fixtures.sh with ffmpeg) decode to JPEGs
 * of the right size with the right colours in each flat quadrant; broken files end in a clear
 * {@link VmsPictureException}, never another exception.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
class VmsPreviewDecoderTest {

    /** JPEG at quality 0.85 of a limited-range 4:2:0 picture: a flat area is within a few steps of its colour. */
    private static final int TOLERANCE = 12;

    static byte[] fixture(String name) throws IOException {
        try (InputStream in = VmsPreviewDecoderTest.class.getResourceAsStream("/snapshot/" + name)) {
            assertNotNull(in, name);
            return in.readAllBytes();
        }
    }

    @ParameterizedTest
    @CsvSource({ "baseline, 640, 360", "main, 640, 360", "high, 640, 360", "baseline, 1920, 1080",
            "main, 1920, 1080", "high, 1920, 1080" })
    void everyProfileDecodesToTheRightSizeAndColours(String profile, int width, int height) throws Exception {
        byte[] jpeg = VmsPreviewDecoder.toJpeg(fixture("preview-" + profile + "-" + width + "x" + height + ".mp4"));

        assertEquals(0xFF, jpeg[0] & 0xFF, "JPEG SOI");
        assertEquals(0xD8, jpeg[1] & 0xFF, "JPEG SOI");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(jpeg));
        assertEquals(width, image.getWidth());
        assertEquals(height, image.getHeight(), "cropped to the display height (1080 is coded as 1088)");
        assertRegion(image, width / 4, height / 4, 0xFF0000, "top-left red");
        assertRegion(image, 3 * width / 4, height / 4, 0x00FF00, "top-right green");
        assertRegion(image, width / 4, 3 * height / 4, 0x0000FF, "bottom-left blue");
        // the bottom-right quadrant is ffmpeg's testsrc2 pattern: not flat, only not one of the three
    }

    @ParameterizedTest
    @ValueSource(strings = { "preview-corrupt.mp4", "preview-truncated.mp4" })
    void aBrokenFileGivesAClearReason(String name) throws IOException {
        byte[] broken = fixture(name);

        VmsPictureException e = assertThrows(VmsPictureException.class, () -> VmsPreviewDecoder.toJpeg(broken));
        assertTrue(e.getMessage().startsWith("the preview"), e.getMessage());
    }

    /** jcodec unescapes NAL units in place; the caller's bytes must not change (a benchmark decodes them again). */
    @Test
    void theSameBytesDecodeAgainAndStayAsTheyWere() throws Exception {
        byte[] mp4 = fixture("preview-main-1920x1080.mp4");
        byte[] original = mp4.clone();

        byte[] first = VmsPreviewDecoder.toJpeg(mp4);
        byte[] second = VmsPreviewDecoder.toJpeg(mp4);

        assertArrayEquals(original, mp4);
        assertArrayEquals(first, second);
    }

    /** What jcodec 0.2.5 does not decode (it refuses each with "Unsupported h264 feature"): the README says so. */
    @ParameterizedTest
    @CsvSource({ "preview-high10-640x360.mp4, 10 bits per sample (H.264 profile 110)",
            "preview-high422-640x360.mp4, chroma is YUV422 (H.264 profile 122)",
            "preview-interlaced-640x360.mp4, interlaced (H.264 profile 77)" })
    void whatIsNotDecodedIsRefusedWithTheReason(String name, String reason) throws IOException {
        byte[] unsupported = fixture(name);

        VmsPictureException e = assertThrows(VmsPictureException.class,
                () -> VmsPreviewDecoder.toJpeg(unsupported));
        assertTrue(e.getMessage().contains(reason), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = { "", "not a video at all", "\u0000\u0000\u0000\u0018ftypisom" })
    void somethingElseIsNoMp4(String content) {
        VmsPictureException e = assertThrows(VmsPictureException.class,
                () -> VmsPreviewDecoder.toJpeg(content.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1)));
        assertTrue(e.getMessage().startsWith("the preview"), e.getMessage());
    }

    /** The mean colour of a 16x16 square around (x, y), each component within {@link #TOLERANCE}. */
    private static void assertRegion(BufferedImage image, int x, int y, int rgb, String what) {
        long r = 0, g = 0, b = 0;
        int n = 0;
        for (int dy = -8; dy < 8; dy++) {
            for (int dx = -8; dx < 8; dx++) {
                int p = image.getRGB(x + dx, y + dy);
                r += (p >> 16) & 0xFF;
                g += (p >> 8) & 0xFF;
                b += p & 0xFF;
                n++;
            }
        }
        int[] mean = { (int) (r / n), (int) (g / n), (int) (b / n) };
        int[] want = { (rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF };
        for (int i = 0; i < 3; i++) {
            assertTrue(Math.abs(mean[i] - want[i]) <= TOLERANCE, what + ": mean " + mean[0] + "," + mean[1] + ","
                    + mean[2] + " vs " + want[0] + "," + want[1] + "," + want[2]);
        }
    }
}
