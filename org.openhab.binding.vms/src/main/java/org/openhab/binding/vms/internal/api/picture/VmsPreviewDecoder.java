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

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

import org.eclipse.jdt.annotation.NonNullByDefault;
import org.eclipse.jdt.annotation.Nullable;
import org.jcodec.codecs.h264.H264Decoder;
import org.jcodec.codecs.h264.H264Utils;
import org.jcodec.codecs.h264.io.model.SeqParameterSet;
import org.jcodec.codecs.h264.mp4.AvcCBox;
import org.jcodec.common.io.ByteBufferSeekableByteChannel;
import org.jcodec.common.logging.LogLevel;
import org.jcodec.common.logging.Message;
import org.jcodec.common.model.ColorSpace;
import org.jcodec.common.model.Picture;
import org.jcodec.common.model.Rect;
import org.jcodec.containers.mp4.MP4Util;
import org.jcodec.containers.mp4.boxes.ChunkOffsets64Box;
import org.jcodec.containers.mp4.boxes.ChunkOffsetsBox;
import org.jcodec.containers.mp4.boxes.MovieBox;
import org.jcodec.containers.mp4.boxes.NodeBox;
import org.jcodec.containers.mp4.boxes.SampleEntry;
import org.jcodec.containers.mp4.boxes.SampleSizesBox;
import org.jcodec.containers.mp4.boxes.TrakBox;
import org.jcodec.containers.mp4.boxes.VideoSampleEntry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the server's preview, a one-frame MP4 with one H.264 picture (docs/protocol.md, "Camera preview"), into a
 * JPEG, in pure Java: jcodec (embedded in the bundle) reads the MP4 and decodes the picture, the JDK's ImageIO
 * writes the JPEG. Stateless and thread-safe; each call allocates its own buffers.
 * <p>
 * What is decoded: progressive 8-bit 4:2:0 H.264 in the baseline, main and high profiles (CAVLC and CABAC, 8x8
 * transforms), as the test fixtures show. Refused with the reason: interlaced (field or MBAFF) pictures, 4:2:2/4:4:4
 * chroma and more than 8 bits per sample (the High 10, High 4:2:2 and High 4:4:4 profiles), which jcodec 0.2.5 does
 * not decode; any damaged file ends in a {@link VmsPictureException} too.
 *
 * @author VMS binding contributors - Initial contribution
 */
@NonNullByDefault
public final class VmsPreviewDecoder {

    /** The largest picture decoded: 4096x2176 coded pixels (4K UHD fits); a bigger one is refused before decoding. */
    public static final int MAX_PIXELS = 4096 * 2176;
    /** ImageIO's JPEG quality: the detail of a camera frame at a third of the size of quality 1. */
    private static final float JPEG_QUALITY = 0.85f;

    private static final Logger LOGGER = LoggerFactory.getLogger(VmsPreviewDecoder.class);

    static {
        // jcodec logs to stdout unless it has a sink; its messages about a damaged stream are only of debug interest
        org.jcodec.common.logging.Logger.addSink(VmsPreviewDecoder::jcodecMessage);
    }

    private VmsPreviewDecoder() {
    }

    /**
     * @param mp4 the preview file as downloaded
     * @return the picture as a JPEG
     * @throws VmsPictureException when the file is no one-frame H.264 MP4 this decoder can read, with the reason
     */
    public static byte[] toJpeg(byte[] mp4) throws VmsPictureException {
        return jpeg(decode(mp4));
    }

    /**
     * @param mp4 the preview file as downloaded; left as it is
     * @return the first picture of its video track, cropped to its display size
     * @throws VmsPictureException as {@link #toJpeg(byte[])}
     */
    public static BufferedImage decode(byte[] mp4) throws VmsPictureException {
        try {
            // jcodec removes the NAL units' emulation prevention bytes in place: work on a copy, never the caller's
            return decodeUnchecked(mp4.clone());
        } catch (IOException e) {
            throw new VmsPictureException("the preview is no readable MP4 (" + describe(e) + ")");
        } catch (RuntimeException | StackOverflowError e) {
            // jcodec has no checked errors for bad input: a damaged stream fails wherever it leads the parser
            throw new VmsPictureException("the preview's H.264 picture could not be decoded (" + describe(e) + ")");
        }
    }

