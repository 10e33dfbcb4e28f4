const ID_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";

/**
 * An identifier in Service Catalog's form: a prefix and 13 lower-case letters and digits (`pp-4z6a…`, `rec-…`,
 * `prod-…`; other lengths for the parts of a token), drawn from `random` (numbers in [0, 1)): a seeded one for
 * generated products, the machine's for the fake's own.
 */
export function serviceId(prefix: string, random: () => number, length = 13): string {
  let out = prefix;
  for (let i = 0; i < length; i++) {
    out += ID_ALPHABET[Math.floor(random() * ID_ALPHABET.length)];
  }
  return out;
}

/** Numbers in [0, 1) from the platform's cryptographic source (browsers and Node alike). */
export function cryptoRandom(): number {
  return (crypto.getRandomValues(new Uint32Array(1))[0] as number) / 2 ** 32;
}
