import { crc32, deflateSync } from "node:zlib";

/**
 * A PNG encoder for 8-bit RGBA scanlines that are already laid out as PNG wants them: each row its
 * filter byte (0, none), then its pixels, so a share card's 3 MB are not copied again on the way.
 * Node's zlib compresses at level 3, as sharp was asked to before: a card takes about 1.8 ms against
 * sharp's 3.2 ms from the same pixels, and its PNG is about a fifth larger (56 KB against 47 KB for
 * the site's cards; level 4 would make it smaller than sharp's, for twice the time).
 */

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function chunk(type: string, data: Uint8Array): Buffer {
  const out = Buffer.alloc(12 + data.length);
  out.writeUInt32BE(data.length, 0);
  out.write(type, 4, "latin1");
  out.set(data, 8);
  out.writeUInt32BE(crc32(out.subarray(4, 8 + data.length)), 8 + data.length);
  return out;
}

/** Encodes `height` scanlines of `width` RGBA pixels, each led by its filter byte, as a PNG. */
export function encodePng(scanlines: Uint8Array, width: number, height: number): Buffer {
  const size = (width * 4 + 1) * height;
  if (scanlines.length !== size) throw new Error(`Expected ${size} bytes of scanlines, got ${scanlines.length}.`);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA; bytes 10-12 (compression, filter and interlace methods) stay 0
  return Buffer.concat([
    SIGNATURE,
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(scanlines, { level: 3 })),
    chunk("IEND", new Uint8Array(0)),
  ]);
}
