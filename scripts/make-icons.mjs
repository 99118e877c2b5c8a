// Draws Goalpost's icon (a goal post over a rising bar on a teal tile) into assets/icons/*.png.
// Run once after changing the design: node scripts/make-icons.mjs. No image tools needed.
import {deflateSync} from 'node:zlib';
import {mkdirSync, writeFileSync} from 'node:fs';

const crcTable = Array.from({length: 256}, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (buf) => {
  let c = 0xffffffff;
  for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
};

function draw(size) {
  const px = new Float64Array(size * size * 4);
  const S = 4; // supersampling for smooth edges
  const inside = (x, y) => {
    // rounded tile
    const r = 0.22, cx = Math.min(Math.max(x, r), 1 - r), cy = Math.min(Math.max(y, r), 1 - r);
    if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
    const post = (x > 0.24 && x < 0.34 && y > 0.2 && y < 0.62) || (x > 0.66 && x < 0.76 && y > 0.2 && y < 0.62) || (x > 0.24 && x < 0.76 && y > 0.52 && y < 0.62) || (x > 0.46 && x < 0.54 && y > 0.62 && y < 0.82);
    if (post) return [255, 255, 255];
    const ball = (x - 0.5) ** 2 + (y - 0.36) ** 2 < 0.075 ** 2;
    if (ball) return [255, 196, 61];
    return [15, 118, 110];
  };
  for (let y = 0; y < size; y++) for (let x = 0; x < size; x++) {
    let r = 0, g = 0, b = 0, a = 0;
    for (let sy = 0; sy < S; sy++) for (let sx = 0; sx < S; sx++) {
      const c = inside((x + (sx + 0.5) / S) / size, (y + (sy + 0.5) / S) / size);
      if (c) { r += c[0]; g += c[1]; b += c[2]; a += 1; }
    }
    const i = (y * size + x) * 4;
    px[i] = a ? r / a : 0; px[i + 1] = a ? g / a : 0; px[i + 2] = a ? b / a : 0; px[i + 3] = (a / (S * S)) * 255;
  }
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    for (let x = 0; x < size * 4; x++) raw[y * (size * 4 + 1) + 1 + x] = Math.round(px[y * size * 4 + x]);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(size, 0); ihdr.writeUInt32BE(size, 4); ihdr[8] = 8; ihdr[9] = 6;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}

mkdirSync('assets/icons', {recursive: true});
for (const size of [16, 32, 48, 128]) writeFileSync(`assets/icons/icon-${size}.png`, draw(size));
console.log('icons written');
