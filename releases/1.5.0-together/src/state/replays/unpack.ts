// lz-string's decompressFromEncodedURIComponent, with a bound: it stops as soon as the text it
// unpacks passes `max` characters. lz-string itself cannot stop early, and a 75 KB link can unpack
// to half a billion characters (issue 13). Same algorithm and output as lz-string 1.5 (WTFPL,
// (c) 2013 Pieroxy), checked against it by tests/link.test.ts on generated texts.
const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
const VALUE = new Map([...ALPHABET].map((c, i) => [c, i]));

export type Unpacked = { ok: true; text: string } | { ok: false; reason: 'damaged' | 'too long' };

export function unpackUriComponent(input: string, max: number): Unpacked {
  const data = input.replace(/ /g, '+');
  if (data === '') return { ok: false, reason: 'damaged' };
  const value = (i: number) => VALUE.get(data.charAt(i)) ?? 0;
  const RESET = 32;
  let val = value(0);
  let position = RESET;
  let index = 1;
  const read = (n: number): number => {
    let bits = 0;
    for (let p = 0; p < n; p++) {
      const b = val & position;
      position >>= 1;
      if (position === 0) {
        position = RESET;
        val = value(index++);
      }
      if (b) bits |= 1 << p;
    }
    return bits;
  };
  const dictionary: string[] = ['', '', ''];
  let enlargeIn = 4;
  let dictSize = 4;
  let numBits = 3;
  const first = read(2);
  if (first > 1) return { ok: false, reason: 'damaged' };
  let w = String.fromCharCode(read(first === 0 ? 8 : 16));
  dictionary[3] = w;
  const result = [w];
  let total = 1;
  for (;;) {
    if (index > data.length) return { ok: false, reason: 'damaged' };
    let code = read(numBits);
    if (code === 2) return { ok: true, text: result.join('') };
    if (code < 2) {
      dictionary[dictSize++] = String.fromCharCode(read(code === 0 ? 8 : 16));
      code = dictSize - 1;
      enlargeIn--;
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
    let entry: string;
    if (code < dictSize && dictionary[code]) entry = dictionary[code]!;
    else if (code === dictSize) entry = w + w.charAt(0);
    else return { ok: false, reason: 'damaged' };
    total += entry.length;
    if (total > max) return { ok: false, reason: 'too long' };
    result.push(entry);
    dictionary[dictSize++] = w + entry.charAt(0);
    enlargeIn--;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits++;
    }
  }
}