    private static BufferedImage decodeUnchecked(byte[] mp4) throws IOException, VmsPictureException {
        MovieBox movie = MP4Util
                .parseMovieChannel(ByteBufferSeekableByteChannel.readFromByteBuffer(ByteBuffer.wrap(mp4)));
        if (movie == null) {
            throw new VmsPictureException("the preview is no MP4 file (no movie box in " + mp4.length + " bytes)");
        }
        TrakBox track = movie.getVideoTrack();
        if (track == null) {
            throw new VmsPictureException("the preview has no video track");
        }
        SampleEntry[] entries = track.getSampleEntries();
        if (entries == null || entries.length == 0 || !(entries[0] instanceof VideoSampleEntry video)
                || !"avc1".equals(video.getFourcc()) && !"avc3".equals(video.getFourcc())) {
            throw new VmsPictureException("the preview's video is not H.264");
        }
        AvcCBox avcC = H264Utils.parseAVCC(video);
        if (avcC == null || avcC.getSpsList().isEmpty() || avcC.getPpsList().isEmpty()) {
            throw new VmsPictureException("the preview has no H.264 parameter sets");
        }
        SeqParameterSet sps = SeqParameterSet.read(avcC.getSpsList().get(0).duplicate());
        checkSupported(sps);
        int codedWidth = (sps.getPicWidthInMbsMinus1() + 1) * 16;
        int codedHeight = SeqParameterSet.getPicHeightInMbs(sps) * 16;
        if ((long) codedWidth * codedHeight > MAX_PIXELS) {
            throw new VmsPictureException("the preview is too large to decode (" + codedWidth + "x" + codedHeight
                    + ", at most " + MAX_PIXELS + " pixels)");
        }
        ByteBuffer frame = firstSample(track, mp4);
        List<ByteBuffer> nals = H264Utils.splitMOVPacket(frame, avcC);
        H264Decoder decoder = new H264Decoder();
        decoder.addSps(avcC.getSpsList());
        decoder.addPps(avcC.getPpsList());
        Picture buffer = Picture.create(codedWidth, codedHeight, ColorSpace.YUV420J);
        Picture picture = decoder.decodeFrameFromNals(nals, buffer.getData());
        if (picture == null) {
            throw new VmsPictureException("the preview's frame holds no decodable H.264 picture");
        }
        return rgb(picture);
    }

    /**
     * What jcodec 0.2.5 cannot decode, refused with the reason before it tries: field/MBAFF (interlaced) coding,
     * chroma other than 4:2:0, more than 8 bits per sample.
     */
    private static void checkSupported(SeqParameterSet sps) throws VmsPictureException {
        String profile = "H.264 profile " + sps.getProfileIdc();
        if (!sps.isFrameMbsOnlyFlag()) {
            throw new VmsPictureException("the preview is interlaced (" + profile + "), which is not decoded");
        }
        if (sps.getChromaFormatIdc() != ColorSpace.YUV420J && sps.getChromaFormatIdc() != ColorSpace.YUV420) {
            throw new VmsPictureException("the preview's chroma is " + sps.getChromaFormatIdc() + " (" + profile
                    + "), only 4:2:0 is decoded");
        }
        if (sps.getBitDepthLumaMinus8() != 0 || sps.getBitDepthChromaMinus8() != 0) {
            throw new VmsPictureException("the preview has " + (8 + sps.getBitDepthLumaMinus8())
                    + " bits per sample (" + profile + "), only 8 are decoded");
        }
    }

