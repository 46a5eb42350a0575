#!/bin/sh
# Makes the snapshot test fixtures: one-frame MP4s (H.264) like a VMS preview, and two broken ones.
# Needs ffmpeg with libx264 (Debian: apt-get install ffmpeg). The tests never run ffmpeg; they read the
# committed files. Run from this folder: ./make-fixtures.sh
#
# The picture: four quadrants, top-left red (255,0,0), top-right green (0,255,0), bottom-left blue (0,0,255),
# bottom-right ffmpeg's testsrc2 pattern (detail, so the decoder's prediction and residual paths work too).
# SnapshotDecoderTest compares the middle of each flat quadrant with these colours.
set -eu

make() { # profile width height [pixel format [name [extra x264 flags]]]
    w=$2; h=$3; hw=$((w / 2)); hh=$((h / 2)); pix=${4:-yuv420p}; name=${5:-preview-$1-${w}x${h}}
    ffmpeg -hide_banner -loglevel error -y \
        -f lavfi -i "color=c=blue:s=${w}x${h}:r=1" \
        -f lavfi -i "testsrc2=s=${hw}x${hh}:r=1" \
        -filter_complex "[0]drawbox=x=0:y=0:w=${hw}:h=${hh}:color=red:t=fill,drawbox=x=${hw}:y=0:w=${hw}:h=${hh}:color=lime:t=fill[bg];[bg][1]overlay=x=${hw}:y=${hh}" \
        -frames:v 1 -c:v libx264 -profile:v "$1" -pix_fmt "$pix" ${6:-} -preset medium -crf 23 \
        -movflags +faststart -map_metadata -1 -fflags +bitexact -flags:v +bitexact \
        "$name.mp4"
}

for profile in baseline main high; do
    make "$profile" 640 360
    make "$profile" 1920 1080
done
# what is not decoded (the README says so, VmsPreviewDecoderTest pins it): 10 bits per sample, 4:2:2, interlaced
make high10 640 360 yuv420p10le preview-high10-640x360
make high422 640 360 yuv422p preview-high422-640x360
make main 640 360 yuv420p preview-interlaced-640x360 "-flags +ildct+ilme -x264-params tff=1"

# corrupt: the main profile 640x360 file with its picture's slice (the IDR NAL unit after its type byte) overwritten
# by 1500 bytes of fixed pseudo-random garbage; the container and the NAL lengths stay intact
python3 - <<'PY'
import random
data = bytearray(open("preview-main-640x360.mp4", "rb").read())
pos = 0
while data[pos + 4:pos + 8] != b"mdat":
    pos += int.from_bytes(data[pos:pos + 4], "big")
nal = pos + 8
while data[nal + 4] & 0x1F != 5:
    nal += 4 + int.from_bytes(data[nal:nal + 4], "big")
garbage = random.Random(1).randbytes(1500)
data[nal + 5:nal + 5 + len(garbage)] = garbage
open("preview-corrupt.mp4", "wb").write(data)
PY
# truncated: the first 60% of the same file (the picture's data cut off)
size=$(wc -c < preview-main-640x360.mp4)
head -c $((size * 6 / 10)) preview-main-640x360.mp4 > preview-truncated.mp4

# the simulated VMS's own copies (its previews and detection pictures; tests must not read this folder from there)
sim=../../../../../vms-simulator/src/main/resources/pictures
mkdir -p "$sim"
cp preview-main-1920x1080.mp4 "$sim/preview-1920x1080.mp4"
ffmpeg -hide_banner -loglevel error -y -f lavfi -i "color=c=yellow:s=320x240" -frames:v 1 -q:v 5 \
    -fflags +bitexact -flags:v +bitexact "$sim/detection-crop.jpg"
