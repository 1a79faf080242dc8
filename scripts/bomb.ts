// Decompression bombs for links, written straight as an lz-string bit stream: k codes that each
// repeat the longest entry so far unpack to about k²/2 characters ('aaaa…'), so a link of a few
// kilobytes can stand for a gigabyte. lz-string's own compressor takes minutes to make one.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

/** The smallest link body whose replay would unpack to at least `chars` characters. */
export function bombLink(chars: number): string {
  let k = 0;
  while (1 + (k * (k + 3)) / 2 < chars) k++;
  const out: string[] = [];
  let val = 0;
  let pos = 0;
  const write = (value: number, n: number) => {
    for (let i = 0; i < n; i++) {
      val = (val << 1) | ((value >> i) & 1);
      if (++pos === 6) {
        out.push(ALPHABET[val]!);
        val = 0;
        pos = 0;
      }
    }
  };
  write(0, 2);
  write('a'.charCodeAt(0), 8);
  let numBits = 3;
  let enlargeIn = 4;
  let dictSize = 4;
  for (let i = 0; i < k; i++) {
    write(dictSize++, numBits);
    if (--enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
  write(2, numBits);
  write(0, 6 - pos + 6);
  return out.join('');
}

/** How many characters bombLink(chars) really unpacks to. */
export function bombSize(chars: number): number {
  let k = 0;
  while (1 + (k * (k + 3)) / 2 < chars) k++;
  return 1 + (k * (k + 3)) / 2;
}