    /**
     * The track's first sample, read from the sample tables directly: jcodec's own MP4 track reader fails on a
     * one-sample table written with a default sample size (ffmpeg does that for a single frame), and on the
     * sample size alone takes the track for PCM audio. The first sample always starts at the first chunk.
     */
    private static ByteBuffer firstSample(TrakBox track, byte[] mp4) throws VmsPictureException {
        SampleSizesBox sizes = track.getStsz();
        long size = sizes == null ? 0
                : sizes.getDefaultSize() != 0 ? sizes.getDefaultSize()
                        : sizes.getSizes() != null && sizes.getSizes().length > 0 ? sizes.getSizes()[0] : 0;
        String[] stbl = { "mdia", "minf", "stbl" };
        ChunkOffsetsBox stco = NodeBox.findFirstPath(track, ChunkOffsetsBox.class, path(stbl, "stco"));
        ChunkOffsets64Box co64 = NodeBox.findFirstPath(track, ChunkOffsets64Box.class, path(stbl, "co64"));
        long[] offsets = stco != null ? stco.getChunkOffsets() : co64 != null ? co64.getChunkOffsets() : null;
        if (size <= 0 || offsets == null || offsets.length == 0) {
            throw new VmsPictureException("the preview has no video frame");
        }
        long offset = offsets[0];
        if (offset < 0 || offset + size > mp4.length) {
            throw new VmsPictureException("the preview is truncated: its frame needs bytes " + offset + " to "
                    + (offset + size) + ", the file has " + mp4.length);
        }
        return ByteBuffer.wrap(mp4, (int) offset, (int) size).slice();
    }

    private static String[] path(String[] parent, String box) {
        String[] path = Arrays.copyOf(parent, parent.length + 1);
        path[parent.length] = box;
        return path;
    }

    /**
     * The picture in RGB, cropped as its parameter sets say. jcodec keeps samples as signed bytes (value - 128);
     * H.264 from cameras is limited range (16-235) with BT.601 colours unless it says otherwise, which is what is
     * assumed here.
     */
    private static BufferedImage rgb(Picture picture) {
        Rect crop = picture.getCrop();
        int x0 = crop == null ? 0 : crop.getX();
        int y0 = crop == null ? 0 : crop.getY();
        int width = crop == null ? picture.getWidth() : crop.getWidth();
        int height = crop == null ? picture.getHeight() : crop.getHeight();
        byte[] luma = picture.getPlaneData(0);
        byte[] cb = picture.getPlaneData(1);
        byte[] cr = picture.getPlaneData(2);
        int lumaStride = picture.getPlaneWidth(0);
        int chromaStride = picture.getPlaneWidth(1);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        for (int y = 0; y < height; y++) {
            int lumaRow = (y0 + y) * lumaStride + x0;
            int chromaRow = ((y0 + y) >> 1) * chromaStride;
            int outRow = y * width;
            for (int x = 0; x < width; x++) {
                int c = chromaRow + ((x0 + x) >> 1);
                // fixed point, 16 bits: 1.164 * (Y - 16), 1.596 V, 0.391 U + 0.813 V, 2.018 U
                int yy = 76309 * (luma[lumaRow + x] + 128 - 16);
                int u = cb[c];
                int v = cr[c];
                int r = clamp((yy + 104597 * v + 32768) >> 16);
                int g = clamp((yy - 25675 * u - 53279 * v + 32768) >> 16);
                int b = clamp((yy + 132201 * u + 32768) >> 16);
                out[outRow + x] = (r << 16) | (g << 8) | b;
            }
        }
        return image;
    }

    private static int clamp(int value) {
        return value < 0 ? 0 : value > 255 ? 255 : value;
    }

    /** The picture as a JPEG, written in memory (no ImageIO cache file). */
    public static byte[] jpeg(BufferedImage image) throws VmsPictureException {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
        if (!writers.hasNext()) {
            throw new VmsPictureException("this Java runtime has no JPEG writer");
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight() / 8);
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(JPEG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new VmsPictureException("the JPEG could not be written (" + describe(e) + ")");
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    private static void jcodecMessage(@Nullable Message message) {
        if (message != null && message.getLevel() != LogLevel.DEBUG && LOGGER.isDebugEnabled()) {
            LOGGER.debug("jcodec {}: {}", message.getLevel(), message.getMessage());
        }
    }
}
